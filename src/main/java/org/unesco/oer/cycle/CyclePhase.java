package org.unesco.oer.cycle;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a cycle stands at a given moment. */
public enum CyclePhase {
    /** Before the opening day. */
    UPCOMING,
    /** From the opening day to the end of the deadline day. */
    OPEN,
    /** After the deadline; submissions are accepted and marked late until the hard close (if any). */
    LATE_SUBMISSIONS,
    /** After the hard close: only states with a running extension may submit. */
    CLOSED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
