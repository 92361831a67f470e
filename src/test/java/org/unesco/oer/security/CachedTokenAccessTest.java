package org.unesco.oer.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A token trusted from the cache is still held to its own scope, request by request. */
@QuarkusTest
class CachedTokenAccessTest {

    @Inject
    ReportFixture fixture;
    @Inject
    VerifiedBearerTokens tokens;

    @Test
    void aFocalPointsCachedTokenStillReachesOnlyItsOwnState() {
        String cycle = fixture.openCycle();
        fixture.designate(cycle, "LCA", "fp-lca");
        String fp = Tokens.focalPoint("fp-lca");
        given().header("Authorization", fp).get(ReportFixture.reportPath(cycle, "LCA")).then().statusCode(200);
        assertThat(tokens.holds(fp.substring("Bearer ".length()))).isTrue();
        given().header("Authorization", fp).get(ReportFixture.reportPath(cycle, "VCT")).then().statusCode(404);
        given().header("Authorization", fp).get(ReportFixture.reportPath(cycle, "LCA")).then().statusCode(200);
        given().header("Authorization", fp).get("/api/cycles/" + cycle + "/exports/synthesis.xlsx").then().statusCode(403);
    }

    @Test
    void aTokenWithATamperedPayloadIsRefusedEvenAfterTheGenuineOneWasCached() {
        String cycle = fixture.openCycle();
        fixture.designate(cycle, "GRD", "fp-grd");
        String token = Tokens.of("fp-grd", "focal-point");
        given().header("Authorization", "Bearer " + token).get(ReportFixture.reportPath(cycle, "GRD")).then().statusCode(200);
        String[] parts = token.split("\\.");
        String secretariat = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\"focal-point\"", "\"secretariat\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().header("Authorization", "Bearer " + parts[0] + "." + secretariat + "." + parts[2])
                .get("/api/cycles/" + cycle + "/exports/synthesis.xlsx").then().statusCode(401);
    }
}
