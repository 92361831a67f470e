package org.unesco.oer.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class MemberStateResourceTest {

    @Inject
    MemberStateLoader loader;

    @Test
    void theRegistryHas194MemberStates() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states?status=member")
                .then().statusCode(200).body("$", hasSize(194)).body("status", everyItem(equalTo("member")));
    }

    @Test
    void theRegistryHasElevenAssociateMembers() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states?status=associate")
                .then().statusCode(200).body("$", hasSize(11));
    }

    @Test
    void aStateHasNamesInEnglishFrenchAndArabic() {
        given().header("Authorization", Tokens.focalPoint("fp-jor"))
                .when().get("/api/member-states/JOR?lang=ar")
                .then().statusCode(200)
                .body("name", equalTo("الأردن"))
                .body("names.en", equalTo("Jordan"))
                .body("names.fr", equalTo("Jordanie"))
                .body("region.code", equalTo("ARB"));
    }

    @Test
    void statesCanBeFilteredByRegion() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states?region=LAC")
                .then().statusCode(200).body("region.code", everyItem(equalTo("LAC"))).body("$", hasSize(40));
    }

    @Test
    void regionsCountTheirStates() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/regions?lang=fr")
                .then().statusCode(200)
                .body("$", hasSize(5))
                .body("find { it.code == 'AFR' }.name", equalTo("Afrique"))
                .body("memberStates.sum()", equalTo(194))
                .body("associateMembers.sum()", equalTo(11));
    }

    @Test
    void anUnknownRegionFilterIsA400Problem() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states?region=MARS")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("region"));
    }

    @Test
    void anUnknownStateIsA404Problem() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states/XYZ")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAdminMovesAStateToAnotherRegionAndTheChangeIsRecorded() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("region", "APA", "reason", "UNESCO programme grouping"))
                .when().put("/api/member-states/UZB/region")
                .then().statusCode(200).body("region.code", equalTo("APA"));
        given().header("Authorization", Tokens.secretariat())
                .when().get("/api/member-states/UZB/region-changes")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].oldRegion", equalTo("EUR"))
                .body("[0].newRegion", equalTo("APA"))
                .body("[0].changedBy", equalTo("admin"))
                .body("[0].reason", equalTo("UNESCO programme grouping"));
    }

    @Test
    void reloadingTheRegistryKeepsAdministratorsRegionChanges() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("region", "ARB", "reason", "Programme grouping"))
                .when().put("/api/member-states/DJI/region")
                .then().statusCode(200);
        loader.onStart(null);
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states/DJI")
                .then().statusCode(200).body("region.code", equalTo("ARB"));
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states")
                .then().statusCode(200).body("$", hasSize(205));
    }

    @Test
    void movingAStateToAnUnknownRegionIsRefused() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("region", "ATL", "reason", "x"))
                .when().put("/api/member-states/FRA/region")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRegionChangeNeedsAReason() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("region", "APA"))
                .when().put("/api/member-states/TJK/region")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
    }

    @Test
    void onlyAnAdminMovesStates() {
        given().header("Authorization", Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("region", "APA", "reason", "x"))
                .when().put("/api/member-states/TUR/region")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void focalPointsCannotReadRegionChanges() {
        given().header("Authorization", Tokens.focalPoint("fp-ken"))
                .when().get("/api/member-states/KEN/region-changes")
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/api/member-states").then().statusCode(401);
    }
}
