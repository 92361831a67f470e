package org.unesco.oer.security;

/**
 * The kinds of scope an endpoint declares with {@link Scope}. The three state scopes act on the
 * report of the state named by the {@code {state}} path parameter in the cycle {@code {cycle}}.
 */
public enum Access {

    /** Any signed-in caller, whatever their role: their own profile, reference data. */
    AUTHENTICATED("authenticated", "any signed-in user"),

    /** Callers holding one of {@link Scope#roles()}, on every state at once. */
    ROLES("roles", null),

    /** Read a state's report: the Secretariat and analysts any state, a focal point only a state designated to them in that cycle. */
    STATE_READ("state-read", "the Secretariat and analysts for any state; a focal point only for a state designated to them "
            + "in this cycle (any other state, existing or not, answers 404)"),

    /** Change a state's report: its designated focal point, or the Secretariat on the state's behalf. */
    STATE_WRITE("state-write", "a focal point designated for this state in this cycle, or the Secretariat on the state's behalf "
            + "(other focal points 404, other roles 403)"),

    /** Decide on a state's report (return, validate, reopen): the Secretariat only. */
    STATE_DECIDE("state-decide", "the Secretariat only (the state's designated focal point 403, other focal points 404)");

    private final String code;
    private final String who;

    Access(String code, String who) {
        this.code = code;
        this.who = who;
    }

    /** As it appears in the OpenAPI document ({@code x-oer-access}). */
    public String code() {
        return code;
    }

    public boolean stateScoped() {
        return this == STATE_READ || this == STATE_WRITE || this == STATE_DECIDE;
    }

    /** Who may call, in words, for the API documentation. */
    public String who(String... roles) {
        return this == ROLES ? String.join(", ", roles) + " (every state)" : who;
    }
}
