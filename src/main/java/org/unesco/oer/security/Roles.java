package org.unesco.oer.security;

/** Realm roles of the "oer" Keycloak realm, as they appear in {@code realm_access.roles}. */
public final class Roles {

    public static final String FOCAL_POINT = "focal-point";
    public static final String SECRETARIAT = "secretariat";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
