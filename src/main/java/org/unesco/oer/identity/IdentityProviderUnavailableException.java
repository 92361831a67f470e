package org.unesco.oer.identity;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/** Keycloak could not be reached or refused a change; what was begun has been undone. */
public class IdentityProviderUnavailableException extends DomainException {

    public IdentityProviderUnavailableException(Message detail) {
        super(503, "identity-provider-unavailable", detail);
    }
}
