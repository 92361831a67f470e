package org.unesco.oer.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;

/**
 * The one place where access is decided: before every resource method (API and pages alike), from
 * the {@link Scope} it declares. A method without one is refused (fail closed), although
 * {@link ScopeCatalog} already stops the application from starting with such a method.
 */
public class ScopeFilter {

    private static final Logger LOG = Logger.getLogger(ScopeFilter.class);

    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentUser user;
    @Inject
    StateAccess access;
    @Inject
    CurrentActor current;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void authorize(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Scope scope = method == null ? null : ScopeCatalog.declared(method, resource.getResourceClass());
        if (scope == null) {
            LOG.errorf("Refused %s %s: no declared access scope", request.getMethod(), request.getUriInfo().getPath());
            throw new ForbiddenException();
        }
        current.resolved(decide(scope, request.getUriInfo().getPathParameters()));
    }

    Actor decide(Scope scope, MultivaluedMap<String, String> path) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return switch (scope.value()) {
            case AUTHENTICATED -> new Actor(user.username(), user.actingRole(), false);
            case ROLES -> {
                for (String role : scope.roles()) {
                    if (user.hasRole(role)) {
                        yield new Actor(user.username(), role, false);
                    }
                }
                throw new ForbiddenException();
            }
            case STATE_READ -> access.requireRead(path.getFirst("cycle"), path.getFirst("state"));
            case STATE_WRITE -> access.requireWrite(path.getFirst("cycle"), path.getFirst("state"));
            case STATE_DECIDE -> access.requireSecretariat(path.getFirst("cycle"), path.getFirst("state"));
        };
    }
}
