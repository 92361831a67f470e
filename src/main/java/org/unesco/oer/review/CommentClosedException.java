package org.unesco.oer.review;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/** Comments belong to one round of review: once the report is submitted again, they are closed. */
public class CommentClosedException extends DomainException {

    public CommentClosedException(long id) {
        super(409, "comment-closed", Message.of("detail.comment-closed", id));
    }
}
