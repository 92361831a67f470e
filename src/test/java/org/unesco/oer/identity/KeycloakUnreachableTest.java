package org.unesco.oer.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.EmbeddedPostgresTestResource;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak unreachable while tokens are checked: a clean 503 with Retry-After, no library text. */
@QuarkusTest
@TestProfile(KeycloakUnreachableTest.NoKeycloak.class)
class KeycloakUnreachableTest {

    /** The realm's address points at a closed port: no keys can be fetched. */
    public static class NoKeycloak implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresTestResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("keycloak.url", "http://127.0.0.1:1", "quarkus.oidc.connection-timeout", "2S");
        }
    }

    @Test
    void aBearerTokenWhileKeycloakIsUnreachableIsA503WithRetryAfter() {
        Response r = given().header("Authorization", Tokens.analyst()).get("/api/cycles");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("urn:oer-reporting:problem:identity-provider-unavailable");
        assertThat(r.header("Retry-After")).matches("\\d+");
        assertThat(r.body().asString()).doesNotContainIgnoringCase("netty").doesNotContain("Connection refused", "127.0.0.1", "Exception");
    }

    @Test
    void aPageWhileKeycloakIsUnreachableIsA503PageInTheReadersLanguage() {
        Response r = given().header("Accept", "text/html").header("Accept-Language", "fr").redirects().follow(false).get("/reports");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.header("Retry-After")).matches("\\d+");
        assertThat(r.body().asString()).contains("lang=\"fr\"", "Le service de connexion est injoignable")
                .doesNotContain("Exception", "127.0.0.1");
    }

    @Test
    void aPageInArabicReadsRightToLeft() {
        Response r = given().header("Accept", "text/html").queryParam("lang", "ar").redirects().follow(false).get("/");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body().asString()).contains("lang=\"ar\" dir=\"rtl\"", "bootstrap.rtl.min.css");
    }

    @Test
    void aNonBrowserRequestToAPageGetsTheProblemAsJson() {
        Response r = given().header("Accept", "application/json").redirects().follow(false).get("/reports");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("urn:oer-reporting:problem:identity-provider-unavailable");
        assertThat(r.jsonPath().getString("instance")).isEqualTo("/reports");
    }

    @Test
    void withoutATokenItIsStillA401() {
        given().get("/api/cycles").then().statusCode(401);
    }
}
