package org.unesco.oer.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every resource method of the application with its declared {@link Scope}. Checked at start-up:
 * an endpoint without exactly one valid scope stops the application, so it cannot be deployed
 * (and no test passes) until its scope is declared.
 */
@ApplicationScoped
public class ScopeCatalog {

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ANALYST, Roles.ADMIN);
    private static final List<Class<? extends Annotation>> OTHER_DECLARATIONS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, PermissionsAllowed.class);

    public record Endpoint(String httpMethod, String path, Class<?> resource, Method method, Scope scope) {

        public String name() {
            return resource.getSimpleName() + "." + method.getName();
        }
    }

    @Inject
    BeanManager beans;

    private List<Endpoint> endpoints;

    void checkAtStartup(@Observes StartupEvent event) {
        endpoints();
    }

    public synchronized List<Endpoint> endpoints() {
        if (endpoints == null) {
            List<Class<?>> resources = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(Bean::getBeanClass).filter(c -> c.isAnnotationPresent(Path.class)).distinct().toList();
            List<String> problems = new ArrayList<>();
            List<Endpoint> found = scan(resources, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Every endpoint declares exactly one access scope with @"
                        + Scope.class.getName() + ":\n  " + String.join("\n  ", problems));
            }
            endpoints = found;
        }
        return endpoints;
    }

    /** The scope in force for a resource method: its own, else its class's; null when none is declared. */
    public static Scope declared(Method method, Class<?> resource) {
        Scope own = method.getAnnotation(Scope.class);
        if (own != null) {
            return own;
        }
        return resource == null ? null : resource.getAnnotation(Scope.class);
    }

    /** The endpoints of these resource classes; what is wrong with their declarations goes to {@code problems}. */
    static List<Endpoint> scan(Collection<Class<?>> resources, List<String> problems) {
        List<Endpoint> found = new ArrayList<>();
        Map<String, Endpoint> byRoute = new HashMap<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    if (method.isAnnotationPresent(Path.class)) {
                        problems.add(resource.getSimpleName() + "." + method.getName() + ": sub-resource locators are not supported by the scope check");
                    }
                    continue;
                }
                Endpoint endpoint = new Endpoint(httpMethod, path(resource, method), resource, method, declared(method, resource));
                problems.addAll(check(endpoint).stream().map(p -> endpoint.name() + " (" + httpMethod + " " + endpoint.path() + "): " + p).toList());
                Endpoint sameRoute = byRoute.putIfAbsent(httpMethod + " " + endpoint.path(), endpoint);
                if (sameRoute != null && endpoint.scope() != null && sameRoute.scope() != null
                        && !sameScope(sameRoute.scope(), endpoint.scope())) {
                    problems.add(endpoint.name() + ": same route as " + sameRoute.name() + " with another scope");
                }
                found.add(endpoint);
            }
        }
        found.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod).thenComparing(Endpoint::name));
        return found;
    }

    /** What is wrong with one endpoint's declaration (nothing, for a valid one). */
    static List<String> check(Endpoint e) {
        List<String> problems = new ArrayList<>();
        Scope scope = e.scope();
        if (scope == null) {
            problems.add("no @Scope declared");
        } else if (scope.value() == Access.ROLES) {
            if (scope.roles().length == 0) {
                problems.add("@Scope(roles = ...) names no role");
            }
            Arrays.stream(scope.roles()).filter(r -> !KNOWN_ROLES.contains(r)).forEach(r -> problems.add("unknown role '" + r + "'"));
        } else if (scope.roles().length > 0) {
            problems.add("roles are only declared with Access.ROLES, not with " + scope.value());
        }
        if (scope != null && scope.value().stateScoped() && !(e.path().contains("{cycle}") && e.path().contains("{state}"))) {
            problems.add(scope.value() + " needs {cycle} and {state} in the path");
        }
        for (Class<? extends Annotation> other : OTHER_DECLARATIONS) {
            if (e.method().isAnnotationPresent(other) || e.resource().isAnnotationPresent(other)) {
                problems.add("@" + other.getSimpleName() + " beside @Scope: declare who may call in @Scope only");
            }
        }
        // Authentication stays with Quarkus (401 before anything else runs; unannotated endpoints are denied).
        if (!e.method().isAnnotationPresent(Authenticated.class) && !e.resource().isAnnotationPresent(Authenticated.class)) {
            problems.add("the resource class is not @Authenticated");
        }
        return problems;
    }

    private static boolean sameScope(Scope a, Scope b) {
        return a.value() == b.value() && Arrays.equals(a.roles(), b.roles());
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The route as the OpenAPI document writes it: one leading slash, no trailing one, no regular expressions. */
    static String path(Class<?> resource, Method method) {
        return join(template(resource), template(method));
    }

    static String join(String resourcePath, String methodPath) {
        String joined = "/" + resourcePath + "/" + methodPath;
        String path = joined.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String template(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }
}
