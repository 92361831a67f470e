package org.unesco.oer.review;

import org.unesco.oer.platform.DomainException;

/** Comments belong to one round of review: once the report is submitted again, they are closed. */
public class CommentClosedException extends DomainException {

    public CommentClosedException(long id) {
        super(409, "comment-closed", "The comment is closed",
                "Comment " + id + " was closed when the report was submitted again; it can no longer be answered");
    }
}
