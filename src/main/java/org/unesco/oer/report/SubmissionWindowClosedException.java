package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;

/** After the cycle's hard close only states with a running extension may submit or edit. */
public class SubmissionWindowClosedException extends DomainException {

    public SubmissionWindowClosedException(String detail) {
        super(409, "submission-window-closed", "Reporting is closed", detail);
    }
}
