package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unesco.oer.export.ExportFixture.Stored;
import org.unesco.oer.platform.TextBundle;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.questionnaire.QuestionnaireTexts;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both workbooks in Chinese, Russian and Spanish: their sheet names, headers, notes, statuses,
 * membership, reasons and About texts are the language's, with no English sentence left; only
 * Arabic reads right to left; the cells use the language's font. The reports of this cycle answer
 * with texts free of English, so that whatever English a workbook shows would be the export's own.
 */
@QuarkusTest
class LocalizedWorkbooksTest {

    static final String CYCLE = "export-i18n";
    static final String SYNTHESIS = "/api/cycles/" + CYCLE + "/exports/synthesis.xlsx";
    /** Two Latin words in a row: an English phrase in Chinese or Russian text. */
    private static final Pattern LATIN_PHRASE = Pattern.compile("[A-Za-z]{2,} [A-Za-z]{2,}");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static boolean stored;

    @Inject
    ExportFixture fixture;
    @Inject
    ReportFixture reports;
    @Inject
    QuestionnaireCatalog catalog;

    @BeforeEach
    void storeReports() {
        if (stored) {
            return;
        }
        fixture.cycle(CYCLE, Map.of("ar", "الاختبار", "zh", "测试", "en", "Test", "fr", "Essai", "ru", "Проверка", "es", "Prueba"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        fixture.report(CYCLE, "KEN", ReportStatus.VALIDATED, List.of(new Stored(at(3, 10), false, answers("KEN"))));
        fixture.report(CYCLE, "JOR", ReportStatus.SUBMITTED, List.of(new Stored(at(4, 2), true, answers("JOR"))));
        fixture.report(CYCLE, "ABW", ReportStatus.SUBMITTED, List.of(new Stored(at(3, 5), false, answers("ABW"))));
        fixture.report(CYCLE, "BRA", ReportStatus.RETURNED, List.of(new Stored(at(3, 15), false, answers("BRA"))));
        fixture.report(CYCLE, "NGA", ReportStatus.DRAFT, List.of());
        stored = true;
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 11, 30);
    }

    /** A complete submission whose free texts (anything with a space) are Chinese: no English comes from the data. */
    private Map<String, Object> answers(String state) {
        Map<String, Object> answers = new LinkedHashMap<>();
        reports.completeAnswers(state).forEach((code, value) -> answers.put(code, neutral(value)));
        return answers;
    }

    private static JsonNode neutral(JsonNode value) {
        if (value.isTextual()) {
            return value.asText().contains(" ") ? F.textNode("国家资料") : value;
        }
        if (value.isArray()) {
            ArrayNode out = F.arrayNode();
            value.forEach(v -> out.add(neutral(v)));
            return out;
        }
        if (value.isObject()) {
            ObjectNode out = F.objectNode();
            value.fields().forEachRemaining(e -> out.set(e.getKey(), neutral(e.getValue())));
            return out;
        }
        return value;
    }

    private static XSSFWorkbook get(String path) {
        Response r = given().header("Authorization", Tokens.analyst()).get(path);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        return ExportFixture.read(r.asByteArray());
    }

    private static XSSFWorkbook synthesis(String lang) {
        return get(SYNTHESIS + "?lang=" + lang);
    }

    private static XSSFWorkbook national(String lang) {
        return get(ReportFixture.reportPath(CYCLE, "KEN") + "/export.xlsx?lang=" + lang);
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "ru", "es"})
    void theSynthesisSheetsHaveTheLanguagesNames(String lang) throws IOException {
        ExportWords words = ExportWords.of(lang);
        try (XSSFWorkbook wb = synthesis(lang)) {
            assertThat(sheetNames(wb)).containsExactly(words.get("sheet.about"), words.get("sheet.response"),
                    words.get("sheet.indicators"), words.get("sheet.questions"), words.get("sheet.wide"), "A1_INITIATIVES",
                    words.get("sheet.long"), words.get("sheet.free_text"), words.get("sheet.codebook"), words.get("sheet.not_reporting"));
            assertThat(sheetNames(wb)).doesNotContainAnyElementsOf(List.of("About", "Response", "Answers (wide)", "Free text"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "ru", "es"})
    void everyHeaderIsInTheLanguageOrACode(String lang) throws IOException {
        Set<String> english = translatedEnglish(lang);
        try (XSSFWorkbook wb = synthesis(lang)) {
            List<String> untranslated = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Cell cell : sheet.getRow(0)) {
                    if (english.contains(cell.getStringCellValue())) {
                        untranslated.add(sheet.getSheetName() + ": " + cell.getStringCellValue());
                    }
                }
            }
            assertThat(untranslated).isEmpty();
            Sheet wide = wb.getSheet(ExportWords.of(lang).get("sheet.wide"));
            assertThat(ExportFixture.header(wide)).startsWith(ExportWords.of(lang).all("col.state", "col.state_name", "col.region",
                    "col.membership", "col.status").toArray(String[]::new));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "ru", "es"})
    void theSynthesisHasNoEnglishSentence(String lang) throws IOException {
        try (XSSFWorkbook wb = synthesis(lang)) {
            assertThat(englishIn(wb, lang)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "ru", "es"})
    void theNationalWorkbookIsInTheLanguageWithNoEnglishSentence(String lang) throws IOException {
        try (XSSFWorkbook wb = national(lang)) {
            assertThat(sheetNames(wb)).containsExactly(ExportWords.of(lang).get("sheet.report"));
            assertThat(englishIn(wb, lang)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh, 已验证, 会员国, 尚未开始填写报告", "ru, подтверждён, государство-член, доклад не начат",
            "es, validado, Estado Miembro, no se ha iniciado ningún informe"})
    void statusesMembershipAndReasonsAreInTheLanguage(String lang, String validated, String member, String noReport) throws IOException {
        ExportWords words = ExportWords.of(lang);
        try (XSSFWorkbook wb = synthesis(lang)) {
            Sheet wide = wb.getSheet(words.get("sheet.wide"));
            Row ken = ExportFixture.row(wide, words.get("col.state"), "KEN");
            assertThat(ExportFixture.value(ken, wide, words.get("col.status"))).isEqualTo(validated);
            assertThat(ExportFixture.value(ken, wide, words.get("col.membership"))).isEqualTo(member);
            Sheet missing = wb.getSheet(words.get("sheet.not_reporting"));
            Row zwe = ExportFixture.row(missing, words.get("col.state"), "ZWE");
            assertThat(ExportFixture.value(zwe, missing, words.get("col.why_not_counted"))).isEqualTo(noReport);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void onlyArabicSheetsReadRightToLeft(String lang) throws IOException {
        for (XSSFWorkbook wb : List.of(synthesis(lang), national(lang))) {
            try (wb) {
                for (Sheet sheet : wb) {
                    assertThat(((XSSFSheet) sheet).isRightToLeft()).as(lang + " " + sheet.getSheetName()).isEqualTo(lang.equals("ar"));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ar, Arial, 178", "zh, Microsoft YaHei, 134", "en, Calibri, 0", "ru, Calibri, 204", "es, Calibri, 0"})
    void everyCellIsInAFontThatHasTheLanguagesScript(String lang, String font, int charset) throws IOException {
        try (XSSFWorkbook wb = synthesis(lang)) {
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertThat(wb.getFontAt(i).getFontName()).as("font " + i).isEqualTo(font);
                assertThat(wb.getFontAt(i).getCharSet()).as("charset of font " + i).isEqualTo(charset);
                assertThat(wb.getFontAt(i).getScheme()).as("no theme font overrides font " + i).isEqualTo(org.apache.poi.ss.usermodel.FontScheme.NONE);
            }
        }
    }

    /** The English texts of the words file that {@code lang} says otherwise. */
    private static Set<String> translatedEnglish(String lang) {
        TextBundle en = TextBundle.of(ExportWords.BASE, "en");
        TextBundle mine = TextBundle.of(ExportWords.BASE, lang);
        Set<String> texts = new HashSet<>();
        en.keys().stream().filter(k -> !en.text(k).equals(mine.text(k))).forEach(k -> texts.add(en.text(k)));
        return texts;
    }

    /**
     * Every text cell that shows English: a phrase of the English words or questionnaire texts
     * that the language says otherwise, and (for scripts other than Latin) any two Latin words
     * in a row. The Codebook's label columns of other languages are theirs by design.
     */
    private List<String> englishIn(XSSFWorkbook wb, String lang) {
        TextBundle en = TextBundle.of(ExportWords.BASE, "en");
        TextBundle mine = TextBundle.of(ExportWords.BASE, lang);
        Set<String> phrases = new TreeSet<>();
        for (String key : en.keys()) {
            if (!en.text(key).equals(mine.text(key))) {
                for (String part : en.text(key).split("\\{\\d}")) {
                    if (LATIN_PHRASE.matcher(part).find()) {
                        phrases.add(part.strip());
                    }
                }
            }
        }
        QuestionnaireCatalog.Published published = catalog.require("2022.1");
        QuestionnaireTexts.of(published.definition()).keySet().forEach(key -> {
            String english = published.text(key, "en");
            if (english != null && !english.equals(published.text(key, lang)) && LATIN_PHRASE.matcher(english).find()) {
                phrases.add(english);
            }
        });
        boolean latinScript = lang.equals("es") || lang.equals("fr") || lang.equals("en");
        ExportWords words = ExportWords.of(lang);
        Set<String> otherLabelColumns = new HashSet<>();
        published.languages().stream().filter(l -> !l.equals(lang)).forEach(l -> otherLabelColumns.add(words.get("col.label_in", l)));
        List<String> found = new ArrayList<>();
        for (Sheet sheet : wb) {
            Set<Integer> otherLanguages = new HashSet<>();
            if (sheet.getSheetName().equals(words.get("sheet.codebook"))) {
                for (Cell cell : sheet.getRow(0)) {
                    if (otherLabelColumns.contains(cell.getStringCellValue())) {
                        otherLanguages.add(cell.getColumnIndex());
                    }
                }
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING || otherLanguages.contains(cell.getColumnIndex())) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    boolean english = phrases.stream().anyMatch(text::contains) || (!latinScript && LATIN_PHRASE.matcher(text).find());
                    if (english) {
                        found.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + text);
                    }
                }
            }
        }
        return found;
    }
}
