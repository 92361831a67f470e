package org.unesco.oer.platform;

import java.util.List;

/** A request that is well-formed JSON but breaks an input rule (unknown code, bad parameter). */
public class InvalidRequestException extends DomainException {

    private final List<Problem.Violation> violations;

    public InvalidRequestException(String field, String message) {
        super(400, "invalid-request", "Invalid request", field + ": " + message);
        this.violations = List.of(new Problem.Violation(field, message));
    }

    @Override
    protected List<Problem.Violation> violations() {
        return violations;
    }
}
