package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/** A workflow action that the report's current status does not allow. */
public class TransitionNotAllowedException extends DomainException {

    /** {@code action}: submit, return, validate, reopen or review. */
    public TransitionNotAllowedException(ReportStatus status, String action) {
        super(409, "transition-not-allowed", Message.of("detail.transition-not-allowed." + action, Message.of("status." + status.code())));
    }
}
