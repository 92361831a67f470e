package org.unesco.oer.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.TreeSet;

/**
 * The caller, as the token describes them. {@link #subject()} (the token's {@code sub}, the
 * Keycloak user id) is the stable identity; {@link #username()} is for display and audit.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public String username() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
        }
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The role this action is taken in, for the audit: the most privileged one the caller holds. */
    public String actingRole() {
        for (String role : new String[]{Roles.ADMIN, Roles.SECRETARIAT, Roles.ANALYST, Roles.FOCAL_POINT}) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return "none";
    }
}
