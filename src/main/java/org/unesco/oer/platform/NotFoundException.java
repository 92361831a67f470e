package org.unesco.oer.platform;

/** The addressed resource does not exist (or the caller may not know that it does). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String key) {
        super(404, "not-found", "Not found", what + " '" + key + "' does not exist");
    }
}
