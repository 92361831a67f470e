package org.unesco.oer.cycle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class CycleResourceTest {

    private static final String ARABIC = ".*[\\u0600-\\u06FF].*";

    @Inject
    ReportFixture fixture;

    @Test
    void theFirstConsultationIsCl4398WithItsDeadlineOn31January2023() {
        given().header("Authorization", Tokens.focalPoint("fp-ken"))
                .when().get("/api/cycles/oer-2023")
                .then().statusCode(200)
                .body("circularLetter", equalTo("CL/4398"))
                .body("deadline.lastDay", equalTo("2023-01-31"))
                .body("deadline.timeZone", equalTo("Europe/Paris"))
                .body("deadline.endsAt", equalTo("2023-01-31T23:00:00Z"))
                .body("questionnaireVersion", equalTo("2022.1"))
                .body("phase", equalTo("closed"));
    }

    @Test
    void aCycleBetweenItsOpeningAndItsDeadlineIsOpenWithItsDaysLeft() {
        fixture.openCycle("open-today");
        given().header("Authorization", Tokens.analyst())
                .when().get("/api/cycles")
                .then().statusCode(200)
                .body("code", hasItems("oer-2023", "oer-2027", "open-today"))
                .body("find { it.code == 'open-today' }.phase", equalTo("open"))
                .body("find { it.code == 'open-today' }.daysLeft", notNullValue());
    }

    @Test
    void theQuestionnaireInArabicHasArabicForEveryLabel() {
        JsonPath json = given().header("Authorization", Tokens.focalPoint("fp-jor"))
                .when().get("/api/cycles/oer-2023/questionnaire?lang=ar")
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("language")).isEqualTo("ar");
        assertThat(json.getBoolean("fallback")).isFalse();
        assertThat(json.getString("title")).matches(ARABIC);
        List<Map<String, Object>> sections = json.getList("sections");
        assertThat(sections).allSatisfy(s -> assertThat((String) s.get("title")).matches(ARABIC));
        List<String> labels = json.getList("sections.questions.flatten().label");
        List<String> options = json.getList("sections.questions.flatten().findAll { it.options != null }.options.flatten().label");
        List<String> fields = json.getList("sections.questions.flatten().findAll { it.fields != null }.fields.flatten().label");
        assertThat(labels).hasSizeGreaterThan(50).allSatisfy(l -> assertThat(l).matches(ARABIC));
        assertThat(options).isNotEmpty().allSatisfy(l -> assertThat(l).matches(ARABIC));
        assertThat(fields).isNotEmpty().allSatisfy(l -> assertThat(l).matches(ARABIC));
    }

    @Test
    void acceptLanguagePicksFrenchWhenNoLangIsGiven() {
        given().header("Authorization", Tokens.focalPoint("fp-fra")).header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                .when().get("/api/cycles/oer-2023/questionnaire")
                .then().statusCode(200)
                .body("language", equalTo("fr"))
                .body("sections[1].questions[0].options.find { it.code == 'yes' }.label", equalTo("Oui"));
    }

    @Test
    void anUndeclaredLanguageIsA400ListingTheSupportedOnes() {
        given().header("Authorization", Tokens.focalPoint("fp-bra"))
                .when().get("/api/cycles/oer-2023/questionnaire?lang=pt")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("lang"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("ar, zh, en, fr, ru, es"));
    }

    @Test
    void anUnsupportedAcceptLanguageFallsBackToEnglish() {
        given().header("Authorization", Tokens.focalPoint("fp-bra")).header("Accept-Language", "pt-BR,pt;q=0.9")
                .when().get("/api/cycles/oer-2023/questionnaire")
                .then().statusCode(200).body("language", equalTo("en")).body("fallback", equalTo(false));
    }

    @Test
    void theQuestionnaireIsServedInTheSixLanguagesInUnOrder() {
        given().header("Authorization", Tokens.focalPoint("fp-bra"))
                .when().get("/api/cycles/oer-2023/questionnaire?lang=es")
                .then().statusCode(200).body("languages", equalTo(List.of("ar", "zh", "en", "fr", "ru", "es")));
    }

    @Test
    void theQuestionnaireInChineseHasChineseForEveryLabel() {
        JsonPath json = given().header("Authorization", Tokens.focalPoint("fp-ind"))
                .when().get("/api/cycles/oer-2023/questionnaire?lang=zh")
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("language")).isEqualTo("zh");
        assertThat(json.getString("title")).contains("开放教育资源");
        List<String> labels = json.getList("sections.questions.flatten().label");
        List<String> options = json.getList("sections.questions.flatten().findAll { it.options != null }.options.flatten().label");
        assertThat(labels).hasSizeGreaterThan(50).allSatisfy(l -> assertThat(l).matches("(?s).*[\\u4E00-\\u9FFF].*"));
        assertThat(options).isNotEmpty().allSatisfy(l -> assertThat(l).matches("(?s).*[\\u4E00-\\u9FFF].*"));
    }

    @Test
    void theQuestionnaireInRussianHasRussianForEveryLabel() {
        JsonPath json = given().header("Authorization", Tokens.focalPoint("fp-ind"))
                .when().get("/api/cycles/oer-2023/questionnaire?lang=ru")
                .then().statusCode(200).extract().jsonPath();
        List<String> labels = json.getList("sections.questions.flatten().label");
        assertThat(labels).hasSizeGreaterThan(50).allSatisfy(l -> assertThat(l).matches("(?s).*[\\u0400-\\u04FF].*"));
    }

    @Test
    void theQuestionnaireInSpanishUsesUnescoTerms() {
        given().header("Authorization", Tokens.focalPoint("fp-bra"))
                .when().get("/api/cycles/oer-2023/questionnaire?lang=es")
                .then().statusCode(200)
                .body("sections[1].questions[0].options.find { it.code == 'yes' }.label", equalTo("Sí"))
                .body("title", org.hamcrest.Matchers.containsString("Recomendación"));
    }

    @Test
    void theSeededCycleHasItsTitleInTheSixLanguages() {
        given().header("Authorization", Tokens.secretariat())
                .when().get("/api/cycles/oer-2023?lang=ru")
                .then().statusCode(200)
                .body("title", org.hamcrest.Matchers.startsWith("Первая консультация"))
                .body("titles.keySet()", org.hamcrest.Matchers.contains("ar", "zh", "en", "fr", "ru", "es"))
                .body("titles.en", equalTo("First consultation on the implementation of the 2019 Recommendation on OER"))
                .body("titleLanguage", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aCycleNeedsATitleInEveryLanguage() {
        Map<String, String> titles = new java.util.LinkedHashMap<>(fixture.titles("x"));
        titles.remove("ru");
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "no-russian", "titles", titles,
                        "opensOn", "2030-09-01", "deadline", "2031-01-31", "timeZone", "Europe/Paris",
                        "questionnaireVersion", "2022.1"))
                .when().post("/api/cycles")
                .then().statusCode(400).body("violations[0].field", equalTo("titles.ru"));
    }

    @Test
    void aCycleTitleInAnUndeclaredLanguageIsRefused() {
        Map<String, String> titles = new java.util.LinkedHashMap<>(fixture.titles("x"));
        titles.put("pt", "Consulta");
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "with-portuguese", "titles", titles,
                        "opensOn", "2030-09-01", "deadline", "2031-01-31", "timeZone", "Europe/Paris",
                        "questionnaireVersion", "2022.1"))
                .when().post("/api/cycles")
                .then().statusCode(400).body("violations[0].field", equalTo("titles.pt"));
    }

    @Test
    void anUndeclaredLanguageForCyclesIsA400() {
        given().header("Authorization", Tokens.secretariat())
                .when().get("/api/cycles?lang=de")
                .then().statusCode(400).body("violations[0].field", equalTo("lang"));
    }

    @Test
    void aMalformedLanguageIsA400Problem() {
        given().header("Authorization", Tokens.focalPoint("fp-bra"))
                .when().get("/api/cycles/oer-2023/questionnaire?lang=english")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("lang"));
    }

    @Test
    void anUnknownCycleIsA404Problem() {
        given().header("Authorization", Tokens.secretariat())
                .when().get("/api/cycles/oer-1999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("Reporting cycle 'oer-1999' does not exist"));
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/api/cycles")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
    }

    @Test
    void anInvalidTokenGets401() {
        given().header("Authorization", "Bearer not-a-token").when().get("/api/cycles")
                .then().statusCode(401);
    }

    @Test
    void anAdminCreatesACycle() {
        LocalDate opens = fixture.today().plusDays(30);
        LocalDate deadline = opens.plusDays(150);
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "test-created", "titles", fixture.titles("Test"),
                        "opensOn", opens.toString(), "deadline", deadline.toString(), "timeZone", "America/Sao_Paulo",
                        "questionnaireVersion", "2022.1"))
                .when().post("/api/cycles")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/cycles/test-created"))
                .body("deadline.endsAt", equalTo(deadline.plusDays(1).atStartOfDay(ZoneId.of("America/Sao_Paulo")).toInstant().toString()))
                .body("phase", equalTo("upcoming"));
    }

    @Test
    void aCycleCodeCannotBeReused() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "oer-2023", "titles", fixture.titles("x"),
                        "opensOn", "2030-09-01", "deadline", "2031-01-31", "timeZone", "Europe/Paris",
                        "questionnaireVersion", "2022.1"))
                .when().post("/api/cycles")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aCycleNeedsARealTimeZoneAndAPublishedQuestionnaire() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "bad-zone", "titles", fixture.titles("x"),
                        "opensOn", "2030-09-01", "deadline", "2031-01-31", "timeZone", "Mars/Olympus",
                        "questionnaireVersion", "2022.1"))
                .when().post("/api/cycles")
                .then().statusCode(400).body("violations[0].field", equalTo("timeZone"));
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "bad-version", "titles", fixture.titles("x"),
                        "opensOn", "2030-09-01", "deadline", "2031-01-31", "timeZone", "Europe/Paris",
                        "questionnaireVersion", "9.9"))
                .when().post("/api/cycles")
                .then().statusCode(400).body("violations[0].field", equalTo("questionnaireVersion"));
    }

    @Test
    void missingFieldsAreNamedInTheProblem() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "Not A Code"))
                .when().post("/api/cycles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("code", "deadline", "timeZone"));
    }

    @Test
    void onlyAnAdminCreatesCycles() {
        given().header("Authorization", Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("code", "nope"))
                .when().post("/api/cycles")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
