package org.unesco.oer.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * A made-up seventh language, {@code xx}, added by data alone: its files in the test resources
 * (terms/xx.json, questionnaire/translations/oer-recommendation-2022.1/xx.json) and one
 * configuration line. No code knows about it.
 */
@QuarkusTest
@TestProfile(SeventhLanguageTest.WithXx.class)
class SeventhLanguageTest {

    public static class WithXx implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("oer.languages", "ar,zh,en,fr,ru,es,xx");
        }
    }

    @Test
    void theQuestionnaireIsServedInIt() {
        given().header("Authorization", Tokens.focalPoint("fp-ken"))
                .when().get("/api/cycles/oer-2023/questionnaire?lang=xx")
                .then().statusCode(200)
                .body("language", equalTo("xx"))
                .body("languages", hasItem("xx"))
                .body("title", startsWith("ẋ "))
                .body("sections.questions.flatten().label", everyItem(startsWith("ẋ ")));
    }

    @Test
    void registryNamesAreServedInIt() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/member-states/KEN?lang=xx")
                .then().statusCode(200)
                .body("name", equalTo("ẋ Kenya"))
                .body("names.xx", equalTo("ẋ Kenya"))
                .body("region.name", equalTo("ẋ Africa"))
                .body("statusName", equalTo("ẋ Member State"));
    }

    @Test
    void regionNamesAreServedInIt() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/regions?lang=xx")
                .then().statusCode(200).body("name", everyItem(startsWith("ẋ ")));
    }

    @Test
    void cycleTitlesAreServedInIt() {
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/cycles/oer-2023?lang=xx")
                .then().statusCode(200)
                .body("title", equalTo("ẋ First consultation"))
                .body("titles.xx", equalTo("ẋ First consultation"));
    }

    @Test
    void aNewCycleNeedsATitleInIt() {
        given().header("Authorization", Tokens.admin()).contentType("application/json")
                .body(Map.of("code", "no-xx", "titles", Map.of("ar", "a", "zh", "z", "en", "e", "fr", "f", "ru", "r", "es", "s"),
                        "opensOn", "2030-09-01", "deadline", "2031-01-31", "timeZone", "Europe/Paris",
                        "questionnaireVersion", "2022.1"))
                .when().post("/api/cycles")
                .then().statusCode(400).body("violations[0].field", equalTo("titles.xx"));
    }
}
