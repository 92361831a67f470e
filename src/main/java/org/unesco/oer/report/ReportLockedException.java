package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;

/** Answers cannot change while a report is submitted or validated. */
public class ReportLockedException extends DomainException {

    public ReportLockedException(ReportStatus status) {
        super(409, "report-locked", "Report is locked",
                "The report is " + status.code() + "; answers cannot change until the Secretariat returns or reopens it");
    }
}
