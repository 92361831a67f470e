package org.unesco.oer.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * A made-up seventh language, {@code xx}, added by data alone: its files in the test resources
 * (terms/xx.json, questionnaire/translations/oer-recommendation-2022.1/xx.json,
 * letters/letters_xx.properties, exports/exports_xx.properties) and one configuration line. No
 * code knows about it.
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

    @Inject
    ReportFixture fixture;
    @Inject
    MockMailbox mailbox;

    @Test
    void aReminderLetterIsWrittenInIt() {
        String cycle = fixture.openCycle("xx-letters");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("language", "xx", "nationalCommission", Map.of("email", "natcom@mda.example.org")))
                .put("/api/member-states/MDA/contacts").then().statusCode(200).body("language", equalTo("xx"));
        mailbox.clear();
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("stage", "not_started", "states", List.of("MDA"))).post("/api/cycles/" + cycle + "/reminders")
                .then().statusCode(200).body("sent[0].language", equalTo("xx"));
        Mail mail = mailbox.getMailsSentTo("natcom@mda.example.org").get(0);
        assertThat(mail.getSubject()).startsWith("ẋ Reminder");
        assertThat(mail.getText()).startsWith("ẋ Dear colleague").contains("ẋ Moldova, Republic of").contains("ẋ not started");
    }

    @Test
    void theSynthesisWorkbookIsWrittenInIt() throws IOException {
        String cycle = fixture.openCycle("xx-synthesis");
        byte[] xlsx = given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + cycle + "/exports/synthesis.xlsx?lang=xx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).filteredOn(n -> !n.startsWith("A1_")).allSatisfy(n -> assertThat(n).startsWith("ẋ "));
            Sheet about = wb.getSheet("ẋ About");
            assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ẋ Item");
            Sheet codebook = wb.getSheet("ẋ Codebook");
            assertThat(codebook.getRow(0).getCell(codebook.getRow(0).getLastCellNum() - 1).getStringCellValue()).isEqualTo("ẋ Label (xx)");
            assertThat(codebook.getRow(1).getCell(codebook.getRow(0).getLastCellNum() - 1).getStringCellValue()).startsWith("ẋ ");
            Sheet missing = wb.getSheet("ẋ Not reporting");
            assertThat(missing.getRow(1).getCell(3).getStringCellValue()).startsWith("ẋ ");
            assertThat(missing.getRow(1).getCell(6).getStringCellValue()).isEqualTo("ẋ no report started");
        }
    }

    @Test
    void theNationalWorkbookIsWrittenInIt() throws IOException {
        String cycle = fixture.openCycle("xx-national");
        byte[] xlsx = given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + cycle + "/reports/KEN/export.xlsx?lang=xx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("ẋ Report");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("ẋ Cycle");
        }
    }

    @Test
    void aLanguageConfiguredWithoutItsLettersAndWordsStopsTheStartUpNamingTheFiles() {
        assertThatThrownBy(() -> TextBundle.requireComplete(LanguageBundles.BASES, List.of("en", "xy")))
                .hasMessageContaining("letters/letters_xy.properties: missing from the classpath")
                .hasMessageContaining("exports/exports_xy.properties: missing from the classpath");
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

    @Test
    void problemsAreSaidInItFromItsBundle() {
        given().header("Authorization", Tokens.secretariat()).queryParam("lang", "xx").get("/api/cycles/no-such-cycle")
                .then().statusCode(404).body("title", startsWith("ẋ ")).body("detail", startsWith("ẋ "));
    }
}
