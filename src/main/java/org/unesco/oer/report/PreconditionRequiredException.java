package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;

/** Saves must say which version they were made on, so that nobody overwrites a colleague unseen. */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException() {
        super(428, "if-match-required", "If-Match required",
                "Send the report version you edited in an If-Match header (the ETag of GET .../reports/{state})");
    }
}
