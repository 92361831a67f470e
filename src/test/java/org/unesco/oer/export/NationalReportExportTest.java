package org.unesco.oer.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.unesco.oer.export.ExportFixture.text;
import static org.unesco.oer.support.ReportFixture.OPEN_CYCLE;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** One state's report as a workbook: its content in the chosen language, and who may have it. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class NationalReportExportTest {

    static final String STATE = "ZWE";
    static final String OTHER = "ZMB";
    static final String FP = "fp-export-zwe";
    private static String digest;

    @Inject
    ReportFixture fixture;

    @BeforeEach
    void submit() {
        if (digest != null) {
            return;
        }
        fixture.openCycle();
        fixture.designate(OPEN_CYCLE, STATE, FP);
        Map<String, Object> answers = new LinkedHashMap<>(fixture.completeAnswers(STATE));
        answers.put("Q02", "Ministère de l'Éducation");
        answers.put("A1_OER_REPOSITORY", "planned");
        answers.put("A1_OER_REPOSITORY_DETAILS", "A national repository is planned for 2027");
        String fp = Tokens.focalPoint(FP);
        ReportFixture.patch(fp, OPEN_CYCLE, STATE, answers, 0);
        digest = ReportFixture.submit(fp, reportPath(OPEN_CYCLE, STATE)).statusCode(200)
                .extract().path("digest");
    }

    static XSSFWorkbook export(String token, String lang) {
        Response r = given().header("Authorization", token).get(reportPath(OPEN_CYCLE, STATE) + "/export.xlsx" + (lang == null ? "" : "?lang=" + lang));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).contains("report_" + OPEN_CYCLE + "_zwe_" + (lang == null ? "en" : lang) + ".xlsx");
        return ExportFixture.read(r.asByteArray());
    }

    /** Column B → column C of every row that has both. */
    static Map<String, String> pairs(Sheet sheet) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Row row : sheet) {
            String key = text(row.getCell(1));
            if (key != null && row.getCell(2) != null) {
                pairs.put(key, row.getCell(2).toString());
            }
        }
        return pairs;
    }

    @Test
    void theFocalPointExportsTheirReportInFrenchWithStatusAndReceipt() throws IOException {
        try (XSSFWorkbook wb = export(Tokens.focalPoint(FP), "fr")) {
            Sheet s = wb.getSheet("Rapport");
            assertThat(s).isNotNull();
            Map<String, String> pairs = pairs(s);
            assertThat(pairs.get("État membre")).isEqualTo("Zimbabwe (ZWE)");
            assertThat(pairs.get("Statut")).isEqualTo("soumis");
            assertThat(pairs.get("Accusé de réception (SHA-256)")).isEqualTo(digest);
            assertThat(pairs.get("Soumis en retard")).isEqualTo("non");
            assertThat(pairs).containsValue("Ministère de l'Éducation");
            assertThat(pairs).containsValue("A national repository is planned for 2027");
            assertThat(pairs).containsValue("Non");
        }
    }

    @Test
    void questionsComeInOrderAndHiddenOnesAreLeftOut() throws IOException {
        try (XSSFWorkbook wb = export(Tokens.analyst(), null)) {
            Sheet s = wb.getSheetAt(0);
            List<String> numbers = new ArrayList<>();
            for (Row row : s) {
                String n = text(row.getCell(0));
                if (n != null && n.matches("\\d+")) {
                    numbers.add(n);
                }
            }
            assertThat(numbers).startsWith("1", "2", "3", "4", "5", "6", "8");   // 7 is hidden: Q06 = no
            assertThat(numbers).contains("18", "20").doesNotContain("19");       // count only if a repository exists
            assertThat(pairs(s).get("Member State")).isEqualTo("Zimbabwe (ZWE)");
        }
    }

    @Test
    void arabicReadsRightToLeft() throws IOException {
        try (XSSFWorkbook wb = export(Tokens.secretariat(), "ar")) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.isRightToLeft()).isTrue();
            assertThat(pairs(s).get("الحالة")).isEqualTo("مُقدَّم");
        }
    }

    @Test
    void aFocalPointGetsNotFoundForAnotherState() {
        given().header("Authorization", Tokens.focalPoint(FP)).get(reportPath(OPEN_CYCLE, OTHER) + "/export.xlsx").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.focalPoint(FP)).get(reportPath(OPEN_CYCLE, "XYZ") + "/export.xlsx").then()
                .statusCode(404);
    }

    @Test
    void anonymousCallersAndAdministratorsAreRefused() {
        given().get(reportPath(OPEN_CYCLE, STATE) + "/export.xlsx").then().statusCode(401);
        given().header("Authorization", Tokens.admin()).get(reportPath(OPEN_CYCLE, STATE) + "/export.xlsx").then().statusCode(403);
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        given().header("Authorization", Tokens.analyst()).get(reportPath(OPEN_CYCLE, STATE) + "/export.xlsx?lang=de").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("lang"));
    }
}
