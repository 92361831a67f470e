package org.unesco.oer.identity;

import org.unesco.oer.platform.DomainException;

/** Keycloak could not be reached or refused a change; what was begun has been undone. */
public class IdentityProviderUnavailableException extends DomainException {

    public IdentityProviderUnavailableException(String detail) {
        super(503, "identity-provider-unavailable", "Identity provider unavailable", detail);
    }
}
