package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Message;

import java.util.List;

/** Only a complete, valid report can be submitted. */
public class ReportIncompleteException extends DomainException {

    public ReportIncompleteException(List<Issue> issues) {
        super(422, "report-incomplete", Message.of("detail.report-incomplete", issues.size()), issues);
    }
}
