package org.unesco.oer.export;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.export.ExportFixture.Stored;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.oer.export.ExportFixture.column;
import static org.unesco.oer.export.ExportFixture.rows;
import static org.unesco.oer.export.ExportFixture.text;

/**
 * Hostile answers submitted through the API stay inert text in every sheet of both workbooks,
 * and a 40,000-character answer survives whole across continuation rows.
 */
@QuarkusTest
class ExportSafetyTest {

    static final String CYCLE = "export-safety";
    static final String HOSTILE_STATE = "RWA";
    static final String LONG_STATE = "NAM";
    static final String FP = "fp-export-rwa";
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "@SUM(A1)", "+1", "-2",
            "\tTabbed official", "\rCarriage return", "\nLine feed", "=1+1", "=cmd|' /C calc'!A0", "-3");
    /** 40,000 characters with an emoji (a surrogate pair) exactly across the first cell's limit. */
    static final String FORTY_THOUSAND = "x".repeat(SafeText.CELL_LIMIT - 1) + "\uD83D\uDE00" + "y".repeat(40_000 - SafeText.CELL_LIMIT - 1);
    private static boolean stored;

    @Inject
    ReportFixture reports;
    @Inject
    ExportFixture fixture;

    @BeforeEach
    void submit() {
        if (stored) {
            return;
        }
        fixture.cycle(CYCLE, reports.today().minusDays(30), reports.today().plusDays(30), null);
        reports.designate(CYCLE, HOSTILE_STATE, FP);
        Map<String, Object> answers = new LinkedHashMap<>(reports.completeAnswers(HOSTILE_STATE));
        answers.put("Q02", HOSTILE.get(0));
        answers.put("Q05", HOSTILE.get(1));
        answers.put("Q03", Map.of("name", HOSTILE.get(2), "institution", HOSTILE.get(3), "email", "focal@example.org"));
        answers.put("Q04", List.of(Map.of("name", HOSTILE.get(4))));
        answers.put("A2_INCENTIVES", HOSTILE.get(5));
        answers.put("Q06", "yes");
        answers.put("Q07", HOSTILE.get(6));
        answers.put("A1_CAPACITY_BUILDING_INITIATIVES", "yes");
        answers.put("A1_TARGET_GROUPS", List.of("teachers"));
        answers.put("A1_CAPACITY_BUILDING_DETAILS", HOSTILE.get(7));
        answers.put("A1_INITIATIVES", List.of(Map.of("NAME", HOSTILE.get(8), "DESCRIPTION", HOSTILE.get(9))));
        String fp = Tokens.focalPoint(FP);
        ReportFixture.patch(fp, CYCLE, HOSTILE_STATE, answers, 0);
        ReportFixture.submit(fp, ReportFixture.reportPath(CYCLE, HOSTILE_STATE)).statusCode(200);

        // No question of the shipped questionnaire accepts 40,000 characters any more; earlier data may hold them.
        Map<String, Object> long40k = new HashMap<>();
        reports.completeAnswers(LONG_STATE).forEach((code, value) -> long40k.put(code, value));
        long40k.put("Q05", FORTY_THOUSAND);
        fixture.report(CYCLE, LONG_STATE, ReportStatus.SUBMITTED, List.of(new Stored(reports.today().minusDays(1).atTime(12, 0), false, long40k)));
        stored = true;
    }

    static byte[] synthesis() {
        return given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/exports/synthesis.xlsx")
                .then().statusCode(200).extract().asByteArray();
    }

    @Test
    void hostileAnswersAreQuotePrefixedTextInEverySheetAndNothingIsAFormula() throws IOException {
        try (XSSFWorkbook wb = ExportFixture.read(synthesis())) {
            List<String> seen = assertInert(wb);
            assertThat(seen).containsAll(HOSTILE);
            Sheet wide = wb.getSheet("Answers (wide)");
            Row rwa = ExportFixture.row(wide, "State", HOSTILE_STATE);
            Cell q02 = rwa.getCell(column(wide, "Q02"));
            assertThat(q02.getCellType()).isEqualTo(CellType.STRING);
            assertThat(q02.getStringCellValue()).isEqualTo(HOSTILE.get(0));
            assertThat(q02.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theNationalWorkbookIsInertToo() throws IOException {
        byte[] bytes = given().header("Authorization", Tokens.focalPoint(FP))
                .get(ReportFixture.reportPath(CYCLE, HOSTILE_STATE) + "/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = ExportFixture.read(bytes)) {
            List<String> seen = assertInert(wb);
            assertThat(seen).contains(HOSTILE.get(0), HOSTILE.get(1), HOSTILE.get(5), HOSTILE.get(6), HOSTILE.get(7));
        }
    }

    /** Every cell of every sheet: no formula; text starting with = + - @ tab CR LF is quote-prefixed. Returns all texts. */
    static List<String> assertInert(XSSFWorkbook wb) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        String v = cell.getStringCellValue();
                        texts.add(v);
                        if (SafeText.needsQuotePrefix(v)) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(sheet.getSheetName() + "!" + cell.getAddress() + " " + v).isTrue();
                        }
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void aFortyThousandCharacterAnswerSurvivesWholeAcrossRows() throws IOException {
        try (XSSFWorkbook wb = ExportFixture.read(synthesis())) {
            Sheet free = wb.getSheet("Free text");
            List<Row> parts = rows(free, "Question", "Q05").stream().filter(r -> LONG_STATE.equals(text(r.getCell(column(free, "State"))))).toList();
            assertThat(parts).extracting(r -> text(r.getCell(column(free, "Part")))).containsExactly("1/2", "2/2");
            assertThat(parts.stream().map(r -> text(r.getCell(column(free, "Text")))).reduce("", String::concat)).isEqualTo(FORTY_THOUSAND);

            Sheet tidy = wb.getSheet("Answers (long)");
            List<Row> longParts = rows(tidy, "Question", "Q05").stream().filter(r -> LONG_STATE.equals(text(r.getCell(0)))).toList();
            assertThat(longParts.stream().map(r -> text(r.getCell(column(tidy, "Text")))).reduce("", String::concat)).isEqualTo(FORTY_THOUSAND);

            Sheet wide = wb.getSheet("Answers (wide)");
            String cell = text(ExportFixture.row(wide, "State", LONG_STATE).getCell(column(wide, "Q05")));
            assertThat(cell).hasSizeLessThanOrEqualTo(SafeText.CELL_LIMIT).contains("40000 characters").contains("'Free text'");
        }
        byte[] national = given().header("Authorization", Tokens.analyst())
                .get(ReportFixture.reportPath(CYCLE, LONG_STATE) + "/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = ExportFixture.read(national)) {
            Sheet report = wb.getSheet("Report");
            StringBuilder whole = new StringBuilder();
            boolean inQ05 = false;
            for (Row row : report) {
                String number = text(row.getCell(0));
                String label = text(row.getCell(1));
                if ("5".equals(number)) {
                    inQ05 = true;
                } else if (inQ05 && !"(continued)".equals(label)) {
                    break;
                }
                if (inQ05) {
                    whole.append(text(row.getCell(2)));
                }
            }
            assertThat(whole.toString()).isEqualTo(FORTY_THOUSAND);
        }
    }
}
