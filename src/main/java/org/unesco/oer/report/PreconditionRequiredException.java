package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/**
 * Saves and submissions must say which report version they were made on, so that nobody overwrites
 * a colleague unseen and a receipt covers what the submitter saw.
 */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException() {
        super(428, "if-match-required", Message.of("detail.if-match-required"));
    }
}
