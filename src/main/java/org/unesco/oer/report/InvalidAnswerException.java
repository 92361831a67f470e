package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Problem;

import java.util.List;

/** A value that does not fit its question's type or constraints; nothing of the request is saved. */
public class InvalidAnswerException extends DomainException {

    private final List<Problem.Violation> violations;

    public InvalidAnswerException(List<Problem.Violation> violations) {
        super(400, "invalid-answer", "Invalid answer", Problem.summary(violations));
        this.violations = violations;
    }

    /** Each broken rule, naming the question (and field) it is about. */
    public List<Problem.Violation> problems() {
        return violations;
    }

    @Override
    protected List<Problem.Violation> violations() {
        return violations;
    }
}
