package org.unesco.oer.platform;

/** The addressed resource does not exist (or the caller may not know that it does). */
public class NotFoundException extends DomainException {

    /** {@code kind} names the resource in the bundles ({@code resource.<kind>}): cycle, question, report… */
    public NotFoundException(String kind, String key) {
        super(404, "not-found", Message.of("detail.not-found", Message.of("resource." + kind), key));
    }
}
