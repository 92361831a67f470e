package org.unesco.oer.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.RestartablePostgresTestResource;
import org.unesco.oer.support.Tokens;

import java.net.URL;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * While PostgreSQL restarts, or while every pooled connection is busy, the API answers 503 with
 * its own problem type and a Retry-After; readiness goes DOWN and comes back UP.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    /** A database this test may stop without disturbing the others, and a small pool that times out fast. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgresTestResource.class),
                    new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "4", "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    private static void isDatabaseUnavailable(Response r) {
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("urn:oer-reporting:problem:database-unavailable");
        assertThat(r.header("Retry-After")).matches("\\d+");
        assertThat(r.body().asString()).doesNotContain("PSQL", "org.", "java.", "Exception", "SQL");
    }

    @Test
    void whilePostgresIsDownEveryCallIsA503WithRetryAfterAndReadinessIsDown() throws Exception {
        given().header("Authorization", Tokens.analyst()).get("/api/cycles").then().statusCode(200);
        RestartablePostgresTestResource.stopServer();
        try {
            isDatabaseUnavailable(given().header("Authorization", Tokens.analyst()).get("/api/cycles"));
            isDatabaseUnavailable(given().header("Authorization", Tokens.secretariat()).get("/api/member-states/KEN/contacts"));
            given().get(readiness).then().statusCode(503);
        } finally {
            RestartablePostgresTestResource.startServer();
        }
        // Broken pooled connections are dropped as they are met; the service recovers by itself.
        int status = 0;
        for (int i = 0; i < 50 && status != 200; i++) {
            status = given().header("Authorization", Tokens.analyst()).get("/api/cycles").statusCode();
            if (status != 200) {
                assertThat(status).isEqualTo(503);
                Thread.sleep(200);
            }
        }
        assertThat(status).isEqualTo(200);
        given().get(readiness).then().statusCode(200);
    }

    @Test
    void anExhaustedPoolIsA503WithRetryAfter() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(dataSource.getConnection());
            }
            isDatabaseUnavailable(given().header("Authorization", Tokens.analyst()).get("/api/cycles"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().header("Authorization", Tokens.analyst()).get("/api/cycles").then().statusCode(200);
    }
}
