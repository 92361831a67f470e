package org.unesco.oer.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.unesco.oer.support.ReportFixture.OPEN_CYCLE;

/** What every response of the public port carries, and which origins may call it from a browser. */
@QuarkusTest
class PublicSurfaceTest {

    @Inject
    ReportFixture fixture;

    @BeforeEach
    void openCycle() {
        fixture.openCycle();
    }

    private static void hasSecurityHeaders(Response r) {
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void reportDataIsNeverCachedAndCarriesTheSecurityHeaders() {
        Response r = given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + OPEN_CYCLE + "/reports/KEN");
        assertThat(r.statusCode()).isEqualTo(200);
        hasSecurityHeaders(r);
        assertThat(r.headers().getValues("Cache-Control")).containsOnly("no-store");
    }

    @Test
    void designationsAndContactsAreNeverCached() {
        assertThat(given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + OPEN_CYCLE + "/designations")
                .then().statusCode(200).extract().headers().getValues("Cache-Control")).containsOnly("no-store");
        assertThat(given().header("Authorization", Tokens.secretariat()).get("/api/member-states/KEN/contacts")
                .then().extract().headers().getValues("Cache-Control")).containsOnly("no-store");
    }

    @Test
    void errorsCarryTheSecurityHeadersToo() {
        Response r = given().get("/api/cycles/" + OPEN_CYCLE + "/reports/KEN");
        assertThat(r.statusCode()).isEqualTo(401);
        hasSecurityHeaders(r);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void referenceDataMayBeKeptBrieflyByTheCallersBrowserOnly() {
        Response r = given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + OPEN_CYCLE + "/questionnaire");
        assertThat(r.statusCode()).isEqualTo(200);
        hasSecurityHeaders(r);
        assertThat(r.header("Cache-Control")).isEqualTo("private, max-age=300");
        assertThat(given().header("Authorization", Tokens.analyst()).get("/api/member-states").header("Cache-Control"))
                .isEqualTo("private, max-age=300");
    }

    @Test
    void swaggerUiStillLoadsWithTheHeaders() {
        Response page = given().get("/q/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        hasSecurityHeaders(page);
        assertThat(page.body().asString()).contains("swagger");
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aForeignOriginGetsNoCorsPermission() {
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .options("/api/cycles").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.com").header("Authorization", Tokens.analyst())
                .get("/api/cycles").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aConfiguredOriginMayCallTheApi() {
        given().header("Origin", "https://pages.oer.test").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/cycles/" + OPEN_CYCLE + "/reports/KEN/answers/Q02")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://pages.oer.test"));
    }

    @Test
    void theUnauthenticatedProblemStillSaysBearer() {
        given().get("/api/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }
}
