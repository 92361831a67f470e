package org.unesco.oer.web;

import org.unesco.oer.platform.DomainException;

/** A form post without the signed-in user's anti-forgery token: it may come from another site. */
public class CsrfTokenMismatchException extends DomainException {

    public CsrfTokenMismatchException() {
        super(403, "csrf-token-mismatch", "The form could not be accepted",
                "The form was not sent from this site's page, or the page is too old: open the page again and repeat.");
    }
}
