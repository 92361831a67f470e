package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Problem;

import java.util.List;

/** Only a complete, valid report can be submitted. */
public class ReportIncompleteException extends DomainException {

    private final List<Problem.Violation> violations;

    public ReportIncompleteException(List<Problem.Violation> violations) {
        super(422, "report-incomplete", "The report cannot be submitted yet",
                violations.size() + " question(s) need attention before submission");
        this.violations = violations;
    }

    @Override
    protected List<Problem.Violation> violations() {
        return violations;
    }
}
