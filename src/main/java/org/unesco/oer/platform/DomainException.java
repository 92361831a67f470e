package org.unesco.oer.platform;

import java.util.List;

/**
 * A broken business rule. Subclasses are named after the rule they enforce and carry the HTTP
 * status, a stable problem type slug and a human title; the message is the problem detail.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    protected DomainException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public Problem toProblem() {
        return Problem.of(status, slug, title, getMessage()).withViolations(violations());
    }

    protected List<Problem.Violation> violations() {
        return List.of();
    }

    public int status() {
        return status;
    }
}
