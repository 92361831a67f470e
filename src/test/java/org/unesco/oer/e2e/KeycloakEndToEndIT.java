package org.unesco.oer.e2e;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service against a real Keycloak with the oer realm and the demo users, started by
 * the deploy/local scripts exactly as a newcomer would.
 */
class KeycloakEndToEndIT {

    @BeforeAll
    static void startStack() {
        LocalStack.run("stop.sh", Map.of());
        LocalStack.run("keycloak-start.sh", Map.of("OER_KEYCLOAK_FRESH", "true"));
        LocalStack.run("service-start.sh", Map.of("OER_EMBEDDED_DB_DIR", LocalStack.RUN_DIR.resolve("pgdata-" + System.nanoTime()).toString()));
        RestAssured.baseURI = LocalStack.serviceUrl();
        RestAssured.port = LocalStack.SERVICE_PORT;
    }

    @AfterAll
    static void stopStack() {
        LocalStack.run("stop.sh", Map.of());
        RestAssured.reset();
    }

    private static String bearer(String user) throws Exception {
        return "Bearer " + KeycloakClient.passwordGrant(user, user);
    }

    @Test
    void eachDemoFocalPointOpensOnlyItsOwnStatesReport() throws Exception {
        Map<String, String> own = Map.of("fp-ken", "KEN", "fp-fra", "FRA", "fp-jor", "JOR", "fp-bra", "BRA", "fp-ind", "IND");
        for (Map.Entry<String, String> fp : own.entrySet()) {
            String token = bearer(fp.getKey());
            given().header("Authorization", token).get("/api/cycles/oer-2027/reports/" + fp.getValue()).then().statusCode(200);
            String other = fp.getValue().equals("KEN") ? "FRA" : "KEN";
            given().header("Authorization", token).get("/api/cycles/oer-2027/reports/" + other).then().statusCode(404);
            given().header("Authorization", token).get("/api/cycles/oer-2027/reports").then().statusCode(403);
        }
    }

    @Test
    void theSecretariatAnalystAndAdminGetTheirOutcomes() throws Exception {
        given().header("Authorization", bearer("secretariat")).get("/api/cycles/oer-2027/reports").then().statusCode(200);
        String analyst = bearer("analyst");
        given().header("Authorization", analyst).get("/api/cycles/oer-2027/reports/KEN").then().statusCode(200);
        given().header("Authorization", analyst).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "x")).put("/api/cycles/oer-2027/reports/KEN/answers/Q02").then().statusCode(403);
        String admin = bearer("admin");
        given().header("Authorization", admin).get("/api/cycles/oer-2027/reports/KEN").then().statusCode(403);
        given().header("Authorization", admin).get("/api/audit/verification").then().statusCode(200);
        given().get("/api/cycles").then().statusCode(401);
    }

    @Test
    void onlyTokensIssuedForTheApiAreAccepted() throws Exception {
        // The realm's audience mapper puts oer-api into the user clients' tokens...
        String user = KeycloakClient.passwordGrant("analyst", "analyst");
        assertThat(KeycloakClient.claims(user).path("aud").toString()).contains("oer-api");
        given().header("Authorization", "Bearer " + user).get("/api/me").then().statusCode(200);
        // ...not into the provisioning service account's, which the API therefore refuses.
        String service = KeycloakClient.clientCredentials("oer-provisioning", "oer-provisioning-local-secret");
        assertThat(KeycloakClient.claims(service).path("aud").toString()).doesNotContain("oer-api");
        given().header("Authorization", "Bearer " + service).get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + service).get("/api/cycles").then().statusCode(401);
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnly() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("http://localhost:" + LocalStack.MANAGEMENT_PORT + "/q/health/ready").then().statusCode(200);
        given().get("http://localhost:" + LocalStack.MANAGEMENT_PORT + "/q/metrics").then().statusCode(200);
    }

    @Test
    void aDesignationCreatesARealAccountThatOpensOnlyItsStateUntilItEnds() throws Exception {
        String email = "focal.point." + System.currentTimeMillis() + "@example.org";
        String secretariat = bearer("secretariat");
        JsonPath designation = given().header("Authorization", secretariat).contentType("application/json")
                .body(Map.of("state", "GHA", "evidence", "Letter 2026/7",
                        "person", Map.of("name", "Kofi Mensah", "email", email, "institution", "Ghana Education Service")))
                .post("/api/cycles/oer-2027/designations").then().statusCode(201).extract().jsonPath();
        String temporary = designation.getString("temporaryPassword");
        assertThat(temporary).isNotBlank();

        String token = KeycloakClient.firstLogin(email, temporary, "A-new-passphrase-2026");
        assertThat(KeycloakClient.claims(token).path("country").get(0).asText()).isEqualTo("GHA");
        assertThat(KeycloakClient.claims(token).path("realm_access").path("roles").toString()).contains("focal-point");
        given().header("Authorization", "Bearer " + token).get("/api/cycles/oer-2027/reports/GHA").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).get("/api/cycles/oer-2027/reports/KEN").then().statusCode(404);

        given().header("Authorization", secretariat).delete("/api/cycles/oer-2027/designations/" + designation.getLong("id"))
                .then().statusCode(200);
        // The token still valid for minutes: access has ended anyway.
        given().header("Authorization", "Bearer " + token).get("/api/cycles/oer-2027/reports/GHA").then().statusCode(404);
        // And a new token no longer carries the role.
        String again = KeycloakClient.passwordGrant(email, "A-new-passphrase-2026");
        assertThat(KeycloakClient.claims(again).path("realm_access").path("roles").toString()).doesNotContain("focal-point");
        given().header("Authorization", "Bearer " + again).get("/api/cycles/oer-2027/reports/GHA").then().statusCode(403);
    }
}
