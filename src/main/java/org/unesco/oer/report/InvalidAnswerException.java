package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Issue;

import java.util.List;

/** A value that does not fit its question's type or constraints; nothing of the request is saved. */
public class InvalidAnswerException extends DomainException {

    public InvalidAnswerException(List<Issue> issues) {
        super(400, "invalid-answer", null, issues);
    }
}
