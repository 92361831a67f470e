package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/**
 * Saves and submissions must say which report version they were made on, so that nobody overwrites
 * a colleague unseen and a receipt covers what the submitter saw.
 */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException() {
        this(Message.of("detail.if-match-required"));
    }

    /** The same rule for another versioned resource (a cycle), whose detail says where its version is read. */
    public PreconditionRequiredException(Message detail) {
        super(428, "if-match-required", detail);
    }
}
