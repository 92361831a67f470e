package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;

/**
 * Saves and submissions must say which report version they were made on, so that nobody overwrites
 * a colleague unseen and a receipt covers what the submitter saw.
 */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException() {
        super(428, "if-match-required", "If-Match required",
                "Send the report version you have in front of you in an If-Match header (the ETag of GET .../reports/{state})");
    }
}
