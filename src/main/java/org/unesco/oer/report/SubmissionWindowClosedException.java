package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/** After the cycle's hard close only states with a running extension may submit or edit. */
public class SubmissionWindowClosedException extends DomainException {

    public SubmissionWindowClosedException(Message reason) {
        super(409, "submission-window-closed", reason);
    }
}
