package org.unesco.oer.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Declares the resources every {@code @QuarkusTest} shares: one embedded PostgreSQL and one mock
 * OIDC server, started once for the whole run.
 */
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
