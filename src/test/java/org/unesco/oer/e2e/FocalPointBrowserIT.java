package org.unesco.oer.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Focal points in a real browser (headless Chromium through WebDriver) against the packaged
 * service and the real Keycloak, started once for all the tests here by the deploy/local scripts:
 * sign in on Keycloak's page, fill every question type, fix a validation error, check, submit,
 * receipt, workbook, sign out; Arabic and French; two browsers of one national team; another
 * state's report; the keyboard alone. axe-core runs on every page of the service visited, and a
 * full-page screenshot of each is kept in target/browser-screenshots/.
 *
 * <p>The service runs on the real clock, so the tests fill and submit in a cycle of their own, open
 * around the day they run ({@link OpenCycle}), never in the seeded demo cycle whose deadline passes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FocalPointBrowserIT {

    static final String CYCLE = "e2e-open";
    static final List<String> SECTIONS = List.of("GENERAL_INFORMATION", "GENERAL", "AREA_I", "AREA_II", "AREA_III", "AREA_IV",
            "AREA_V", "MONITORING");
    /** The 14 question and field types of the questionnaire (url only occurs as a field of a repeatable group). */
    static final Set<String> ALL_TYPES = Set.of("yes_no", "yes_no_na", "single_choice", "multiple_choice", "short_text", "long_text",
            "url", "url_list", "number", "date", "member_state", "contact", "person_list", "repeatable_group");

    /** axe-core's findings on every page visited, by every test; the last test reports them. */
    static final List<String> VIOLATIONS = Collections.synchronizedList(new ArrayList<>());
    static final Set<String> AXE_CHECKED = Collections.synchronizedSet(new TreeSet<>());

    @BeforeAll
    static void startStack() throws Exception {
        if (Files.isDirectory(Browser.SCREENSHOTS)) {
            try (var old = Files.list(Browser.SCREENSHOTS)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        LocalStack.run("stop.sh", Map.of());
        LocalStack.run("keycloak-start.sh", Map.of("OER_KEYCLOAK_FRESH", "true"));
        Map<String, String> env = new java.util.HashMap<>(Map.of("OER_EMBEDDED_DB_DIR", LocalStack.RUN_DIR.resolve("pgdata-" + System.nanoTime()).toString()));
        // For looking past a page defect only, never in CI: e.g. -Doer.browser.service-env=CORS_ORIGINS=null
        String extra = System.getProperty("oer.browser.service-env", "");
        for (String pair : extra.split(",")) {
            if (pair.contains("=")) {
                env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        LocalStack.run("service-start.sh", env);
        OpenCycle.create(LocalStack.serviceUrl(), CYCLE);
    }

    @AfterAll
    static void stopStack() {
        LocalStack.run("stop.sh", Map.of());
    }

    private static Browser browser(String name) {
        return new Browser(name, VIOLATIONS);
    }

    private static String section(String state, String code) {
        return "/reports/" + CYCLE + "/" + state + "/sections/" + code;
    }

    /** Screenshot and axe-core on the page as it is. */
    private static void check(Browser b, String label) {
        b.check(label);
        AXE_CHECKED.add(b.js("return document.documentElement.lang;") + " " + label.replaceAll("^[a-z]{2}-", ""));
    }

    // ---- the tests ---------------------------------------------------------------------------

    @Test
    @Order(1)
    void aFocalPointSignsInFillsEveryTypeFixesAnErrorSubmitsDownloadsTheWorkbookAndSignsOut() throws Exception {
        try (Browser b = browser("ken-en")) {
            b.signIn("/", "fp-ken");
            assertThat(b.path()).isEqualTo("/reports");
            assertThat(b.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(b.all("a[href='/reports/" + CYCLE + "/KEN']")).hasSize(1);
            check(b, "en-my-reports");
            b.clickAway("a[href='/reports/" + CYCLE + "/KEN']");
            assertThat(b.path()).isEqualTo(section("KEN", "GENERAL_INFORMATION"));

            Set<String> types = new LinkedHashSet<>();
            fillSection(b, "KEN", types);
            // a wrong e-mail address: shown at the question as soon as it is saved...
            b.type("#Q03-email", "not an address");
            assertThat(b.find("#q-Q03").getText()).containsIgnoringCase("e-mail");
            // ...and, on Save and continue, in the error summary that links to the question
            b.clickAway("button[name=_action][value=continue]");
            assertThat(b.path()).isEqualTo(section("KEN", "GENERAL_INFORMATION"));
            WebElement summary = b.find("#error-summary");
            assertThat(b.activeId()).isEqualTo("error-summary");
            check(b, "en-error-summary");
            WebElement link = summary.findElement(By.cssSelector("a[href='#Q03-field']"));
            assertThat(link.getText()).startsWith("Question 3:");
            link.click();
            assertThat(b.activeId()).isEqualTo("Q03-field");
            b.type("#Q03-email", "wanjiru.kamau@education.go.ke");
            assertThat(b.all("#Q03-error")).isEmpty();
            b.clickAway("button[name=_action][value=continue]");
            assertThat(b.path()).isEqualTo(section("KEN", "GENERAL"));

            for (String code : SECTIONS.subList(1, SECTIONS.size())) {
                assertThat(b.path()).isEqualTo(section("KEN", code));
                fillSection(b, "KEN", types);
                check(b, "en-section-" + code);
                b.clickAway("button[name=_action][value=continue]");
            }
            toCheckYourAnswers(b, "KEN");
            assertThat(types).containsExactlyInAnyOrderElementsOf(ALL_TYPES);

            String receipt = checkAndSubmit(b, "KEN", "en");
            String digest = b.find(".oer-digest").getText();
            assertThat(digest).matches("[0-9a-f]{64}");
            String token = KeycloakClient.passwordGrant("fp-ken", "fp-ken");
            String apiDigest = given().header("Authorization", "Bearer " + token)
                    .get(LocalStack.serviceUrl() + "/api/cycles/" + CYCLE + "/reports/KEN/submissions").then().statusCode(200)
                    .extract().path("[0].digest");
            assertThat(digest).isEqualTo(apiDigest);
            assertThat(receipt).matches("/reports/" + CYCLE + "/KEN/receipts/\\d+");

            b.click("a[href$='/workbook']");
            Path workbook = b.awaitDownload(Duration.ofSeconds(60));
            assertThat(workbook.getFileName().toString()).endsWith(".xlsx");
            byte[] bytes = Files.readAllBytes(workbook);
            assertThat(bytes.length).isGreaterThan(1000);
            assertThat(new String(bytes, 0, 2)).isEqualTo("PK");

            signOut(b);
        }
    }

    @Test
    @Order(2)
    void anotherStatesReportIsTheNotFoundPageExactlyAsANonexistentState() {
        try (Browser b = browser("ken-404")) {
            b.signIn("/reports", "fp-ken");
            for (String lang : List.of("en", "ar")) {
                b.open(section("XYZ", "GENERAL_INFORMATION") + "?lang=" + lang);
                String h1 = b.find("h1").getText();
                String lead = b.find("p.lead").getText();
                check(b, lang + "-error-not-found");
                b.open(section("FRA", "GENERAL_INFORMATION") + "?lang=" + lang);
                assertThat(b.find("h1").getText()).isEqualTo(h1);
                assertThat(b.find("p.lead").getText().replace("FRA", "XYZ")).isEqualTo(lead);
                assertThat(b.all("form input[name=Q02]")).isEmpty();
                b.shot(lang + "-another-state");
            }
            assertThat(b.find("html").getAttribute("dir")).isEqualTo("rtl");
            for (String path : List.of(section("FRA", "GENERAL_INFORMATION"), section("XYZ", "GENERAL_INFORMATION"),
                    "/reports/" + CYCLE + "/FRA/check", "/reports/" + CYCLE + "/FRA/workbook", "/reports/" + CYCLE + "/FRA/receipts/1")) {
                assertThat(b.status(path)).as(path).isEqualTo(404);
            }
            assertThat(b.status(section("KEN", "GENERAL_INFORMATION"))).isEqualTo(200);
            b.open("/reports?lang=en");
        }
    }

    @Test
    @Order(3)
    void inArabicTheWholeReportIsRightToLeftAndCanBeFilledAndSubmitted() throws Exception {
        try (Browser b = browser("jor-ar")) {
            b.signIn("/reports", "fp-jor");
            b.open("/reports?lang=ar");
            assertThat(b.find("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(b.find("html").getAttribute("lang")).isEqualTo("ar");
            check(b, "ar-my-reports");
            Set<String> types = new LinkedHashSet<>();
            for (String code : SECTIONS) {
                b.open(section("JOR", code));
                // the language is remembered (cookie), the direction is right-to-left on every page
                assertThat(b.find("html").getAttribute("dir")).isEqualTo("rtl");
                fillSection(b, "JOR", types);
                check(b, "ar-section-" + code);
            }
            assertThat(b.find("#q-MON_EFFECTIVENESS .oer-number").getText()).startsWith("السؤال");
            b.open(section("JOR", "GENERAL_INFORMATION"));
            b.type("#Q03-email", "ليس عنوانا");
            b.clickAway("button[name=_action][value=save]");
            assertThat(b.activeId()).isEqualTo("error-summary");
            check(b, "ar-error-summary");
            b.find("#error-summary a[href='#Q03-field']").click();
            assertThat(b.activeId()).isEqualTo("Q03-field");
            b.type("#Q03-email", "fp@moe.gov.jo");
            checkAndSubmit(b, "JOR", "ar");
            assertThat(b.find("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(b.find(".oer-digest").getText()).matches("[0-9a-f]{64}");
            signOut(b);
        }
    }

    @Test
    @Order(4)
    void inFrenchTheReportIsFilledAndSubmitted() throws Exception {
        try (Browser b = browser("fra-fr")) {
            b.signIn("/reports?lang=fr", "fp-fra");
            if (!"fr".equals(b.find("html").getAttribute("lang"))) {
                b.open("/reports?lang=fr");
            }
            assertThat(b.find("html").getAttribute("lang")).isEqualTo("fr");
            assertThat(b.find("html").getAttribute("dir")).isEqualTo("ltr");
            b.shot("fr-my-reports");
            Set<String> types = new LinkedHashSet<>();
            b.clickAway("a[href='/reports/" + CYCLE + "/FRA']");
            for (String code : SECTIONS) {
                assertThat(b.path()).isEqualTo(section("FRA", code));
                fillSection(b, "FRA", types);
                b.shot("fr-section-" + code);
                b.clickAway("button[name=_action][value=continue]");
            }
            toCheckYourAnswers(b, "FRA");
            assertThat(b.find("html").getAttribute("lang")).isEqualTo("fr");
            checkAndSubmit(b, "FRA", "fr");
            assertThat(b.find(".oer-digest").getText()).matches("[0-9a-f]{64}");
            signOut(b);
        }
    }

    @Test
    @Order(5)
    void twoBrowsersOfOneTeamEditDifferentQuestionsWithoutConflictAndTheSameQuestionWithAnInlineChoice() {
        try (Browser fp = browser("ind-fp"); Browser colleague = browser("ind-secretariat")) {
            fp.signIn(section("IND", "GENERAL_INFORMATION"), "fp-ind");
            colleague.signIn(section("IND", "GENERAL_INFORMATION"), "secretariat");
            assertThat(fp.path()).isEqualTo(section("IND", "GENERAL_INFORMATION"));
            assertThat(colleague.path()).isEqualTo(section("IND", "GENERAL_INFORMATION"));

            // both pages are open; each saves a different question: no conflict for either
            fp.type("#Q02-input", "Ministry of Education, Department of Higher Education");
            colleague.type("#Q05-input", "Prepared with the National Council of Educational Research and Training.");
            assertThat(fp.all("#q-Q02 .alert-warning")).isEmpty();
            assertThat(colleague.all("#q-Q05 .alert-warning")).isEmpty();
            assertThat(fp.find("#q-Q02").getText()).contains("Saved");
            assertThat(colleague.find("#q-Q05").getText()).contains("Saved");

            // then the same question: the colleague's page still has Q02 as it was when it opened
            colleague.type("#Q02-input", "Ministry of Education (Secretariat's wording)");
            WebElement conflict = colleague.find("#q-Q02 .alert-warning");
            assertThat(conflict.getText()).contains("fp-ind").contains("Ministry of Education, Department of Higher Education")
                    .contains("Ministry of Education (Secretariat's wording)");
            check(colleague, "en-inline-conflict");
            // nothing was overwritten yet
            fp.open(section("IND", "GENERAL_INFORMATION"));
            assertThat(fp.find("#Q02-input").getAttribute("value")).isEqualTo("Ministry of Education, Department of Higher Education");
            assertThat(fp.find("#Q05-input").getAttribute("value")).startsWith("Prepared with");

            // the colleague keeps theirs, knowingly
            colleague.clickAway("#q-Q02 button[name='Q02._resolve'][value=theirs]");
            assertThat(colleague.all("#q-Q02 .alert-warning")).isEmpty();
            assertThat(colleague.find("#Q02-input").getAttribute("value")).isEqualTo("Ministry of Education, Department of Higher Education");
            // and then writes again on top of it, now without a conflict; the focal point's old page gets the inline choice
            colleague.type("#Q02-input", "Ministry of Education (agreed wording)");
            assertThat(colleague.all("#q-Q02 .alert-warning")).isEmpty();
            fp.type("#Q02-input", "Ministry of Education (focal point's wording)");
            assertThat(fp.find("#q-Q02 .alert-warning").getText()).contains("secretariat").contains("Ministry of Education (agreed wording)");
            fp.clickAway("#q-Q02 button[name='Q02._resolve'][value=mine]");
            assertThat(fp.all("#q-Q02 .alert-warning")).isEmpty();
            colleague.open(section("IND", "GENERAL_INFORMATION"));
            assertThat(colleague.find("#Q02-input").getAttribute("value")).isEqualTo("Ministry of Education (focal point's wording)");
            assertThat(colleague.find("#Q05-input").getAttribute("value")).startsWith("Prepared with");
        }
    }

    @Test
    @Order(6)
    void theKeyboardAloneFillsTheLastQuestionsAndSubmits() throws Exception {
        prefillAllButMonitoring("BRA", "fp-bra");
        try (Browser b = browser("bra-keyboard")) {
            b.signIn(section("BRA", "MONITORING"), "fp-bra");
            assertThat(b.path()).isEqualTo(section("BRA", "MONITORING"));
            // the first Tab reaches the skip link
            b.press(Keys.TAB);
            assertThat(b.driver.switchTo().activeElement().getAttribute("href")).endsWith("#main");

            // Space checks the focused first option ("yes") and reveals the details
            b.tabUntil(e -> "MON_RESEARCH_INDICATORS".equals(e.getAttribute("name")), "the first radio of MON_RESEARCH_INDICATORS");
            b.press(Keys.SPACE);
            assertThat(b.find("#MON_RESEARCH_INDICATORS-yes").isSelected()).isTrue();
            b.tabUntil(e -> "MON_RESEARCH_INDICATORS_DETAILS".equals(e.getAttribute("name")), "the details");
            b.press("Indicators of the national OER observatory, updated every year.");
            b.press(Keys.TAB);
            // an arrow key moves to and checks the next option ("no")
            for (String code : List.of("MON_GOOD_PRACTICES", "MON_EFFECTIVENESS")) {
                b.tabUntil(e -> code.equals(e.getAttribute("name")), "the radios of " + code);
                b.press(Keys.ARROW_DOWN);
                assertThat(b.find("#" + code + "-no").isSelected()).as(code).isTrue();
            }
            assertThat(b.all(".oer-invalid")).isEmpty();
            b.shot("en-keyboard-monitoring");
            b.tabUntil(e -> "continue".equals(e.getAttribute("value")), "Save and continue");
            b.pressAway(Keys.ENTER);
            // the last section's Save and continue leads to Check your answers
            assertThat(b.path()).isEqualTo("/reports/" + CYCLE + "/BRA/check");
            assertThat(b.all("#blocking")).isEmpty();
            b.tabUntil(e -> "confirm".equals(e.getAttribute("id")), "the confirmation");
            b.press(Keys.SPACE);
            assertThat(b.find("#confirm").isSelected()).isTrue();
            b.tabUntil(e -> "submit".equals(e.getAttribute("type")) && "BUTTON".equalsIgnoreCase(e.getTagName()), "Submit");
            b.pressAway(Keys.ENTER);
            assertThat(b.path()).matches("/reports/" + CYCLE + "/BRA/receipts/\\d+");
            assertThat(b.find(".oer-digest").getText()).matches("[0-9a-f]{64}");
            b.shot("en-keyboard-receipt");
        }
    }

    @Test
    @Order(7)
    void aReturnedReportShowsTheReasonAndTheCommentBesideItsQuestionAndTheFocalPointsReplyIsSaved() throws Exception {
        // Kenya's report, submitted by the first test, is returned by the Secretariat with a comment on question 2
        String secretariat = "Bearer " + KeycloakClient.passwordGrant("secretariat", "secretariat");
        String report = LocalStack.serviceUrl() + "/api/cycles/" + CYCLE + "/reports/KEN";
        given().header("Authorization", secretariat).contentType("application/json")
                .body(Map.of("reason", "Please name the ministry in full.",
                        "comments", List.of(Map.of("question", "Q02", "text", "Which department of the ministry leads on OER?"))))
                .post(report + "/return").then().statusCode(200);
        RestAssured.reset();
        try (Browser b = browser("ken-returned")) {
            b.signIn("/reports", "fp-ken");
            WebElement row = b.find("a[href='/reports/" + CYCLE + "/KEN']").findElement(By.xpath("ancestor::tr"));
            assertThat(row.getText()).contains("Returned").contains("1 comment from the Secretariat");
            check(b, "en-my-reports-returned");
            b.clickAway("a[href='/reports/" + CYCLE + "/KEN']");
            assertThat(b.path()).isEqualTo(section("KEN", "GENERAL_INFORMATION"));
            assertThat(b.find(".alert-warning").getText()).contains("Please name the ministry in full.");
            WebElement comment = b.find("#q-Q02 .oer-comment");
            assertThat(comment.getText()).contains("Which department of the ministry leads on OER?").contains("secretariat");
            check(b, "en-returned-comment");

            String id = comment.getAttribute("id").substring("comment-".length());
            b.type("#reply-" + id, "The Directorate of Higher Education; the answer now names it.");
            b.clickAway("button[name=_reply][value='" + id + "']");
            // back on the section, at the question the reply belongs to
            assertThat(b.path()).isEqualTo(section("KEN", "GENERAL_INFORMATION") + "#q-Q02");
            assertThat(b.find("#q-Q02 .oer-reply").getText()).contains("The Directorate of Higher Education").contains("fp-ken");
            check(b, "en-returned-replied");
        }
        given().header("Authorization", secretariat).get(report).then().statusCode(200)
                .body("openComments[0].replies[0].text", org.hamcrest.Matchers.equalTo("The Directorate of Higher Education; the answer now names it."))
                .body("openComments[0].replies[0].author", org.hamcrest.Matchers.equalTo("fp-ken"));
        RestAssured.reset();
    }

    @Test
    @Order(100)
    void axeCoreFindsNoWcag21AaViolationOnAnyPageVisited() {
        assertThat(AXE_CHECKED).as("pages checked").isNotEmpty();
        assertThat(VIOLATIONS).as("axe-core (WCAG 2.1 A/AA) on " + AXE_CHECKED.size() + " pages: " + AXE_CHECKED
                + "\nviolations:\n  " + String.join("\n  ", VIOLATIONS)).isEmpty();
    }

    // ---- steps -------------------------------------------------------------------------------

    /** After Save and continue on the last section: Check your answers (or its link, if still on the section). */
    private static void toCheckYourAnswers(Browser b, String state) {
        String check = "/reports/" + CYCLE + "/" + state + "/check";
        if (!b.path().equals(check)) {
            assertThat(b.path()).startsWith(section(state, "MONITORING"));
            b.clickAway("nav.justify-content-between a[href='" + check + "']");
        }
        assertThat(b.path()).isEqualTo(check);
    }

    /** From any page: check your answers (nothing blocking), confirm, submit; returns the receipt's path. */
    private static String checkAndSubmit(Browser b, String state, String lang) {
        if (!b.path().equals("/reports/" + CYCLE + "/" + state + "/check")) {
            b.open("/reports/" + CYCLE + "/" + state + "/check");
        }
        assertThat(b.all("#blocking")).as("what still blocks: %s", b.all("#blocking").stream().map(WebElement::getText).toList()).isEmpty();
        check(b, lang + "-check-answers");
        // without the confirmation the submission is refused, with a summary linking to the checkbox
        b.clickAway("form[action$='/submit'] button[type=submit]");
        assertThat(b.all("#error-summary a[href='#confirm']")).hasSize(1);
        check(b, lang + "-check-answers-unconfirmed");
        b.click("#confirm");
        b.clickAway("form[action$='/submit'] button[type=submit]");
        assertThat(b.path()).matches("/reports/" + CYCLE + "/" + state + "/receipts/\\d+");
        check(b, lang + "-receipt");
        return b.path();
    }

    private static void signOut(Browser b) {
        b.clickAway("a.oer-signout");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> b.onKeycloakLogin());
        // really signed out: the report pages send to Keycloak's login again
        b.driver.get(LocalStack.serviceUrl() + "/reports");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> b.onKeycloakLogin());
        b.shot("signed-out");
    }

    /** Answers each visible question of the section as a user would, until no unanswered question shows. */
    private static void fillSection(Browser b, String state, Set<String> types) {
        Set<String> done = new LinkedHashSet<>();
        while (true) {
            String next = null;
            for (WebElement f : b.all("div.oer-question:not([hidden]) > fieldset[id$='-field']")) {
                String code = f.getAttribute("id").replaceAll("-field$", "");
                if (!done.contains(code)) {
                    next = code;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            types.add(fillQuestion(b, next, state, types));
            done.add(next);
        }
    }

    /** Fills one question with the control of its type and returns the type recognised. */
    private static String fillQuestion(Browser b, String code, String state, Set<String> types) {
        String q = "#q-" + code + " ";
        String named = "[name='" + code + "']";
        if (!b.all(q + "select" + named).isEmpty()) {
            Select select = new Select(b.find(q + "select" + named));
            select.selectByValue(state);
            b.waitIdle();
            assertSaved(b, code);
            assertThat(new Select(b.find(q + "select" + named)).getFirstSelectedOption().getAttribute("value")).isEqualTo(state);
            return "member_state";
        }
        List<WebElement> radios = b.all(q + "input[type=radio]" + named);
        if (!radios.isEmpty()) {
            List<String> values = radios.stream().map(r -> r.getAttribute("value")).toList();
            String pick = values.contains("yes") ? "yes" : values.get(0);
            b.click(q + "input[type=radio]" + named + "[value='" + pick + "']");
            assertThat(b.find(q + "input[type=radio]" + named + "[value='" + pick + "']").isSelected()).isTrue();
            return values.contains("not_applicable") ? "yes_no_na" : values.equals(List.of("yes", "no")) ? "yes_no" : "single_choice";
        }
        List<WebElement> boxes = b.all(q + "input[type=checkbox]" + named);
        if (!boxes.isEmpty()) {
            List<String> values = boxes.stream().map(r -> r.getAttribute("value")).toList();
            for (String v : values.subList(0, Math.min(2, values.size()))) {
                b.click(q + "input[type=checkbox]" + named + "[value='" + v + "']");
            }
            return "multiple_choice";
        }
        if (!b.all(q + "textarea" + named).isEmpty()) {
            boolean urls = b.find(q + "textarea" + named).getAttribute("class").contains("font-monospace");
            b.type(q + "textarea" + named, urls ? "https://oer.example.org/" + state.toLowerCase() + "/" + code.toLowerCase()
                    + "\nhttps://repository.example.org/" + code.toLowerCase()
                    : "Answer of " + state + " to " + code + ": measures, actors, dates and results.");
            assertSaved(b, code);
            return urls ? "url_list" : "long_text";
        }
        if (!b.all(q + "input[type=date]" + named).isEmpty()) {
            WebElement date = b.find(q + "input[type=date]" + named);
            // Chromium's date control takes keys in the locale's order: set it as the picker does
            b.js("arguments[0].value = '2022-06-15'; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", date);
            b.waitIdle();
            assertSaved(b, code);
            return "date";
        }
        if (!b.all(q + "input[inputmode=decimal]" + named).isEmpty()) {
            b.type(q + "input" + named, "12");
            assertSaved(b, code);
            return "number";
        }
        if (!b.all(q + "input" + named).isEmpty()) {
            b.type(q + "input" + named, "Ministry of Education of " + state);
            assertSaved(b, code);
            return "short_text";
        }
        if (!b.all(q + "input[name='" + code + ".rows']").isEmpty()) {
            boolean group = !b.all(q + "[name='" + code + ".0.NAME']").isEmpty();
            fillRow(b, code, 0, types);
            // Add another: a new empty entry, filled in turn
            b.clickAway(q + "button[name=_action][value=add]");
            assertThat(b.all("#q-" + code + " fieldset.oer-row").size()).isGreaterThanOrEqualTo(2);
            fillRow(b, code, 1, types);
            assertThat(b.all("#q-" + code + " .oer-invalid, #q-" + code + ".oer-invalid")).isEmpty();
            return group ? "repeatable_group" : "person_list";
        }
        List<String> keys = b.all(q + "input[name^='" + code + ".']").stream().map(e -> e.getAttribute("name"))
                .filter(n -> !n.endsWith("._orig") && !n.endsWith("._version")).toList();
        assertThat(keys).as("controls of " + code).isNotEmpty();
        for (String name : keys) {
            String key = name.substring(code.length() + 1);
            b.type(b.find("[name='" + name + "']"), contactValue(key, state));
        }
        assertSaved(b, code);
        return "contact";
    }

    private static void fillRow(Browser b, String code, int row, Set<String> types) {
        String prefix = code + "." + row + ".";
        List<String> names = b.all("#q-" + code + " [name^='" + prefix + "']").stream().map(e -> e.getAttribute("name")).toList();
        assertThat(names).as("entry " + row + " of " + code).isNotEmpty();
        for (String name : names) {
            String key = name.substring(prefix.length());
            WebElement field = b.find("[name='" + name + "']");
            if (field.getTagName().equals("select")) {
                Select select = new Select(field);
                select.selectByIndex(select.getOptions().size() > 1 ? 1 : 0);
                b.waitIdle();
            } else if ("url".equals(field.getAttribute("type"))) {
                types.add("url");
                b.type(field, "https://oer.example.org/initiatives/" + (row + 1));
            } else if ("decimal".equals(field.getAttribute("inputmode"))) {
                b.type(field, "202" + (row + 3));
            } else if (field.getTagName().equals("textarea")) {
                b.type(field, "What entry " + (row + 1) + " of " + code + " did.");
            } else {
                b.type(field, key.equalsIgnoreCase("email") ? "entry" + row + "@example.org" : "Entry " + (row + 1) + " " + key.toLowerCase());
            }
        }
    }

    private static String contactValue(String key, String state) {
        return switch (key) {
            case "email" -> "focal.point@education." + state.toLowerCase() + ".example.org";
            case "phone" -> "+254 20 318 581";
            case "name" -> "Wanjiru Kamau";
            default -> "Contact " + key;
        };
    }

    private static void assertSaved(Browser b, String code) {
        assertThat(b.find("#q-" + code).getText()).as("question " + code + " after autosave").doesNotContainPattern("(?i)failed");
        assertThat(b.all("#" + code + "-error")).as("errors of " + code + ": %s",
                b.all("#" + code + "-error").stream().map(WebElement::getText).toList()).isEmpty();
    }

    // ---- the API, for the keyboard test's first sections ---------------------------------------

    /** Answers every question outside MONITORING through the API ("no" and the last option: follow-ups stay hidden). */
    private static void prefillAllButMonitoring(String state, String user) throws IOException, InterruptedException {
        Map<String, Object> answers = BrowserAnswers.except(state, Set.of("MONITORING"));
        String auth = "Bearer " + KeycloakClient.passwordGrant(user, user);
        String report = LocalStack.serviceUrl() + "/api/cycles/" + CYCLE + "/reports/" + state;
        int version = given().header("Authorization", auth).get(report).then().statusCode(200).extract().path("version");
        given().header("Authorization", auth).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(Map.of("answers", answers)).patch(report + "/answers").then().statusCode(200);
        RestAssured.reset();
    }
}
