package org.unesco.oer.identity;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Focal-point accounts against a stub of the Keycloak admin REST API. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class DesignationProvisioningTest {

    private static final String ADMIN = "/auth/admin/realms/oer";
    private static final String CYCLE = ReportFixture.OPEN_CYCLE;

    @OidcWireMock
    WireMockServer keycloak;
    @Inject
    ReportFixture fixture;
    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @BeforeEach
    void serviceAccountAndRealm() {
        fixture.openCycle();
        keycloak.stubFor(post(urlEqualTo("/auth/realms/oer/protocol/openid-connect/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(WireMock.okJson("{\"access_token\":\"service-account-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        keycloak.stubFor(get(urlEqualTo(ADMIN + "/roles/focal-point"))
                .willReturn(WireMock.okJson("{\"id\":\"role-fp\",\"name\":\"focal-point\"}")));
        keycloak.stubFor(get(urlEqualTo(ADMIN)).willReturn(WireMock.okJson("{\"realm\":\"oer\",\"smtpServer\":{}}")));
    }

    private String newUser(String email) {
        String id = UUID.randomUUID().toString();
        keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("email", equalTo(email))
                .willReturn(WireMock.okJson("[]")));
        keycloak.stubFor(post(urlEqualTo(ADMIN + "/users")).withRequestBody(matchingJsonPath("$.email", equalTo(email)))
                .willReturn(aResponse().withStatus(201).withHeader("Location", keycloak.baseUrl() + ADMIN + "/users/" + id)));
        stubUser(id, email, "[]");
        return id;
    }

    private void stubUser(String id, String email, String roles) {
        keycloak.stubFor(get(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm/composite")).willReturn(WireMock.okJson(roles)));
        keycloak.stubFor(post(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm")).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(delete(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm")).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(put(urlEqualTo(ADMIN + "/users/" + id + "/reset-password")).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(put(urlEqualTo(ADMIN + "/users/" + id)).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(delete(urlEqualTo(ADMIN + "/users/" + id)).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(get(urlEqualTo(ADMIN + "/users/" + id)).willReturn(WireMock.okJson(
                "{\"id\":\"" + id + "\",\"username\":\"" + email + "\",\"email\":\"" + email + "\",\"attributes\":{\"country\":[\"LBN\",\"JAM\",\"PRY\",\"URY\"]}}")));
    }

    private static Map<String, Object> request(String state, String email) {
        return Map.of("state", state, "evidence", "Note verbale 2026/1",
                "person", Map.of("name", "Rania Haddad", "email", email, "title", "Director", "institution", "Ministry of Education"));
    }

    @Test
    void aDesignationCreatesTheAccountWithRoleAndCountryAndGrantsAccess() {
        String email = "rania.lbn@example.org";
        String id = newUser(email);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("LBN", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(201)
                .body("subject", org.hamcrest.Matchers.equalTo(id))
                .body("username", org.hamcrest.Matchers.equalTo(email))
                .body("accountCreated", org.hamcrest.Matchers.equalTo(true))
                .body("temporaryPassword", notNullValue());
        keycloak.verify(postRequestedFor(urlEqualTo(ADMIN + "/users"))
                .withRequestBody(matchingJsonPath("$.attributes.country[0]", equalTo("LBN"))));
        keycloak.verify(postRequestedFor(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm"))
                .withRequestBody(matchingJsonPath("$[0].name", equalTo("focal-point"))));
        keycloak.verify(putRequestedFor(urlEqualTo(ADMIN + "/users/" + id + "/reset-password"))
                .withRequestBody(matchingJsonPath("$.temporary", equalTo("true"))));
        // The new account's token now opens that state's report, and only that one.
        String token = "Bearer " + io.smallrye.jwt.build.Jwt.preferredUserName(email).subject(id).issuer("https://server.example.com").audience("oer-api")
                .claim("realm_access", Map.of("roles", java.util.List.of("focal-point"))).jws().keyId("1").sign("privateKey.jwk");
        given().header("Authorization", token).get("/api/cycles/" + CYCLE + "/reports/LBN").then().statusCode(200);
        given().header("Authorization", token).get("/api/cycles/" + CYCLE + "/reports/SYR").then().statusCode(404);
    }

    @Test
    void aNewFocalPointIsWrittenToInTheStatesLanguageAndTheirAccountSpeaksIt() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(Map.of("language", "zh"))
                .put("/api/member-states/TKM/contacts").then().statusCode(200);
        String email = "fp.tkm@example.org";
        newUser(email);
        mailbox.clear();
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("TKM", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(201)
                .body("letterLanguage", org.hamcrest.Matchers.equalTo("zh"));
        keycloak.verify(postRequestedFor(urlEqualTo(ADMIN + "/users"))
                .withRequestBody(matchingJsonPath("$.email", equalTo(email)))
                .withRequestBody(matchingJsonPath("$.attributes.locale[0]", equalTo("zh-Hans"))));
        io.quarkus.mailer.Mail letter = mailbox.getMailsSentTo(email).get(0);
        org.assertj.core.api.Assertions.assertThat(letter.getSubject()).startsWith("关于指定您为国家联络人的通知");
        org.assertj.core.api.Assertions.assertThat(letter.getText()).contains("Rania Haddad", "土库曼斯坦", "临时密码", email);
    }

    private String existingUser(String email, String username, String countries, String roles) {
        String id = UUID.randomUUID().toString();
        keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("email", equalTo(email))
                .willReturn(WireMock.okJson("[{\"id\":\"" + id + "\",\"username\":\"" + username + "\",\"email\":\"" + email
                        + "\",\"attributes\":{\"country\":[" + countries + "]}}]")));
        stubUser(id, email, roles);
        return id;
    }

    @Test
    void anExistingAccountWithThatEmailIsLinkedNotDuplicated() {
        String email = "linked.jam@example.org";
        String id = existingUser(email, "jam-fp", "", "[{\"id\":\"role-fp\",\"name\":\"focal-point\"}]");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("JAM", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(201)
                .body("subject", org.hamcrest.Matchers.equalTo(id))
                .body("username", org.hamcrest.Matchers.equalTo("jam-fp"))
                .body("accountCreated", org.hamcrest.Matchers.equalTo(false))
                .body("temporaryPassword", nullValue());
        keycloak.verify(0, postRequestedFor(urlEqualTo(ADMIN + "/users")).withRequestBody(matchingJsonPath("$.email", equalTo(email))));
        keycloak.verify(putRequestedFor(urlEqualTo(ADMIN + "/users/" + id))
                .withRequestBody(matchingJsonPath("$.attributes.country[0]", equalTo("JAM"))));
    }

    @Test
    void anExistingSecretariatAccountIsNotLinkedWithoutTheExplicitFlag() {
        String email = "staff.bhs@example.org";
        String id = existingUser(email, "staff-bhs", "", "[{\"id\":\"role-sec\",\"name\":\"secretariat\"}]");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("BHS", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:oer-reporting:problem:account-link-needs-confirmation"))
                .body("roles", org.hamcrest.Matchers.contains("secretariat"))
                .body("detail", org.hamcrest.Matchers.containsString("linkPrivilegedOrOtherStateAccount"));
        // Nothing was changed in Keycloak, nothing was recorded.
        keycloak.verify(0, putRequestedFor(urlEqualTo(ADMIN + "/users/" + id)));
        keycloak.verify(0, postRequestedFor(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm")));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/designations?state=BHS")
                .then().statusCode(200).body("$", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void anAccountActingForAnotherStateIsNotLinkedWithoutTheExplicitFlag() {
        String email = "fp.tto@example.org";
        existingUser(email, "tto-fp", "\"TTO\"", "[{\"id\":\"role-fp\",\"name\":\"focal-point\"}]");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("BRB", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(409)
                .body("states", org.hamcrest.Matchers.contains("TTO"));
    }

    @Test
    void withTheExplicitFlagAnAccountOfAnotherStateIsLinkedAndKeepsBoth() {
        String email = "fp.tto.lca@example.org";
        String id = existingUser(email, "tto-lca-fp", "\"TTO\"", "[{\"id\":\"role-fp\",\"name\":\"focal-point\"}]");
        Map<String, Object> body = new java.util.HashMap<>(request("LCA", email));
        body.put("linkPrivilegedOrOtherStateAccount", true);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(body)
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(201)
                .body("subject", org.hamcrest.Matchers.equalTo(id));
        keycloak.verify(putRequestedFor(urlEqualTo(ADMIN + "/users/" + id))
                .withRequestBody(matchingJsonPath("$.attributes.country[1]", equalTo("LCA"))));
    }

    @Test
    void aDesignationIsBoundToTheKeycloakUserIdWhenItIsMade() {
        String email = "bound.vct@example.org";
        String id = newUser(email);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("VCT", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(201);
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/designations?state=VCT")
                .then().statusCode(200).body("[0].subject", org.hamcrest.Matchers.equalTo(id));
        // Another account that later takes the same user name (a different Keycloak id) gets nothing.
        String impostor = "Bearer " + io.smallrye.jwt.build.Jwt.preferredUserName(email).subject(UUID.randomUUID().toString())
                .issuer("https://server.example.com").audience("oer-api")
                .claim("realm_access", Map.of("roles", java.util.List.of("focal-point"))).jws().keyId("1").sign("privateKey.jwk");
        given().header("Authorization", impostor).get("/api/cycles/" + CYCLE + "/reports/VCT").then().statusCode(404);
    }

    @Test
    void keycloakUnreachableIsA503ThatQuotesNoLibraryText() {
        String email = "down.kna@example.org";
        keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("email", equalTo(email))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("KNA", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("type", org.hamcrest.Matchers.equalTo("urn:oer-reporting:problem:identity-provider-unavailable"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase("exception")))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase("netty")))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase("connection reset")));
    }

    @Test
    void aKeycloakFailureMidwayLeavesNoAccountAndNoDesignation() {
        String email = "midway.pry@example.org";
        String id = newUser(email);
        keycloak.stubFor(post(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm")).willReturn(aResponse().withStatus(500)));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("PRY", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(503)
                .body("type", org.hamcrest.Matchers.equalTo("urn:oer-reporting:problem:identity-provider-unavailable"));
        keycloak.verify(deleteRequestedFor(urlEqualTo(ADMIN + "/users/" + id)));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/designations?state=PRY")
                .then().statusCode(200).body("$", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void keycloakUnreachableIsAClear503() {
        String email = "down.ury@example.org";
        keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("email", equalTo(email))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("URY", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void endingADesignationRemovesAccessAtOnceAndTheRole() {
        String email = "ending.dom@example.org";
        String id = newUser(email);
        int designation = given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("DOM", email))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(201).extract().path("id");
        String token = "Bearer " + io.smallrye.jwt.build.Jwt.preferredUserName(email).subject(id).issuer("https://server.example.com").audience("oer-api")
                .claim("realm_access", Map.of("roles", java.util.List.of("focal-point"))).jws().keyId("1").sign("privateKey.jwk");
        given().header("Authorization", token).get("/api/cycles/" + CYCLE + "/reports/DOM").then().statusCode(200);
        given().header("Authorization", Tokens.secretariat()).delete("/api/cycles/" + CYCLE + "/designations/" + designation + "?reason=Left the ministry")
                .then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(false));
        given().header("Authorization", token).get("/api/cycles/" + CYCLE + "/reports/DOM").then().statusCode(404);
        keycloak.verify(deleteRequestedFor(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm")));
    }

    @Test
    void aHandoverEndsOneFocalPointAndStartsAnotherInOneOperation() {
        String oldEmail = "old.gtm@example.org";
        String oldId = newUser(oldEmail);
        int designation = given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(request("GTM", oldEmail))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(201).extract().path("id");
        String newEmail = "new.gtm@example.org";
        String newId = newUser(newEmail);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("person", Map.of("name", "Lucía Pérez", "email", newEmail), "evidence", "Note verbale 2026/2", "reason", "Retirement"))
                .post("/api/cycles/" + CYCLE + "/designations/" + designation + "/handover").then().statusCode(201)
                .body("subject", org.hamcrest.Matchers.equalTo(newId)).body("active", org.hamcrest.Matchers.equalTo(true));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/designations?state=GTM").then()
                .body("find { it.id == " + designation + " }.active", org.hamcrest.Matchers.equalTo(false))
                .body("find { it.id == " + designation + " }.endReason", org.hamcrest.Matchers.equalTo("Retirement"));
        keycloak.verify(deleteRequestedFor(urlEqualTo(ADMIN + "/users/" + oldId + "/role-mappings/realm")));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reports/GTM/history").then()
                .body("entries.action", org.hamcrest.Matchers.hasItems("DESIGNATION_ENDED", "DESIGNATION_STARTED"));
    }

    @Test
    void onlyTheSecretariatDesignates() {
        given().header("Authorization", Tokens.analyst()).contentType("application/json").body(request("HND", "x@example.org"))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(403);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "HND", "person", Map.of("name", "X", "email", "not-an-email"), "evidence", "e"))
                .post("/api/cycles/" + CYCLE + "/designations").then().statusCode(400);
    }
}
