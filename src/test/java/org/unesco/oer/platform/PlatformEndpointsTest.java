package org.unesco.oer.platform;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlatformEndpointsTest {

    // Health and metrics live on the management interface (its own port, paths below its /q root).
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthIsUpWithTheDatabase() {
        given().when().get(readiness)
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesEveryReferenceEndpoint() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/member-states"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/cycles/{code}/questionnaire"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/questionnaires/{version}"));
    }

    @Test
    void metricsArePublished() {
        given().header("Authorization", org.unesco.oer.support.Tokens.analyst()).get("/api/cycles").then().statusCode(200);
        given().when().get(metrics)
                .then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void anUnknownApiPathIsAProblem() {
        given().header("Authorization", org.unesco.oer.support.Tokens.analyst())
                .when().get("/api/nothing-here")
                .then().statusCode(404);
    }
}
