package org.unesco.oer.web;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/** A form post without the signed-in user's anti-forgery token: it may come from another site. */
public class CsrfTokenMismatchException extends DomainException {

    public CsrfTokenMismatchException() {
        super(403, "csrf-token-mismatch", Message.of("detail.csrf-token-mismatch"));
    }
}
