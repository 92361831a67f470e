package org.unesco.oer.support;

import io.smallrye.jwt.build.Jwt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens shaped like Keycloak's (roles in {@code realm_access.roles}, a UUID subject,
 * {@code preferred_username}), signed with the mock OIDC server's key.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username, String... roles) {
        return Jwt.preferredUserName(username)
                .subject(subjectOf(username))
                .issuer("https://server.example.com")
                .audience("oer-api")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("typ", "Bearer")
                .expiresIn(3600)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** A stable, Keycloak-like user id derived from the user name. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String bearer(String username, String... roles) {
        return "Bearer " + of(username, roles);
    }

    public static String admin() {
        return bearer("admin", "admin");
    }

    public static String secretariat() {
        return bearer("secretariat", "secretariat");
    }

    public static String analyst() {
        return bearer("analyst", "analyst");
    }

    public static String focalPoint(String username) {
        return bearer(username, "focal-point");
    }
}
