package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.unesco.oer.bench.SyntheticData;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.platform.Json;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.report.ReportStatus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.oer.export.ExportFixture.column;
import static org.unesco.oer.export.ExportFixture.rows;
import static org.unesco.oer.export.ExportFixture.text;

/** The Free text sheet on its own: each question's section, addresses as cell hyperlinks beside their texts. */
class FreeTextSheetTest {

    static final String DETAILS = "A1_CAPACITY_BUILDING_DETAILS";
    static final List<String> URLS = List.of("https://example.org/training", "javascript:alert(1)", "http://example.org/b?q=1",
            "file:///etc/passwd", "=HYPERLINK(\"http://evil.example\")");

    static byte[] workbook(String lang, int maxHyperlinks) throws IOException {
        QuestionnaireDefinition d = SynthesisWriterTest.shipped();
        List<StateEntry> states = List.of(SyntheticData.registry(1).get(0));
        Map<String, JsonNode> answers = Map.of(
                DETAILS, Json.MAPPER.valueToTree("Teacher training"),
                "A1_CAPACITY_BUILDING_URLS", Json.MAPPER.valueToTree(URLS),
                "A1_INITIATIVES", Json.MAPPER.valueToTree(List.of(
                        Map.of("NAME", "OER Academy", "DESCRIPTION", "Courses", "URL", "https://academy.example.org"),
                        Map.of("NAME", "Open Textbooks"))));
        Instant at = Instant.parse("2023-01-10T10:00:00Z");
        CountedReport report = new CountedReport(states.get(0).code(), ReportStatus.SUBMITTED, at, false, 1, at, "0".repeat(64), answers);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWorkbook book = new ExportWorkbook(ExportWords.of(lang), ExportWorkbook.EXCEL_MAX_ROWS, maxHyperlinks)) {
            SynthesisWriter.write(book, SynthesisWriterTest.context(d, states, lang), SynthesisSource.of(List.of(report)));
            book.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void eachAddressIsACellHyperlinkBesideItsTextAndOnlyHttpAndHttpsLink() throws IOException {
        try (XSSFWorkbook wb = ExportFixture.read(workbook("en", ExportWorkbook.MAX_HYPERLINKS))) {
            Sheet s = wb.getSheet("Free text");
            List<Row> details = rows(s, "Question", DETAILS);
            assertThat(details).extracting(r -> text(r.getCell(column(s, "URLs")))).containsExactlyElementsOf(URLS);
            assertThat(text(details.get(0).getCell(column(s, "Text")))).isEqualTo("Teacher training");
            assertThat(details.subList(1, details.size())).allSatisfy(r -> assertThat(r.getCell(column(s, "Text"))).isNull());
            List<String> links = details.stream().map(r -> r.getCell(column(s, "URLs")).getHyperlink())
                    .map(h -> h == null ? null : h.getType() + " " + h.getAddress()).toList();
            assertThat(links).containsExactly("URL https://example.org/training", null, "URL http://example.org/b?q=1", null, null);
            assertThat(details.get(4).getCell(column(s, "URLs")).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void noCellIsAFormulaAndAllHyperlinksShareOneStyle() throws IOException {
        try (XSSFWorkbook wb = ExportFixture.read(workbook("en", ExportWorkbook.MAX_HYPERLINKS))) {
            Sheet s = wb.getSheet("Free text");
            java.util.Set<Short> styles = new java.util.HashSet<>();
            for (Row r : s) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (c.getHyperlink() != null) {
                        assertThat(c.getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
                        styles.add(c.getCellStyle().getIndex());
                    }
                }
            }
            assertThat(styles).hasSize(1);
            assertThat(wb.getSheet("Free text").getHyperlinkList()).hasSize(4); // two of the list, the item's URL beside its two texts
        }
    }

    @Test
    void aRepeatableGroupItemsAddressStandsBesideEachOfItsTexts() throws IOException {
        try (XSSFWorkbook wb = ExportFixture.read(workbook("en", ExportWorkbook.MAX_HYPERLINKS))) {
            Sheet s = wb.getSheet("Free text");
            List<Row> items = rows(s, "Question", "A1_INITIATIVES");
            assertThat(items).extracting(r -> r.getCell(column(s, "Item")).getNumericCellValue() + " " + text(r.getCell(column(s, "Field")))
                    + " " + text(r.getCell(column(s, "Text"))) + " " + text(r.getCell(column(s, "URLs"))))
                    .containsExactly("1.0 NAME OER Academy https://academy.example.org", "2.0 NAME Open Textbooks null",
                            "1.0 DESCRIPTION Courses https://academy.example.org");
            assertThat(items.get(0).getCell(column(s, "URLs")).getHyperlink().getAddress()).isEqualTo("https://academy.example.org");
        }
    }

    @Test
    void everyRowNamesItsQuestionsSectionInTheWorkbooksLanguage() throws IOException {
        try (XSSFWorkbook wb = ExportFixture.read(workbook("fr", ExportWorkbook.MAX_HYPERLINKS))) {
            ExportWords words = ExportWords.of("fr");
            Sheet s = wb.getSheet(words.get("sheet.free_text"));
            assertThat(ExportFixture.header(s).get(0)).isEqualTo(words.get("col.section"));
            List<Row> details = rows(s, words.get("col.question"), DETAILS);
            assertThat(text(details.get(0).getCell(0))).startsWith("Domaine d'action (i)");
            assertThat(rows(s, words.get("col.question"), "A1_INITIATIVES")).allSatisfy(r -> assertThat(text(r.getCell(0))).startsWith("Domaine d'action (i)"));
        }
    }

    @Test
    void pastTheWorkbooksHyperlinkLimitAddressesArePlainText() throws IOException {
        try (XSSFWorkbook wb = ExportFixture.read(workbook("en", 1))) {
            Sheet s = wb.getSheet("Free text");
            assertThat(s.getHyperlinkList()).hasSize(1);
            assertThat(rows(s, "Question", DETAILS)).extracting(r -> text(r.getCell(column(s, "URLs")))).containsExactlyElementsOf(URLS);
        }
    }
}
