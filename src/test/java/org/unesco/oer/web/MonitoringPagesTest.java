package org.unesco.oer.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The Secretariat's and analysts' monitoring pages: the status board and the response overview. */
@QuarkusTest
class MonitoringPagesTest {

    /** Open: ARG submitted (on time), BOL a draft. */
    private static final String OPEN = "mon-pages-open";
    /** Past its deadline: every state is late but CRI, whose deadline is extended. */
    private static final String LATE = "mon-pages-late";
    private static final int STATES = 205;

    @Inject
    ReportFixture fixture;

    private static boolean prepared;

    @BeforeEach
    void prepare() {
        if (prepared) {
            return;
        }
        fixture.openCycle(OPEN);
        ReportFixture.patch(Tokens.secretariat(), OPEN, "ARG", fixture.completeAnswers("ARG"), 0);
        ReportFixture.submit(Tokens.secretariat(), ReportFixture.reportPath(OPEN, "ARG")).statusCode(200);
        ReportFixture.patch(Tokens.secretariat(), OPEN, "BOL", Map.of("Q02", "Ministerio de Educación"), 0);
        fixture.lateCycle(LATE);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "CRI", "deadline", fixture.today().plusDays(10).toString(), "reason", "Floods"))
                .post("/api/cycles/" + LATE + "/extensions").then().statusCode(201);
        prepared = true;
    }

    private static PageClient secretariat() {
        return new PageClient(Tokens.secretariat());
    }

    private static PageClient analyst() {
        return new PageClient(Tokens.analyst());
    }

    private static String board(String cycle, String query) {
        return "/monitoring/" + cycle + "/board" + (query.isEmpty() ? "" : "?" + query);
    }

    private static List<String> states(Document page) {
        return page.select("#board tbody tr").eachAttr("id").stream().map(id -> id.substring("row-".length())).toList();
    }

    // ---- the status board ------------------------------------------------------------------

    @Test
    void theBoardListsEveryStateFiftyToAPageWithLinksToTheNextPages() {
        List<String> seen = new ArrayList<>();
        String path = board(OPEN, "");
        int pages = 0;
        while (path != null) {
            Document page = secretariat().page(path);
            seen.addAll(states(page));
            Element next = page.selectFirst("#page-next");
            path = next == null ? null : next.attr("href");
            pages++;
        }
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(STATES).doesNotHaveDuplicates().contains("ARG", "BOL", "ZWE");
        Document first = secretariat().page(board(OPEN, ""));
        assertThat(first.select("#board caption").text()).contains(String.valueOf(STATES)).contains("page 1 of 5");
        assertThat(first.select("#board-count").text()).isEqualTo(STATES + " states match");
    }

    @Test
    void eachRowShowsStatusDeadlineDaysCompletionAndLinksToTheStatesPage() {
        Document page = secretariat().page(board(OPEN, "q=ARG"));
        Element arg = page.selectFirst("#row-ARG");
        assertThat(arg.select("th a").attr("href")).isEqualTo("/secretariat/" + OPEN + "/states/ARG");
        assertThat(arg.text()).contains("Argentina").contains("Latin America and the Caribbean").contains("Submitted")
                .contains("Submitted on time").contains("100 %");
        Element bol = secretariat().page(board(OPEN, "q=BOL")).selectFirst("#row-BOL");
        assertThat(bol.text()).contains("Draft").contains("60 days left").contains("None designated");
        assertThat(page.select("th[scope=col]")).hasSize(9);
    }

    @Test
    void theRegionFilterKeepsOnlyThatRegionsStates() {
        Document page = secretariat().page(board(OPEN, "region=ARB"));
        int expected = given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + OPEN + "/reports?region=ARB")
                .then().statusCode(200).extract().path("total");
        assertThat(states(page)).hasSize(expected).contains("EGY").doesNotContain("ARG");
        assertThat(page.select("#board tbody tr td:eq(1)").eachText()).allMatch(t -> t.equals("Arab States"));
        assertThat(page.select("#f-region option[selected]").attr("value")).isEqualTo("ARB");
    }

    @Test
    void theLateFilterSeparatesTheLateStatesFromTheOneWithAnExtension() {
        assertThat(states(secretariat().page(board(LATE, "late=false")))).containsExactly("CRI");
        Document late = secretariat().page(board(LATE, "late=true"));
        assertThat(late.select("#board-count").text()).isEqualTo((STATES - 1) + " states match");
        assertThat(late.selectFirst("#row-AFG").text()).contains("3 days late");
    }

    @Test
    void theExtensionFilterShowsTheStatesWithAnExtendedDeadline() {
        Document page = secretariat().page(board(LATE, "extended=true"));
        assertThat(states(page)).containsExactly("CRI");
        assertThat(page.selectFirst("#row-CRI").text()).contains("Extended").contains("10 days left");
        assertThat(secretariat().page(board(LATE, "extended=false")).select("#board-count").text()).isEqualTo((STATES - 1) + " states match");
    }

    @Test
    void searchingByAFrenchNameFindsTheStateWithOrWithoutAccents() {
        assertThat(states(secretariat().page(board(OPEN, "q=Allemagne")))).containsExactly("DEU");
        assertThat(states(secretariat().page(board(OPEN, "q=egypte")))).containsExactly("EGY");
    }

    @Test
    void searchingByAnArabicOrChineseNameFindsTheState() {
        assertThat(states(secretariat().page(board(OPEN, "q=مصر")))).containsExactly("EGY");
        assertThat(states(secretariat().page(board(OPEN, "q=德国")))).containsExactly("DEU");
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        Document page = secretariat().page(board(OPEN, "q=Atlantis"));
        assertThat(page.select("#board").text()).isEqualTo("No state matches these filters.");
        assertThat(page.select("#clear-filters").attr("href")).isEqualTo(board(OPEN, ""));
    }

    @Test
    void columnHeadersSortTheBoardAndSayHowItIsSorted() {
        Document page = secretariat().page(board(OPEN, "region=LAC"));
        Element completion = page.select("#board th[scope=col]").stream().filter(th -> th.text().startsWith("Completion")).findFirst().orElseThrow();
        assertThat(completion.hasAttr("aria-sort")).isFalse();
        String ascending = completion.selectFirst("a").attr("href");
        assertThat(ascending).contains("region=LAC").contains("sort=completion");
        Document sortedUp = secretariat().page(ascending);
        Element header = sortedUp.select("#board th[aria-sort]").first();
        assertThat(header.attr("aria-sort")).isEqualTo("ascending");
        Document sortedDown = secretariat().page(header.selectFirst("a").attr("href"));
        assertThat(sortedDown.select("#board th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
        assertThat(states(sortedDown).subList(0, 2)).containsExactly("ARG", "BOL");
        assertThat(sortedDown.select("#f-region option[selected]").attr("value")).isEqualTo("LAC");
    }

    @Test
    void sortingByNameFollowsTheAlphabetOfThePagesLanguage() {
        List<String> french = states(secretariat().page(board(OPEN, "region=ARB&sort=name&lang=fr")));
        assertThat(french.indexOf("ARE")).isLessThan(french.indexOf("YEM")).isGreaterThan(french.indexOf("DJI"));
    }

    @Test
    void theCsvLinkDownloadsTheFilteredBoardAsTheApiDoes() {
        Document page = secretariat().page(board(OPEN, "region=ARB&membership=member"));
        String href = page.selectFirst("#board-csv").attr("href");
        assertThat(href).isEqualTo("/monitoring/" + OPEN + "/board.csv?region=ARB&membership=member");
        Response csv = secretariat().get(href);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        byte[] bytes = csv.asByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        byte[] api = given().header("Authorization", Tokens.secretariat()).accept("text/csv")
                .get("/api/cycles/" + OPEN + "/reports?region=ARB&membership=member").then().statusCode(200).extract().asByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(new String(api, StandardCharsets.UTF_8));
    }

    @Test
    void invalidFiltersAnswerTheBoardAgainWithAnErrorSummaryNamingEachField() {
        Response r = secretariat().get(board(OPEN, "late=maybe&sort=colour&region=XX"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#f-region", "#f-late", "#board");
        assertThat(page.select("#error-summary").text()).contains("Timeliness");
        assertThat(page.select("#f-late-error").text()).isNotBlank();
        assertThat(page.select("#f-late").attr("aria-describedby")).isEqualTo("f-late-error");
        assertThat(states(page)).hasSize(50);
    }

    @Test
    void theCycleSwitcherAndTheMonitoringStartLeadToACyclesBoard() {
        Response start = secretariat().get("/monitoring");
        assertThat(start.statusCode()).isEqualTo(303);
        assertThat(start.header("Location")).matches(".*/monitoring/[^/]+/board");
        Response switched = secretariat().get("/monitoring?cycle=" + LATE + "&view=overview");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/monitoring/" + LATE + "/overview");
        Document page = secretariat().page(board(OPEN, ""));
        assertThat(page.select("#f-cycle option[value=" + LATE + "]")).hasSize(1);
        assertThat(page.select("#f-cycle option[selected]").attr("value")).isEqualTo(OPEN);
    }

    @Test
    void theBoardSpeaksThePagesLanguage() {
        Document page = secretariat().page(board(OPEN, "q=DEU&lang=fr"));
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("#row-DEU th a").text()).isEqualTo("Allemagne");
        assertThat(page.select("h1").text()).isEqualTo("Tableau de suivi");
        Document arabic = secretariat().page(board(OPEN, "q=EGY&lang=ar"));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("#row-EGY th a").text()).isEqualTo("مصر");
    }

    // ---- the response overview -------------------------------------------------------------

    @Test
    void theOverviewTableHasTheMonitoringServicesNumbers() {
        Document page = analyst().page("/monitoring/" + OPEN + "/overview");
        JsonPath rates = given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + OPEN + "/monitoring")
                .then().statusCode(200).extract().jsonPath();
        for (String region : List.of("AFR", "ARB", "APA", "EUR", "LAC", "ALL")) {
            Map<String, Object> rate = region.equals("ALL") ? rates.getMap("overall") : rates.getMap("regions.find { it.region == '" + region + "' }");
            List<String> cells = page.select("#rates tr[data-region=" + region + "] td").eachText();
            assertThat(cells).as(region).containsExactly(String.valueOf(rate.get("expected")), String.valueOf(rate.get("started")),
                    String.valueOf(rate.get("submitted")), String.valueOf(rate.get("validated")), String.valueOf(rate.get("onTime")),
                    String.valueOf(rate.get("late")),
                    new java.math.BigDecimal(String.valueOf(rate.get("responseRate"))).stripTrailingZeros().toPlainString() + " %");
        }
        assertThat(page.select("#rates tr[data-region=ALL] td").get(2).text()).isEqualTo("1");
        assertThat(page.select("#daily tbody tr").last().select("td").get(1).text())
                .isEqualTo(String.valueOf(rates.getInt("daily[-1].cumulative")));
    }

    @Test
    void eachChartIsAnAccessibleSvgWithItsTitleDescriptionAndTable() {
        Document page = analyst().page("/monitoring/" + OPEN + "/overview");
        for (String id : List.of("oer-chart-rates", "oer-chart-curve")) {
            Element svg = page.getElementById(id);
            assertThat(svg).as(id).isNotNull();
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
            assertThat(svg.select("title").text()).isNotBlank();
            assertThat(svg.select("desc").text()).isNotBlank();
        }
        assertThat(page.select("#oer-chart-rates text").eachText()).contains("Arab States", "All regions");
        // the open cycle's deadline is after today, where the curve stops: it is not on the chart
        assertThat(page.select("#oer-chart-curve text").eachText()).doesNotContain("Deadline", "Extensions");
        assertThat(page.select("#rates caption").text()).isEqualTo("Reporting rate per region, Member States");
        assertThat(page.select("#daily caption").text()).isEqualTo("Cumulative submissions per day");
    }

    @Test
    void theCurveMarksTheDeadlineWhenTheCurveReachesIt() {
        Document page = analyst().page("/monitoring/" + LATE + "/overview");
        assertThat(page.select("#oer-chart-curve text").eachText()).contains("Deadline");
        assertThat(page.select("#daily tr[data-day=" + fixture.deadlineOf(LATE) + "] td").last().text()).isEqualTo("Deadline");
        // the extension ends after today: it is beyond the curve, which stops at the cut-off (now)
        assertThat(page.select("#daily tr").last().attr("data-day")).isEqualTo(fixture.today().toString());
    }

    @Test
    void ratesAreWrittenAsThePagesLanguageWritesNumbers() {
        Document french = analyst().page("/monitoring/" + OPEN + "/overview?lang=fr");
        assertThat(french.select("#rates tr[data-region=ALL] td").last().text()).isEqualTo("0,5 %");
        assertThat(french.select("#rates caption").text()).isEqualTo("Taux de réponse par région, États membres");
        Document arabic = analyst().page("/monitoring/" + OPEN + "/overview?lang=ar");
        assertThat(arabic.select("#rates tr[data-region=ALL] td").last().text()).matches("0.5٪");
    }

    @Test
    void theCurveMarksAnExtendedDeadlineItReaches() {
        String later = fixture.today().plusDays(15).toString();
        Document page = analyst().page("/monitoring/" + LATE + "/overview?asOf=" + later);
        assertThat(page.select("#daily tr[data-day=" + fixture.today().plusDays(10) + "] td").last().text())
                .isEqualTo("Extended deadline (1 state)");
        assertThat(page.select("#oer-chart-curve text").eachText()).contains("Deadline", "Extensions");
        assertThat(page.select("#oer-chart-curve line[stroke-dasharray]")).hasSize(1);
    }

    @Test
    void theMembershipFilterAndAsOfDateChangeWhatIsCounted() {
        Document all = analyst().page("/monitoring/" + OPEN + "/overview?membership=all");
        assertThat(all.select("#rates tr[data-region=ALL] td").first().text()).isEqualTo(String.valueOf(STATES));
        assertThat(all.select("#f-membership option[selected]").attr("value")).isEqualTo("all");
        Document before = analyst().page("/monitoring/" + OPEN + "/overview?asOf=" + fixture.today().minusDays(31));
        assertThat(before.select("#rates tr[data-region=ALL] td").get(2).text()).isEqualTo("0");
        assertThat(before.select("#no-curve")).hasSize(1);
        assertThat(before.select("#f-asOf").attr("value")).isEqualTo(fixture.today().minusDays(31).toString());
    }

    @Test
    void anInvalidAsOfDateAnswersTheOverviewAgainWithAnErrorSummary() {
        Response r = analyst().get("/monitoring/" + OPEN + "/overview?asOf=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#f-asOf");
        assertThat(page.select("#f-asOf.is-invalid")).hasSize(1);
        assertThat(page.select("#f-asOf-error").text()).isNotBlank();
        assertThat(page.select("#rates")).hasSize(1);
    }

    // ---- who may see them ------------------------------------------------------------------

    @Test
    void aFocalPointCannotOpenTheMonitoringPages() {
        fixture.designate(OPEN, "KEN", "fp-mon-ken");
        PageClient fp = new PageClient(Tokens.focalPoint("fp-mon-ken"));
        for (String path : List.of(board(OPEN, ""), "/monitoring/" + OPEN + "/overview", "/monitoring/" + OPEN + "/board.csv", "/monitoring")) {
            assertThat(fp.get(path).statusCode()).as(path).isIn(403, 404);
        }
        assertThat(fp.page("/reports").select("a[href^=/monitoring]")).isEmpty();
    }

    @Test
    void anUnknownCycleIsANotFoundPage() {
        assertThat(secretariat().get(board("no-such-cycle", "")).statusCode()).isEqualTo(404);
        assertThat(secretariat().get("/monitoring/no-such-cycle/overview").statusCode()).isEqualTo(404);
        assertThat(secretariat().get("/monitoring?cycle=no-such-cycle").statusCode()).isEqualTo(404);
    }

    @Test
    void analystsAndTheSecretariatSeeTheMonitoringPagesInTheirNavigation() {
        for (PageClient who : List.of(analyst(), secretariat())) {
            Document page = who.page("/monitoring/" + OPEN + "/overview");
            assertThat(page.select("nav.oer-sections a").eachAttr("href"))
                    .contains("/monitoring/" + OPEN + "/board", "/monitoring/" + OPEN + "/overview");
            assertThat(page.select("nav.oer-sections a[aria-current=page]").attr("href")).isEqualTo("/monitoring/" + OPEN + "/overview");
        }
        assertThat(analyst().get(board(OPEN, "")).statusCode()).isEqualTo(200);
    }

    @Test
    void eachMonitoringPageWeighsLessThan300KilobytesOnTheWire() {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        for (String path : List.of(board(OPEN, ""), "/monitoring/" + LATE + "/overview?membership=all")) {
            Response r = given().config(raw).header("Authorization", Tokens.secretariat()).header("Accept-Encoding", "gzip").get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.asByteArray().length).as(path).isLessThan(300 * 1024);
            int uncompressed = secretariat().get(path).asByteArray().length;
            assertThat(uncompressed).as(path + " uncompressed").isLessThan(300 * 1024);
        }
    }
}
