package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/** Answers cannot change while a report is submitted or validated. */
public class ReportLockedException extends DomainException {

    public ReportLockedException(ReportStatus status) {
        super(409, "report-locked", Message.of("detail.report-locked", Message.of("status." + status.code())));
    }
}
