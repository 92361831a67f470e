package org.unesco.oer.security;

/** Who acts, in which role, and whether on a state's behalf (Secretariat proxy entry). */
public record Actor(String username, String role, boolean onBehalf) {
}
