package org.unesco.oer.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Secretariat, analysts and administrators in a real browser (headless Chromium) against the
 * packaged service and the real Keycloak: each role's main job on its pages, axe-core on every
 * page visited, screenshots in target/browser-screenshots/ (prefixed "sec-").
 *
 * <p>Two cycles of their own, on the real clock: {@value #LATE} is past its deadline (Kenya submits
 * late, the others are late without a report) and {@value #OPEN} is open.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecretariatBrowserIT {

    static final String LATE = "e2e-late";
    static final String OPEN = "e2e-sec-open";
    static final List<String> VIOLATIONS = Collections.synchronizedList(new ArrayList<>());
    static final Set<String> AXE_CHECKED = Collections.synchronizedSet(new TreeSet<>());

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.run("stop.sh", Map.of());
        LocalStack.run("keycloak-start.sh", Map.of("OER_KEYCLOAK_FRESH", "true"));
        LocalStack.run("service-start.sh", Map.of("OER_EMBEDDED_DB_DIR", LocalStack.RUN_DIR.resolve("pgdata-" + System.nanoTime()).toString()));
        OpenCycle.create(LocalStack.serviceUrl(), LATE, -60, -3, 30);
        OpenCycle.create(LocalStack.serviceUrl(), OPEN);
        submitThroughTheApi(LATE, "fp-ken", "KEN");
    }

    @AfterAll
    static void stopStack() {
        LocalStack.run("stop.sh", Map.of());
    }

    private static Browser browser(String name) {
        return new Browser("sec-" + name, VIOLATIONS);
    }

    private static void check(Browser b, String label) {
        b.check(label);
        AXE_CHECKED.add(b.js("return document.documentElement.lang;") + " " + label);
    }

    /** The focal point completes and submits through the API, as another browser would have. */
    static void submitThroughTheApi(String cycle, String user, String state) throws Exception {
        String auth = "Bearer " + KeycloakClient.passwordGrant(user, user);
        String report = LocalStack.serviceUrl() + "/api/cycles/" + cycle + "/reports/" + state;
        int version = given().header("Authorization", auth).get(report).then().statusCode(200).extract().path("version");
        version = given().header("Authorization", auth).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(Map.of("answers", BrowserAnswers.complete(state))).patch(report + "/answers").then().statusCode(200)
                .extract().path("version");
        given().header("Authorization", auth).header("If-Match", "\"" + version + "\"").post(report + "/submit").then().statusCode(200);
        RestAssured.reset();
    }

    // ---- monitoring ----------------------------------------------------------------------------

    @Test
    @Order(1)
    void theSecretariatFindsTheLateStatesOnTheBoardAndReadsTheResponse() throws Exception {
        try (Browser b = browser("board")) {
            b.signIn("/monitoring/" + LATE + "/board", "secretariat");
            assertThat(b.path()).startsWith("/monitoring/" + LATE + "/board");
            assertThat(b.find("nav.oer-sections a[aria-current=page]").getText()).isEqualTo("Status board");
            check(b, "en-board");
            // the late ones: every state without a report, and Kenya, late with its report
            new org.openqa.selenium.support.ui.Select(b.find("#f-late")).selectByValue("true");
            b.clickAway("#apply-filters");
            assertThat(b.find("#board-count").getText()).startsWith("205");
            check(b, "en-board-late");
            // found by its name, with the keyboard alone: Tab to the (empty) search, type, Tab to the button, Enter.
            // (Actions' key chords keep their modifier pressed: plain keys only.)
            b.tabUntil(e -> "f-q".equals(e.getAttribute("id")), "the name search");
            b.press("Kenya");
            b.tabUntil(e -> "apply-filters".equals(e.getAttribute("id")), "Apply filters");
            b.pressAway(org.openqa.selenium.Keys.ENTER);
            assertThat(b.path()).contains("q=Kenya");
            assertThat(b.all("#board tbody tr")).hasSize(1);
            assertThat(b.find("#row-KEN").getText()).contains("late");
            b.clickAway("nav.oer-sections a[href='/monitoring/" + LATE + "/overview']");
            assertThat(b.all("svg#oer-chart-rates[role=img]")).hasSize(1);
            assertThat(b.all("svg#oer-chart-curve[role=img]")).hasSize(1);
            assertThat(b.find("#rates tr[data-region=ALL]").getText()).isNotBlank();
            check(b, "en-overview");
            b.open("/monitoring/" + LATE + "/overview?lang=ar");
            assertThat(b.find("html").getAttribute("dir")).isEqualTo("rtl");
            check(b, "ar-overview");
            b.open("/monitoring/" + LATE + "/board?lang=ar");
            check(b, "ar-board");
            b.open("/monitoring/" + LATE + "/board?lang=en");
        }
    }

    @Test
    @Order(2)
    void anAnalystReadsTheBoardAndTheResponse() {
        try (Browser b = browser("analyst")) {
            b.signIn("/monitoring/" + LATE + "/overview", "analyst");
            assertThat(b.all("#rates")).hasSize(1);
            assertThat(b.status("/monitoring/" + LATE + "/board")).isEqualTo(200);
        }
    }

    // ---- review -------------------------------------------------------------------------------

    @Test
    @Order(10)
    void theSecretariatReturnsAReportWithTwoCommentsTheFocalPointResubmitsAndTheSecretariatSeesTheChangeAndValidates() {
        String state = "/secretariat/" + LATE + "/states/KEN";
        try (Browser sec = browser("review"); Browser fp = browser("review-fp")) {
            sec.signIn(state, "secretariat");
            assertThat(sec.find("#state-status").getText()).contains("Submitted");
            assertThat(sec.find("#receipt-1 .oer-digest-check").getText()).contains("Matches the content");
            check(sec, "en-state");
            sec.open(state + "?lang=ar");
            assertThat(sec.find("html").getAttribute("dir")).isEqualTo("rtl");
            check(sec, "ar-state");
            sec.open(state + "?lang=en");

            sec.clickAway("#review-link");
            sec.click("#question-Q02 summary");
            sec.type("#comment-Q02", "Which ministry leads the work on open educational resources?");
            sec.click("#question-Q05 summary");
            sec.type("#comment-Q05", "Please name the stakeholders consulted.");
            check(sec, "en-review");
            // without a reason: the error summary, focused, links to the reason
            sec.clickAway("#return-button");
            assertThat(sec.activeId()).isEqualTo("error-summary");
            check(sec, "en-review-error");
            sec.find("#error-summary a[href='#reason']").click();
            assertThat(sec.activeId()).isEqualTo("reason");
            sec.type("#reason", "Two answers need more detail.");
            sec.clickAway("#return-button");
            assertThat(sec.all("#done-banner")).hasSize(1);
            check(sec, "en-returned");

            // the focal point, in a browser of their own, sees both comments, changes the answer and resubmits
            fp.signIn("/reports/" + LATE + "/KEN/sections/GENERAL_INFORMATION", "fp-ken");
            assertThat(fp.find("#q-Q02 .oer-comment").getText()).contains("Which ministry");
            fp.type("#Q02-input", "Ministry of Education, Directorate of Basic Education");
            fp.open("/reports/" + LATE + "/KEN/check");
            fp.click("#confirm");
            fp.clickAway("form[action$='/submit'] button[type=submit]");
            assertThat(fp.path()).matches("/reports/" + LATE + "/KEN/receipts/\\d+");

            // the Secretariat sees what changed, question by question, and validates
            sec.open(state + "/review");
            assertThat(sec.find("#change-list #change-Q02 .oer-after").getText()).contains("Directorate of Basic Education");
            assertThat(sec.find("#change-list #change-Q02 .oer-before").getText()).isNotBlank();
            check(sec, "en-review-changes");
            sec.type("#note", "Checked against the comments.");
            sec.clickAway("#validate-button");
            assertThat(sec.all("#done-banner")).hasSize(1);
            assertThat(sec.find("#state-status").getText()).contains("Validated");
        }
    }

    @Test
    @Order(11)
    void theSecretariatEntersAReportReceivedByEmailWithTheDateReceivedAndTheDocument() throws Exception {
        String auth = "Bearer " + KeycloakClient.passwordGrant("secretariat", "secretariat");
        String report = LocalStack.serviceUrl() + "/api/cycles/" + OPEN + "/reports/UGA";
        given().header("Authorization", auth).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("answers", BrowserAnswers.complete("UGA"))).patch(report + "/answers").then().statusCode(200);
        RestAssured.reset();
        Path pdf = Files.createTempFile("uganda-report", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% the national report of Uganda as received by e-mail\n%%EOF\n");
        try (Browser b = browser("proxy")) {
            b.signIn("/reports/" + OPEN + "/UGA/sections/GENERAL_INFORMATION", "secretariat");
            assertThat(b.all("#proxy-banner")).hasSize(1);
            check(b, "en-proxy-section");
            b.open("/reports/" + OPEN + "/UGA/check");
            b.clickAway("#proxy-continue");
            check(b, "en-proxy-submit");
            b.js("document.getElementById('receivedAt').value = '';");
            b.clickAway("#proxy-submit-button");
            assertThat(b.all("#error-summary a[href='#receivedAt']")).hasSize(1);
            check(b, "en-proxy-submit-error");
            String received = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(5).toString();
            b.js("document.getElementById('receivedAt').value = arguments[0];", received);
            b.find("#document").sendKeys(pdf.toString());
            b.clickAway("#proxy-submit-button");
            assertThat(b.find("#done-banner").getText()).contains("1");
            assertThat(b.find("#receipt-1 .oer-entered-by").getText()).contains("Entered by the Secretariat");
            assertThat(b.find("#document-list").getText()).contains(pdf.getFileName().toString());
            check(b, "en-proxy-done");
        }
        String receivedAt = given().header("Authorization", auth).get(report + "/submissions").then().statusCode(200)
                .extract().path("[0].submittedAt");
        RestAssured.reset();
        assertThat(java.time.Instant.parse(receivedAt)).isBefore(java.time.Instant.now().minus(Duration.ofDays(4)));
    }

    // ---- chasing --------------------------------------------------------------------------------

    private static void setDate(Browser b, String id, java.time.LocalDate day) {
        b.js("document.getElementById(arguments[0]).value = arguments[1];", id, day.toString());
    }

    @Test
    @Order(20)
    void theSecretariatGrantsTwoExtensionsAtOnce() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        try (Browser b = browser("extensions")) {
            b.signIn("/secretariat/" + LATE + "/extensions", "secretariat");
            check(b, "en-extensions");
            b.click("#state-MOZ");
            b.click("#state-MWI");
            // a day before the deadline, no reason: both named in the error summary
            setDate(b, "deadline", today.minusDays(10));
            b.clickAway("#grant");
            assertThat(b.activeId()).isEqualTo("error-summary");
            assertThat(b.find("#deadline-error").getText()).contains("MOZ").contains("MWI");
            check(b, "en-extensions-error");
            setDate(b, "deadline", today.plusDays(14));
            b.type("#reason", "Cyclone: schools and ministries closed");
            b.clickAway("#grant");
            assertThat(b.all("#check-extensions tbody tr")).hasSize(2);
            check(b, "en-extensions-check");
            b.clickAway("#grant");
            assertThat(b.all("#granted")).hasSize(1);
            assertThat(b.find("#extensions").getText()).contains("MOZ").contains("MWI");
            check(b, "en-extensions-granted");
            b.open("/secretariat/" + LATE + "/extensions?lang=ar");
            check(b, "ar-extensions");
            b.open("/secretariat/" + LATE + "/extensions?lang=en");
        }
    }

    @Test
    @Order(21)
    void theSecretariatPreviewsAReminderInTheStatesLanguageAndSendsIt() {
        try (Browser b = browser("reminders")) {
            b.signIn("/secretariat/" + LATE + "/reminders", "secretariat");
            b.clickAway("#stage-not_started");
            check(b, "en-reminders");
            // France's focal point is designated (demo user): the letter is in French
            b.clickAway("#preview-FRA");
            assertThat(b.find("#letter").getAttribute("lang")).isEqualTo("fr");
            check(b, "en-reminder-preview");
            b.open("/secretariat/" + LATE + "/reminders?stage=not_started");
            for (WebElement box : b.all("input[name=states]:checked")) {
                if (!"send-FRA".equals(box.getAttribute("id"))) {
                    box.click();
                }
            }
            b.type("#note", "The report is now overdue; an extension can be requested.");
            b.clickAway("#send");
            assertThat(b.find("#sent").getText()).contains("Fran");
            assertThat(b.all("#send-FRA")).isEmpty(); // held back by the throttle now
            check(b, "en-reminders-sent");
            b.clickAway("#contact-log-link");
            check(b, "en-contact-log");
            b.open("/secretariat/" + LATE + "/reminders?stage=not_started&lang=ar");
            check(b, "ar-reminders");
            b.open("/secretariat/" + LATE + "/reminders?lang=en");
        }
    }

    @Test
    @Order(22)
    void theSecretariatDesignatesAFocalPointWithARealKeycloakAccountAndEndsTheDesignation() {
        String email = "oer.focal.point." + System.nanoTime() + "@education.example.org";
        try (Browser b = browser("designations")) {
            b.signIn("/secretariat/" + OPEN + "/designations", "secretariat");
            check(b, "en-designations");
            b.clickAway("#designate-link");
            b.clickAway("#designate");
            assertThat(b.all("#error-summary a[href='#name']")).hasSize(1);
            check(b, "en-designate-error");
            new org.openqa.selenium.support.ui.Select(b.find("#state")).selectByValue("GHA");
            b.type("#name", "Ama Mensah");
            b.type("#email", email);
            b.type("#evidence", "Letter of the Permanent Delegation of Ghana");
            b.clickAway("#designate");
            assertThat(b.all("#done")).hasSize(1);
            assertThat(b.find("#password").getText()).isNotBlank();
            check(b, "en-designated");
            b.open("/secretariat/" + OPEN + "/designations");
            WebElement handover = b.driver.findElement(org.openqa.selenium.By.xpath(
                    "//table[@id='designations']//tr[contains(., '" + email + "')]//a[starts-with(@id, 'handover-')]"));
            b.open(handover.getAttribute("href"));
            check(b, "en-handover");
            b.open("/secretariat/" + OPEN + "/designations");
            WebElement end = b.driver.findElement(org.openqa.selenium.By.xpath(
                    "//table[@id='designations']//tr[contains(., '" + email + "')]//a[starts-with(@id, 'end-')]"));
            end.click();
            b.waitIdle();
            b.type("#reason", "Moved to another ministry");
            check(b, "en-end-designation");
            b.clickAway("#end");
            assertThat(b.all("#ended")).hasSize(1);
            check(b, "en-designation-ended");
        }
    }

    // ---- analysts and administrators --------------------------------------------------------

    @Test
    @Order(30)
    void anAnalystFiltersTheIndicatorsByRegionAndDownloadsTheSynthesisInFrench() throws Exception {
        try (Browser b = browser("indicators")) {
            b.signIn("/analysis/" + LATE + "/indicators", "analyst");
            assertThat(b.all("#counted")).hasSize(1);
            check(b, "en-indicators");
            new org.openqa.selenium.support.ui.Select(b.find("#region")).selectByValue("AFR");
            b.clickAway("#filters-form button[type=submit]");
            assertThat(b.path()).contains("region=AFR");
            assertThat(b.all("tr[data-scope=EUR]")).isEmpty();
            check(b, "en-indicators-africa");
            b.open("/analysis/" + LATE + "/free-text");
            check(b, "en-free-text");
            new org.openqa.selenium.support.ui.Select(b.find("#question")).selectByIndex(1);
            b.clickAway("#free-text-form button[type=submit]");
            check(b, "en-free-text-answers");
            b.open("/analysis/" + LATE + "/export");
            check(b, "en-export");
            new org.openqa.selenium.support.ui.Select(b.find("#language")).selectByValue("fr");
            b.click("#download-xlsx");
            Path workbook = b.awaitDownload(Duration.ofSeconds(60));
            assertThat(workbook.getFileName().toString()).startsWith("synthesis_" + LATE + "_fr_").endsWith(".xlsx");
            assertThat(new String(Files.readAllBytes(workbook), 0, 2)).isEqualTo("PK");
            b.open("/analysis/" + LATE + "/indicators?lang=ar");
            check(b, "ar-indicators");
        }
    }

    @Test
    @Order(31)
    void anAdministratorMovesAStateToAnotherRegionAndTheBoardShowsIt() {
        try (Browser admin = browser("regions"); Browser sec = browser("regions-board")) {
            admin.signIn("/admin/regions", "admin");
            check(admin, "en-regions");
            admin.clickAway("#states-APA a[href='/admin/regions/TUV']");
            check(admin, "en-region-move");
            new org.openqa.selenium.support.ui.Select(admin.find("#region")).selectByValue("EUR");
            admin.type("#reason", "Decision of the General Conference (test)");
            admin.clickAway("#move-form button[type=submit]");
            assertThat(admin.all("#moved")).hasSize(1);
            assertThat(admin.find("#region-history").getText()).contains("APA").contains("EUR");
            check(admin, "en-region-moved");
            sec.signIn("/monitoring/" + LATE + "/board?q=Tuvalu", "secretariat");
            assertThat(sec.find("#row-TUV").getText()).contains("Europe");
            // and back, as it was
            new org.openqa.selenium.support.ui.Select(admin.find("#region")).selectByValue("APA");
            admin.type("#reason", "Back after the test");
            admin.clickAway("#move-form button[type=submit]");
            admin.open("/admin/cycles");
            check(admin, "en-admin-cycles");
            admin.open("/admin/cycles/new");
            check(admin, "en-admin-cycle-new");
            admin.open("/admin/cycles/" + OPEN + "/edit");
            check(admin, "en-admin-cycle-edit");
            admin.open("/admin/questionnaires");
            check(admin, "en-admin-questionnaires");
            admin.open("/admin/questionnaires/2022.1");
            check(admin, "en-admin-questionnaire");
            admin.open("/admin/regions?lang=ar");
            check(admin, "ar-regions");
        }
    }

    @Test
    @Order(90)
    void aFocalPointIsRefusedEverySecretariatAndAnalystPage() {
        try (Browser b = browser("fp-refused")) {
            b.signIn("/reports", "fp-ken");
            assertThat(b.all("nav.oer-sections a[href^='/monitoring']")).isEmpty();
            for (String path : List.of("/monitoring", "/monitoring/" + LATE + "/board", "/monitoring/" + LATE + "/board.csv",
                    "/monitoring/" + LATE + "/overview", "/secretariat/" + LATE + "/states/KEN", "/secretariat/" + LATE + "/states/KEN/review",
                    "/secretariat/" + OPEN + "/states/KEN/submit", "/secretariat/" + LATE + "/extensions",
                    "/secretariat/" + LATE + "/reminders", "/secretariat/" + LATE + "/designations", "/analysis/" + LATE + "/indicators",
                    "/analysis/" + LATE + "/free-text", "/analysis/" + LATE + "/export", "/admin/cycles", "/admin/regions")) {
                assertThat(b.status(path)).as(path).isIn(403L, 404L);
            }
        }
    }

    @Test
    @Order(100)
    void axeCoreFindsNoWcag21AaViolationOnAnyPageVisited() {
        assertThat(AXE_CHECKED).as("pages checked").isNotEmpty();
        assertThat(VIOLATIONS).as("axe-core (WCAG 2.1 A/AA) on " + AXE_CHECKED.size() + " pages: " + AXE_CHECKED
                + "\nviolations:\n  " + String.join("\n  ", VIOLATIONS)).isEmpty();
    }
}
