package org.unesco.oer.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** What a focal point does on the report pages, without JavaScript and with htmx's autosave. */
@QuarkusTest
class ReportPagesTest {

    private static final String CYCLE = "pages-open";

    @Inject
    ReportFixture fixture;

    private PageClient focalPoint(String state) {
        fixture.openCycle(CYCLE);
        String user = "fp-pages-" + state.toLowerCase();
        fixture.designate(CYCLE, state, user);
        return new PageClient(Tokens.focalPoint(user));
    }

    private static String section(String state, String section) {
        return "/reports/" + CYCLE + "/" + state + "/sections/" + section;
    }

    @Test
    void myReportsListsTheReportsTheFocalPointIsDesignatedForAndNoOther() {
        Document page = focalPoint("NER").page("/reports");
        assertThat(page.select("a[href=/reports/" + CYCLE + "/NER]")).hasSize(1);
        assertThat(page.select("a[href^=/reports/" + CYCLE + "/]")).hasSize(1);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void saveAndContinueOnTheLastSectionLeadsToCheckYourAnswers() {
        PageClient fp = focalPoint("MDG");
        Document page = fp.page(section("MDG", "MONITORING"));
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        form.put("_action", List.of("continue"));
        assertThat(fp.post(section("MDG", "MONITORING"), form).header("Location")).endsWith("/reports/" + CYCLE + "/MDG/check");
    }

    @Test
    void aMissingFileIsANotFoundPageEvenForAVisitorWhoIsNotSignedIn() {
        io.restassured.response.Response r = given().get("/favicon.ico");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.asString()).doesNotContain("Sign out");
    }

