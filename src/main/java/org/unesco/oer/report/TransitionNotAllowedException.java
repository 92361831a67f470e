package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;

/** A workflow action that the report's current status does not allow. */
public class TransitionNotAllowedException extends DomainException {

    public TransitionNotAllowedException(ReportStatus status, String action) {
        super(409, "transition-not-allowed", "Not allowed in this status",
                "A report that is " + status.code() + " cannot be " + switch (action) {
                    case "submit" -> "submitted";
                    case "return" -> "returned";
                    case "validate" -> "validated";
                    case "reopen" -> "reopened";
                    case "review" -> "reviewed";
                    default -> action;
                });
    }
}
