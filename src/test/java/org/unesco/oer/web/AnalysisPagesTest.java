package org.unesco.oer.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.export.ExportFixture;
import org.unesco.oer.export.ExportFixture.Stored;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysts' pages of a cycle of their own: KEN and GHA (Africa), JOR (Arab States) and FRA
 * (Europe) submitted; the figures are the synthesis workbook's.
 */
@QuarkusTest
class AnalysisPagesTest {

    static final String CYCLE = "pages-analysis";
    static final String BASE = "/analysis/" + CYCLE;
    private static boolean stored;

    @Inject
    ExportFixture fixture;
    @Inject
    ReportFixture reports;

    @BeforeEach
    void storeReports() {
        if (stored) {
            return;
        }
        fixture.cycle(CYCLE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        fixture.report(CYCLE, "KEN", ReportStatus.VALIDATED, List.of(new Stored(at(3, 10), false,
                answers("KEN", "yes", "exists", "Teacher training with open textbooks in Nairobi"))));
        fixture.report(CYCLE, "GHA", ReportStatus.SUBMITTED, List.of(new Stored(at(4, 5), true,
                answers("GHA", "no", "planned", null))));
        fixture.report(CYCLE, "JOR", ReportStatus.VALIDATED, List.of(new Stored(at(3, 20), false,
                answers("JOR", "yes", "none", "تدريب المعلمين على الموارد التعليمية المفتوحة"))));
        fixture.report(CYCLE, "FRA", ReportStatus.SUBMITTED, List.of(new Stored(at(3, 1), false,
                answers("FRA", "yes", "exists", "Formation des enseignants aux REL"))));
        stored = true;
    }

    static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 11, 30);
    }

    Map<String, Object> answers(String state, String capacity, String repository, String details) {
        Map<String, Object> a = new HashMap<>();
        reports.completeAnswers(state).forEach((code, value) -> a.put(code, value.isTextual() ? value.asText() : value));
        a.put("A1_CAPACITY_BUILDING_INITIATIVES", capacity);
        if ("yes".equals(capacity)) {
            a.put("A1_TARGET_GROUPS", List.of("teachers"));
            a.put("A1_CAPACITY_BUILDING_DETAILS", details);
            a.put("A1_CAPACITY_BUILDING_URLS", List.of("https://example.org/" + state + "/training"));
        }
        a.put("A1_OER_REPOSITORY", repository);
        return a;
    }

    private static PageClient analyst() {
        return new PageClient(Tokens.analyst());
    }

    /** The overall count of each indicator on the page, by indicator code. */
    private static Map<String, Integer> overallCounts(Document page) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element table : page.select("table[id^=table-ind-]")) {
            String code = table.id().substring("table-ind-".length());
            counts.put(code, Integer.parseInt(table.selectFirst("tr[data-scope=ALL] .oer-count").text()));
        }
        return counts;
    }

    @Test
    void indicatorCountsAreThoseOfTheSynthesisWorkbook() throws Exception {
        Document page = analyst().page(BASE + "/indicators");
        Map<String, Integer> onPage = overallCounts(page);
        assertThat(onPage).isNotEmpty();
        assertThat(page.selectFirst("#counted").text()).contains("4");
        Response r = given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/exports/synthesis.xlsx");
        try (XSSFWorkbook wb = ExportFixture.read(r.asByteArray())) {
            Sheet s = wb.getSheet("Indicators");
            int code = ExportFixture.column(s, "Indicator");
            int all = ExportFixture.column(s, "ALL states");
            int denominator = ExportFixture.column(s, "ALL reporting states (denominator)");
            for (Row row : s) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String indicator = row.getCell(code).getStringCellValue();
                assertThat(onPage.get(indicator)).as(indicator).isEqualTo((int) row.getCell(all).getNumericCellValue());
                assertThat(page.selectFirst("#table-ind-" + indicator + " tr[data-scope=ALL] .oer-denominator").text())
                        .isEqualTo(String.valueOf((int) row.getCell(denominator).getNumericCellValue()));
            }
        }
    }

    @Test
    void eachFigureHasAnAccessibleChartBesideItsTable() {
        Document page = analyst().page(BASE + "/indicators");
        Element table = page.selectFirst("table[id^=table-ind-]");
        Element row = table.closest(".row");
        Element chart = row.selectFirst("svg");
        assertThat(row.children().indexOf(chart.parent())).isGreaterThan(row.children().indexOf(table.closest(".row > *")));
        assertThat(chart.tagName()).isEqualTo("svg");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.select("title").text()).isNotBlank();
        assertThat(chart.select("desc").text()).contains("of 4");
        assertThat(page.select("table caption")).isNotEmpty();
    }

    @Test
    void filteringByRegionCountsOnlyThatRegionsReports() {
        Document page = analyst().page(BASE + "/indicators?region=AFR");
        assertThat(page.selectFirst("#counted").text()).contains("2");
        assertThat(page.select("tr[data-scope=EUR]")).isEmpty();
        assertThat(page.selectFirst("#region option[selected]").val()).isEqualTo("AFR");
        Element ind = page.selectFirst("table[id^=table-ind-]");
        assertThat(ind.selectFirst("tr[data-scope=ALL] .oer-denominator").text()).isEqualTo("2");
    }

    @Test
    void leavingOutLateReportsAndChangingTheCutOffChangeTheCount() {
        assertThat(analyst().page(BASE + "/indicators?late=false").selectFirst("#counted").text()).contains("3");
        assertThat(analyst().page(BASE + "/indicators?asOf=2026-03-15").selectFirst("#counted").text()).contains("2");
    }

    @Test
    void closedQuestionsAreShownOneAreaAtATime() {
        Document page = analyst().page(BASE + "/indicators");
        Element current = page.selectFirst("nav[aria-label] a[aria-current=page][href*=area=]");
        assertThat(current).isNotNull();
        assertThat(page.select("table[id^=table-q-]")).isNotEmpty();
        Element other = page.select("a.nav-link[href*=area=]").last();
        Document next = analyst().page(other.attr("href").replace("#questions", ""));
        assertThat(next.selectFirst("a.nav-link[aria-current=page][href*=area=]").text()).isEqualTo(other.text());
    }

    @Test
    void aBadCutOffIsTheFormAgainWithAnErrorSummaryNamingTheField() {
        Response r = analyst().get(BASE + "/indicators?asOf=30-04-2026");
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#error-summary a[href=#asOf]")).hasSize(1);
        assertThat(page.select("#asOf.is-invalid")).hasSize(1);
        assertThat(page.selectFirst("#asOf").val()).isEqualTo("30-04-2026");
    }

    @Test
    void choosingAnotherConsultationInTheFiltersOpensItsPage() {
        Response r = analyst().get(BASE + "/indicators?cycle=oer-2023&region=AFR");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).contains("/analysis/oer-2023/indicators").contains("region=AFR");
    }

    @Test
    void theSecretariatSeesTheAnalysisPagesAndTheNavigationLeadsThere() {
        Document page = new PageClient(Tokens.secretariat()).page(BASE + "/indicators");
        assertThat(page.select("nav.oer-sections a[href=" + BASE + "/indicators][aria-current=page]")).hasSize(1);
        assertThat(page.select("nav.oer-sections a[href=" + BASE + "/free-text]")).hasSize(1);
        assertThat(page.select("nav.oer-sections a[href=" + BASE + "/export]")).hasSize(1);
    }

    @Test
    void freeTextSearchFindsAnAnswerWithItsLinks() {
        Document page = analyst().page(BASE + "/free-text?question=A1_CAPACITY_BUILDING_DETAILS&q=nairobi");
        assertThat(page.select("#answers-table tbody tr")).hasSize(1);
        Element row = page.selectFirst("#answers-table tbody tr");
        assertThat(row.attr("data-state")).isEqualTo("KEN");
        assertThat(row.select("a[href=https://example.org/KEN/training]")).hasSize(1);
        assertThat(row.selectFirst(".oer-answer").attr("dir")).isEqualTo("auto");
    }

    @Test
    void freeTextIsFilteredByRegion() {
        Document page = analyst().page(BASE + "/free-text?question=A1_CAPACITY_BUILDING_DETAILS&region=ARB");
        assertThat(page.select("#answers-table tbody tr").eachAttr("data-state")).containsExactly("JOR");
        assertThat(page.selectFirst(".oer-answer").text()).isEqualTo("تدريب المعلمين على الموارد التعليمية المفتوحة");
    }

    @Test
    void theExportFormDownloadsTheWorkbookNamedAfterItsParameters() throws Exception {
        Document form = analyst().page(BASE + "/export");
        assertThat(form.select("#export-form label[for=language]")).hasSize(1);
        Response r = analyst().get(BASE + "/export/download?format=xlsx&language=fr&values=codes&status=validated&region=AFR&asOf=2026-04-30&late=true");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.header("Content-Disposition"))
                .contains("synthesis_" + CYCLE + "_fr_cutoff-2026-04-30_afr_validated_codes_with-late.xlsx");
        try (XSSFWorkbook wb = ExportFixture.read(r.asByteArray())) {
            assertThat(wb.getSheet("Indicateurs")).isNotNull();
        }
    }

    @Test
    void theExportFormOffersTheCsvZip() {
        Document form = analyst().page(BASE + "/export");
        Response r = analyst().get(form.selectFirst("#csv-link").attr("href"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/zip");
        assertThat(r.header("Content-Disposition")).contains(".csv.zip");
    }

    @Test
    void aBadCutOffOnTheExportFormIsA400WithAnErrorSummary() {
        Response r = analyst().get(BASE + "/export/download?format=xlsx&language=en&asOf=2026-02-30");
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#error-summary a[href=#asOf]")).hasSize(1);
        assertThat(page.select("#export-form")).hasSize(1);
    }

    @Test
    void aBadCutOffWithNoOtherParameterIsAlsoTheFormAgain() {
        Response r = analyst().get(BASE + "/export/download?asOf=soon");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#error-summary a[href=#asOf]")).hasSize(1);
    }

    @Test
    void theExportPageSpeaksFrench() {
        Document page = analyst().page(BASE + "/export?lang=fr");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Télécharger la synthèse");
        assertThat(page.selectFirst("#language option[selected]").val()).isEqualTo("fr");
    }

    @Test
    void theIndicatorsPageReadsRightToLeftInArabic() {
        Document page = analyst().page(BASE + "/indicators?lang=ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("المؤشرات والأسئلة المغلقة");
    }

    @Test
    void aFocalPointGetsNoAnalysisPage() {
        fixture.cycle(CYCLE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        PageClient fp = new PageClient(Tokens.focalPoint("fp-analysis-ken"));
        for (String path : List.of("/indicators", "/free-text", "/export", "/export/download?format=xlsx")) {
            assertThat(fp.get(BASE + path).statusCode()).as(path).isIn(403, 404);
        }
        assertThat(new PageClient(Tokens.admin()).get(BASE + "/indicators").statusCode()).isIn(403, 404);
    }

    @Test
    void everyAnalysisPageWeighsUnder300KB() {
        List<String> paths = new java.util.ArrayList<>(List.of("/indicators", "/free-text", "/export", "/indicators?lang=ar"));
        analyst().page(BASE + "/indicators").select("a.nav-link[href*=area=]")
                .forEach(a -> paths.add(a.attr("href").replace("#questions", "").substring(BASE.length())));
        for (String path : paths) {
            Response r = analyst().get(BASE + path);
            assertThat(r.statusCode()).isEqualTo(200);
            System.out.printf("analysis page %s: %d bytes%n", path, r.asByteArray().length);
            assertThat(r.asByteArray().length).as(path).isLessThan(300_000);
        }
    }
}
