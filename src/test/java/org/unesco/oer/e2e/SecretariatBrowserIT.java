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
            // found by its name in French
            b.type("#f-q", "Kenya");
            b.clickAway("#apply-filters");
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

    @Test
    @Order(90)
    void aFocalPointIsRefusedEverySecretariatAndAnalystPage() {
        try (Browser b = browser("fp-refused")) {
            b.signIn("/reports", "fp-ken");
            assertThat(b.all("nav.oer-sections a[href^='/monitoring']")).isEmpty();
            for (String path : List.of("/monitoring", "/monitoring/" + LATE + "/board", "/monitoring/" + LATE + "/board.csv",
                    "/monitoring/" + LATE + "/overview", "/secretariat/" + LATE + "/states/KEN", "/secretariat/" + LATE + "/states/KEN/review",
                    "/secretariat/" + OPEN + "/states/KEN/submit")) {
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
