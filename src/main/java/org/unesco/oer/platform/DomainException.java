package org.unesco.oer.platform;

import java.util.List;

/**
 * A broken business rule. Subclasses are named after the rule they enforce and carry the HTTP
 * status, a stable problem type slug, the detail as a {@link Message} and any violations as
 * {@link Issue}s: the text is said in the reader's language only when the problem is answered
 * ({@link #toProblem(String)}); the title is the bundle's {@code title.<slug>}. The exception's own
 * message (for logs) is English.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final String slug;
    private final Message detail;
    private final List<Issue> issues;

    /** A detail of its own, no violations. */
    protected DomainException(int status, String slug, Message detail) {
        this(status, slug, detail, List.of());
    }

    /** With {@code detail} null the detail is the summary of the violations. */
    protected DomainException(int status, String slug, Message detail, List<Issue> issues) {
        super(detail != null ? detail.english()
                : Problem.summary(issues.stream().limit(Problem.MAX_VIOLATIONS + 1L).map(i -> i.in(Messages.FALLBACK)).toList()));
        this.status = status;
        this.slug = slug;
        this.detail = detail;
        this.issues = List.copyOf(issues);
    }

    /** The problem in English. */
    public Problem toProblem() {
        return toProblem(Messages.FALLBACK);
    }

    /** The problem in one of {@link Messages#languages()}. */
    public Problem toProblem(String language) {
        List<Problem.Violation> violations = issues.stream().map(i -> i.in(language)).toList();
        String text = detail != null ? detail.in(language) : Problem.summary(language, violations);
        return Problem.of(status, slug, Messages.text(language, "title." + slug), text).withViolations(violations);
    }

    public List<Issue> issues() {
        return issues;
    }

    public int status() {
        return status;
    }
}
