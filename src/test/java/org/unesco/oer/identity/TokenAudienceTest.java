package org.unesco.oer.identity;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Only tokens issued for this API (audience oer-api) are accepted, and only verified with the realm's keys. */
@QuarkusTest
class TokenAudienceTest {

    @OidcWireMock
    WireMockServer oidc;

    private static JwtClaimsBuilder secretariat() {
        return Jwt.preferredUserName("secretariat").subject(Tokens.subjectOf("secretariat")).issuer("https://server.example.com")
                .claim("realm_access", Map.of("roles", List.of("secretariat"))).expiresIn(600);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return "Bearer " + claims.jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void aTokenForThisApiIsAccepted() {
        given().header("Authorization", sign(secretariat().audience("oer-api"))).get("/api/me").then().statusCode(200);
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        given().header("Authorization", sign(secretariat())).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:oer-reporting:problem:unauthenticated"));
    }

    @Test
    void aServiceAccountTokenIssuedForAnotherClientIsRefused() {
        // What Keycloak gives the oer-provisioning service account: audience realm-management, not oer-api.
        String token = sign(Jwt.subject("service-account-oer-provisioning").issuer("https://server.example.com")
                .audience("realm-management").claim("azp", "oer-provisioning").expiresIn(600));
        given().header("Authorization", token).get("/api/me").then().statusCode(401);
        given().header("Authorization", token).get("/api/cycles").then().statusCode(401);
    }

    @Test
    void aTokenWithAForeignAudienceBesideNoOtherIsRefused() {
        given().header("Authorization", sign(secretariat().audience("another-api"))).get("/api/cycles").then().statusCode(401);
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIdIsA401WithoutIntrospection() throws Exception {
        java.security.KeyPair stranger = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair();
        given().header("Authorization", "Bearer " + secretariat().audience("oer-api").jws().keyId("unknown-key").sign(stranger.getPrivate()))
                .get("/api/me").then().statusCode(401).body("status", equalTo(401));
        oidc.verify(0, WireMock.postRequestedFor(WireMock.urlMatching(".*introspect.*")));
    }
}
