package org.unesco.oer.platform;

import java.util.List;

/** A request that is well-formed JSON but breaks an input rule (unknown code, bad parameter). */
public class InvalidRequestException extends DomainException {

    /** {@code field} broke the rule {@code code}; the message says how, e.g. {@code Message.of("violation.one-of", values)}. */
    public InvalidRequestException(String field, String code, Message message) {
        super(400, "invalid-request", null, List.of(Issue.of(field, code, message)));
    }

    /** Several fields broke rules at once (each issue names its field): all are answered, none is kept. */
    public InvalidRequestException(List<Issue> issues) {
        super(400, "invalid-request", null, issues);
    }

    /** The message key is {@code violation.<code>}. */
    public InvalidRequestException(String field, String code, Object... args) {
        this(field, code, Message.of("violation." + code, args));
    }
}
