package org.unesco.oer.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class MemberStateResourceTest {

    @Inject
    MemberStateLoader loader;

    @Test
    void statesCorrespondInTheirOfficialLanguageByDefault() {
        for (Object[] expected : new Object[][]{{"CHN", "zh"}, {"RUS", "ru"}, {"MEX", "es"}, {"FRA", "fr"}, {"JOR", "ar"}, {"NGA", "en"}}) {
            given().header("Authorization", Tokens.secretariat()).get("/api/member-states/" + expected[0] + "/contacts")
                    .then().statusCode(200).body("language", org.hamcrest.Matchers.equalTo(expected[1]));
        }
    }

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
    void aStateHasItsUnShortNameInTheSixLanguages() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states/RUS?lang=zh")
                .then().statusCode(200)
                .body("name", equalTo("俄罗斯"))
                .body("names.keySet()", org.hamcrest.Matchers.contains("ar", "zh", "en", "fr", "ru", "es"))
                .body("names.ru", equalTo("Российская Федерация"))
                .body("names.es", equalTo("Federación Rusa"))
                .body("statusName", equalTo("会员国"));
    }

    @Test
    void everyStateHasANameInEveryLanguage() {
        for (String lang : java.util.List.of("ar", "zh", "en", "fr", "ru", "es")) {
            given().header("Authorization", Tokens.analyst())
                    .when().get("/api/member-states?lang=" + lang)
                    .then().statusCode(200).body("$", hasSize(205))
                    .body("name", everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.blankOrNullString())));
        }
    }

    @Test
    void regionsAreNamedInSpanish() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/regions?lang=es")
                .then().statusCode(200)
                .body("find { it.code == 'LAC' }.name", equalTo("América Latina y el Caribe"))
                .body("find { it.code == 'AFR' }.names.zh", equalTo("非洲"));
    }

    @Test
    void membershipAndReportStatusesAreNamedInRussian() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/terms?lang=ru")
                .then().statusCode(200)
                .body("membership.associate", equalTo("Ассоциированный член"))
                .body("reportStatus.validated", equalTo("Подтвержден"))
                .body("timeliness.late", notNullValue());
    }

    @Test
    void anUndeclaredLanguageIsA400ListingTheSupportedOnes() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states/KEN?lang=de")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("lang"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("ar, zh, en, fr, ru, es"));
    }

    @Test
    void anUnsupportedAcceptLanguageFallsBackToEnglish() {
        given().header("Authorization", Tokens.analyst()).header("Accept-Language", "de-DE,de;q=0.9")
                .when().get("/api/member-states/DEU")
                .then().statusCode(200).body("name", equalTo("Germany"));
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