    @Test
    void aLanguageChosenOnAnErrorPageIsUsedThereAndRemembered() {
        Response r = focalPoint("GMB").get("/reports/" + CYCLE + "/XYZ/check?lang=fr");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(r.asString()).select("html").attr("lang")).isEqualTo("fr");
        assertThat(r.getDetailedCookie("oer-lang").getValue()).isEqualTo("fr");
    }

    @Test
    void theReportOpensOnItsFirstSection() {
        Response r = focalPoint("MLI").get("/reports/" + CYCLE + "/MLI");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith(section("MLI", "GENERAL_INFORMATION"));
    }

    @Test
    void eachQuestionShowsItsPrintedNumberAndTheControlOfItsType() {
        PageClient fp = focalPoint("TCD");
        Document general = fp.page(section("TCD", "GENERAL_INFORMATION"));
        assertThat(general.select("#q-Q01 .oer-number").text()).isEqualTo("Question 1");
        assertThat(general.select("select[name=Q01] option[value=KEN]")).hasSize(1);
        assertThat(general.select("input[name=Q02][type=text]")).hasSize(1);
        assertThat(general.select("input[name=Q03.email][type=email]")).hasSize(1);
        assertThat(general.select("input[name=Q04.0.name]")).hasSize(1);
        Document area = fp.page(section("TCD", "GENERAL"));
        assertThat(area.select("input[name=Q06][type=radio]")).hasSize(2);
        assertThat(area.select("input[name=Q08][type=radio]")).hasSize(3);
        assertThat(area.selectFirst("#q-Q09_URLS").hasAttr("hidden")).isTrue();
        Document policy = fp.page(section("TCD", "AREA_II"));
        assertThat(policy.select("#q-A2_OER_POLICY_DATE")).allMatch(e -> e.hasAttr("hidden"));
    }

    @Test
    void questionsRevealedByEarlierAnswersShowTheirListsChoicesAndGroups() {
        PageClient fp = focalPoint("GIN");
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "GIN", Map.of("Q08", "yes", "A1_CAPACITY_BUILDING_INITIATIVES", "yes"), 0);
        assertThat(fp.page(section("GIN", "GENERAL")).select("textarea[name=Q09_URLS]")).hasSize(1);
        Document area = fp.page(section("GIN", "AREA_I"));
        assertThat(area.select("input[name=A1_TARGET_GROUPS][type=checkbox]")).hasSize(9);
        assertThat(area.select("input[name=A1_INITIATIVES.0.NAME]")).hasSize(1);
        assertThat(area.select("input[name=A1_INITIATIVES.0.YEAR][inputmode=decimal]")).hasSize(1);
        assertThat(area.select("input[name=A1_INITIATIVES.rows]").attr("value")).isEqualTo("1");
    }

    @Test
    void theSaveButtonSavesEveryChangedAnswerOfTheSectionWithoutJavaScript() {
        PageClient fp = focalPoint("BFA");
        Document page = fp.page(section("BFA", "GENERAL_INFORMATION"));
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        form.put("Q02", List.of("Ministère de l'Éducation nationale"));
        form.put("Q03.name", List.of("A. Ouédraogo"));
        form.put("Q03.email", List.of("a.ouedraogo@example.org"));
        form.put("_action", List.of("save"));
        Response r = fp.post(section("BFA", "GENERAL_INFORMATION"), form);
        assertThat(r.statusCode()).isEqualTo(303);
        String auth = Tokens.secretariat();
        given().header("Authorization", auth).get(reportPath(CYCLE, "BFA")).then()
                .body("answers.Q02", equalTo("Ministère de l'Éducation nationale"))
                .body("answers.Q03.email", equalTo("a.ouedraogo@example.org"))
                .body("answers.Q01", nullValue());
    }

    @Test
    void anInvalidAnswerIsShownInAnErrorSummaryLinkingToTheQuestionAndNothingOfItIsStored() {
        PageClient fp = focalPoint("GHA");
        Document page = fp.page(section("GHA", "GENERAL_INFORMATION"));
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        form.put("Q03.name", List.of("K. Mensah"));
        form.put("Q03.email", List.of("not an address"));
        Response r = fp.post(section("GHA", "GENERAL_INFORMATION"), form);
        assertThat(r.statusCode()).isEqualTo(400);
        Document shown = Jsoup.parse(r.asString());
        Element link = shown.selectFirst("#error-summary a");
        assertThat(link.attr("href")).isEqualTo("#Q03-field");
        assertThat(link.text()).startsWith("Question 3:").contains("e-mail");
        assertThat(shown.select("input[name=Q03.email]").attr("value")).isEqualTo("not an address");
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "GHA")).then().body("answers.Q03", nullValue());
    }

    @Test
    void aFormPostWithoutTheAntiForgeryTokenIsRefusedAndStoresNothing() {
        PageClient fp = focalPoint("SEN");
        Document page = fp.page(section("SEN", "GENERAL_INFORMATION"));
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        form.remove("_csrf");
        form.put("Q02", List.of("Forged"));
        assertThat(fp.post(section("SEN", "GENERAL_INFORMATION"), form).statusCode()).isEqualTo(403);
        form.put("_csrf", List.of("0".repeat(64)));
        assertThat(fp.post(section("SEN", "GENERAL_INFORMATION"), form).statusCode()).isEqualTo(403);
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "SEN")).then().body("answers.Q02", nullValue());
    }

    @Test
    void autosaveSavesOneQuestionAndShowsTheQuestionsItsAnswerReveals() {
        PageClient fp = focalPoint("TGO");
        Document page = fp.page(section("TGO", "GENERAL"));
        String csrf = page.selectFirst("input[name=_csrf]").attr("value");
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        form.put("Q06", List.of("yes"));
        Response r = fp.htmx("/reports/" + CYCLE + "/TGO/answers/Q06", form, csrf);
        assertThat(r.statusCode()).isEqualTo(200);
        Document fragment = Jsoup.parseBodyFragment(r.asString());
        assertThat(fragment.select("#q-Q06 .text-success").text()).contains("Saved");
        Element revealed = fragment.selectFirst("#q-Q07");
        assertThat(revealed.attr("hx-swap-oob")).isEqualTo("true");
        assertThat(revealed.hasAttr("hidden")).isFalse();
        assertThat(revealed.select("textarea[name=Q07]")).hasSize(1);
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "TGO")).then().body("answers.Q06", equalTo("yes"));
    }

    @Test
    void aColleaguesChangeToTheSameQuestionIsShownInlineAndNotOverwritten() {
        PageClient fp = focalPoint("BEN");
        Document page = fp.page(section("BEN", "GENERAL_INFORMATION"));
        String csrf = page.selectFirst("input[name=_csrf]").attr("value");
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        // a colleague saves Q02 after this page was opened
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "BEN", Map.of("Q02", "Their ministry"), 0);
        form.put("Q02", List.of("My ministry"));
        Response r = fp.htmx("/reports/" + CYCLE + "/BEN/answers/Q02", form, csrf);
        Document fragment = Jsoup.parseBodyFragment(r.asString());
        Element conflict = fragment.selectFirst("#q-Q02 .alert-warning");
        assertThat(conflict.text()).contains("secretariat").contains("Their ministry").contains("My ministry");
        assertThat(fragment.select("#q-Q02 input[name=Q02]").attr("value")).isEqualTo("My ministry");
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "BEN")).then().body("answers.Q02", equalTo("Their ministry"));

        // keeping mine saves it over theirs, knowingly
        Map<String, List<String>> again = PageClient.fields(fragment.selectFirst("#q-Q02"));
        again.put("Q02._resolve", List.of("mine"));
        again.put("_csrf", List.of(csrf));
        fp.htmx("/reports/" + CYCLE + "/BEN/answers/Q02", again, csrf).then().statusCode(200);
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "BEN")).then().body("answers.Q02", equalTo("My ministry"));
    }

    @Test
    void colleaguesSavingDifferentQuestionsFromOlderPagesDoNotConflict() {
        PageClient fp = focalPoint("CIV");
        Document page = fp.page(section("CIV", "GENERAL_INFORMATION"));
        String csrf = page.selectFirst("input[name=_csrf]").attr("value");
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "CIV", Map.of("Q01", "CIV"), 0);
        form.put("Q02", List.of("Ministère de l'Éducation"));
        Document fragment = Jsoup.parseBodyFragment(fp.htmx("/reports/" + CYCLE + "/CIV/answers/Q02", form, csrf).asString());
        assertThat(fragment.select("#q-Q02 .alert-warning")).isEmpty();
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "CIV")).then()
                .body("answers.Q01", equalTo("CIV")).body("answers.Q02", equalTo("Ministère de l'Éducation"));
    }

    @Test
    void anotherStatesReportPageIsNotFoundExactlyAsInTheApi() {
        PageClient fp = focalPoint("NGA");
        focalPoint("CMR");
        assertThat(fp.get(section("CMR", "GENERAL_INFORMATION")).statusCode()).isEqualTo(404);
        assertThat(fp.get(section("XYZ", "GENERAL_INFORMATION")).statusCode()).isEqualTo(404);
        Response check = fp.get("/reports/" + CYCLE + "/CMR/check");
        assertThat(check.statusCode()).isEqualTo(404);
        assertThat(check.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(check.asString());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("p.lead").text()).isEqualTo(given().header("Authorization", Tokens.focalPoint("fp-pages-nga"))
                .get(reportPath(CYCLE, "CMR")).then().extract().path("detail").toString());
    }

    @Test
    void submittingFromCheckYourAnswersNeedsTheConfirmationAndShowsTheReceipt() {
        PageClient fp = focalPoint("RWA");
        String auth = Tokens.focalPoint("fp-pages-rwa");
        ReportFixture.patch(auth, CYCLE, "RWA", fixture.completeAnswers("RWA"), 0);
        Document check = fp.page("/reports/" + CYCLE + "/RWA/check");
        assertThat(check.select("#blocking")).isEmpty();
        Element form = check.selectFirst("form[action$=/submit]");
        Map<String, List<String>> fields = PageClient.fields(form);
        assertThat(fp.post("/reports/" + CYCLE + "/RWA/submit", fields).statusCode()).isEqualTo(400);
        fields.put("confirm", List.of("yes"));
        Response submitted = fp.post("/reports/" + CYCLE + "/RWA/submit", fields);
        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(submitted.header("Location")).endsWith("/reports/" + CYCLE + "/RWA/receipts/1");
        Document receipt = fp.page("/reports/" + CYCLE + "/RWA/receipts/1");
        String digest = given().header("Authorization", auth).get(reportPath(CYCLE, "RWA") + "/submissions").then()
                .extract().path("[0].digest");
        assertThat(receipt.select(".oer-digest").text()).isEqualTo(digest);
    }

    @Test
    void checkYourAnswersLinksEachBlockingQuestionToItsSection() {
        PageClient fp = focalPoint("LBR");
        Document check = fp.page("/reports/" + CYCLE + "/LBR/check");
        Element first = check.selectFirst("#blocking a");
        assertThat(first.attr("href")).isEqualTo(section("LBR", "GENERAL_INFORMATION") + "#q-Q01");
        assertThat(check.select("form[action$=/submit]")).isEmpty();
    }

    @Test
    void inArabicThePageIsRightToLeftWithArabicWords() {
        PageClient fp = focalPoint("MRT");
        Document page = fp.page(section("MRT", "GENERAL") + "?lang=ar");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("link[href*=bootstrap.rtl.min.css]")).hasSize(1);
        assertThat(page.select("#q-Q06 .oer-number").text()).isEqualTo("السؤال 6");
    }

    @Test
    void anAnalystReadsTheReportWithoutAnythingToChange() {
        focalPoint("SLE");
        Document page = new PageClient(Tokens.analyst()).page(section("SLE", "GENERAL_INFORMATION"));
        assertThat(page.select("button[type=submit]")).isEmpty();
        assertThat(page.select("input[name=Q02]").hasAttr("readonly")).isTrue();
    }

    @Test
    void aReturnedReportShowsTheReasonAndEachCommentBesideItsQuestionAndTheFocalPointReplies() {
        PageClient fp = focalPoint("ZMB");
        String auth = Tokens.focalPoint("fp-pages-zmb");
        fixture.returnedWithComment(auth, CYCLE, "ZMB", "Please name the ministry", "Q02", "Which ministry exactly?");
        Document page = fp.page(section("ZMB", "GENERAL_INFORMATION"));
        assertThat(page.select(".alert-warning").first().text()).contains("Please name the ministry");
        Element comment = page.selectFirst("#q-Q02 .oer-comment");
        assertThat(comment.text()).contains("Which ministry exactly?").contains("secretariat");

        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        String id = comment.id().substring("comment-".length());
        form.put("_reply", List.of(id));
        form.put("_replyText." + id, List.of("The Ministry of Education; corrected."));
        assertThat(fp.post(section("ZMB", "GENERAL_INFORMATION"), form).statusCode()).isEqualTo(303);
        Document after = fp.page(section("ZMB", "GENERAL_INFORMATION"));
        assertThat(after.select("#q-Q02 .oer-reply").text()).contains("The Ministry of Education; corrected.").contains("fp-pages-zmb");
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "ZMB")).then()
                .body("openComments[0].replies[0].text", equalTo("The Ministry of Education; corrected."))
                .body("openComments[0].replies[0].author", equalTo("fp-pages-zmb"));
    }

    @Test
    void theHistoryShowsWhoChangedWhatAndAfterAResubmissionTheChangesAreListed() {
        PageClient fp = focalPoint("UGA");
        String auth = Tokens.focalPoint("fp-pages-uga");
        fixture.submitted(auth, CYCLE, "UGA");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(Map.of("reason", "Please check Q02"))
                .post(reportPath(CYCLE, "UGA") + "/return").then().statusCode(200);
        ReportFixture.patch(auth, CYCLE, "UGA", Map.of("Q02", "Ministry of Education and Sports"), ReportFixture.version(auth, CYCLE, "UGA"));
        ReportFixture.submit(auth, reportPath(CYCLE, "UGA")).statusCode(200);

        Document history = fp.page("/reports/" + CYCLE + "/UGA/history");
        Element newestAnswer = history.select("tbody tr").stream().filter(r -> r.text().contains("Question 2")).findFirst().orElseThrow();
        assertThat(newestAnswer.text()).contains("fp-pages-uga").contains("Answer changed").contains("Ministry of Education and Sports");

        Document changes = fp.page("/reports/" + CYCLE + "/UGA/changes");
        assertThat(changes.select("tbody tr")).hasSize(1);
        assertThat(changes.select("tbody tr").text()).contains("Question 2").contains("Answer to Q02").contains("Ministry of Education and Sports");
        assertThat(fp.page("/reports/" + CYCLE + "/UGA/receipts/2").select("a[href$=/changes]")).hasSize(1);
    }

    @Test
    void theHistoryMarksWhatTheSecretariatEnteredOnTheStatesBehalf() {
        PageClient fp = focalPoint("TGO");
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "TGO", Map.of("Q02", "Ministère de l'Éducation nationale"), 0);
        Element row = fp.page("/reports/" + CYCLE + "/TGO/history").select("tbody tr").stream()
                .filter(r -> r.text().contains("Question 2")).findFirst().orElseThrow();
        assertThat(row.text()).contains("secretariat (Secretariat, on the state's behalf)");
    }

    @Test
    void checkYourAnswersStatesTheDeadlineRuleThatAppliesInPlainWords() {
        assertThat(focalPoint("ETH").page("/reports/" + CYCLE + "/ETH/check").select("#deadline-rule").text())
                .contains("a report submitted by then is on time");
        fixture.lateCycle("pages-late");
        fixture.designate("pages-late", "ETH", "fp-pages-late-eth");
        assertThat(new PageClient(Tokens.focalPoint("fp-pages-late-eth")).page("/reports/pages-late/ETH/check").select("#deadline-rule").text())
                .contains("marked as late").contains("no report is accepted any more");
    }

    @Test
    void aSavedCountryIsShownSelectedSoThatSavingTheSectionKeepsIt() {
        PageClient fp = focalPoint("KHM");
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "KHM", Map.of("Q01", "KHM"), 0);
        Document page = fp.page(section("KHM", "GENERAL_INFORMATION"));
        assertThat(page.select("select[name=Q01] option[selected]").attr("value")).isEqualTo("KHM");
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        form.put("_action", List.of("save"));
        assertThat(fp.post(section("KHM", "GENERAL_INFORMATION"), form).statusCode()).isEqualTo(303);
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "KHM")).then().body("answers.Q01", equalTo("KHM"));
    }

    @Test
    void theSwitcherOffersTheSixLanguagesAndAChinesePageIsInChineseThroughout() {
        PageClient fp = focalPoint("PAK");
        Document page = fp.page(section("PAK", "GENERAL") + "?lang=zh");
        assertThat(page.select("header nav li")).hasSize(6);
        assertThat(page.select("html").attr("lang")).isEqualTo("zh");
        assertThat(page.select("#q-Q06 .oer-number").text()).isEqualTo("问题 6");
        assertThat(page.select("#q-Q06 .oer-label").text()).doesNotContainPattern("[A-Za-z]{4,}");
        assertThat(page.select("#q-Q06 label").text()).isEqualTo("是 否");
    }
}
