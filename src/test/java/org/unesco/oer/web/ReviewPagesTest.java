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
import static org.unesco.oer.support.ReportFixture.reportPath;

/** The Secretariat reviews a submitted report from the pages: comments, return, validate, reopen, what changed. */
@QuarkusTest
class ReviewPagesTest {

    private static final String CYCLE = "rev-review";

    @Inject
    ReportFixture fixture;

    private final PageClient secretariat = new PageClient(Tokens.secretariat());

    private String focalPoint(String state) {
        fixture.openCycle(CYCLE);
        String user = "fp-review-" + state.toLowerCase();
        fixture.designate(CYCLE, state, user);
        return Tokens.focalPoint(user);
    }

    private String submitted(String state) {
        String auth = focalPoint(state);
        fixture.submitted(auth, CYCLE, state);
        return auth;
    }

    private static String review(String state) {
        return "/secretariat/" + CYCLE + "/states/" + state + "/review";
    }

    private static String status(String state) {
        return given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, state)).then().statusCode(200)
                .extract().path("status");
    }

    private Map<String, List<String>> form(Document page, String id) {
        return PageClient.fields(page.selectFirst("form#" + id));
    }

    @Test
    void returningWithTwoQuestionCommentsShowsThemToTheFocalPointBesideTheirQuestions() {
        String auth = submitted("KEN");
        Map<String, List<String>> form = form(secretariat.page(review("KEN")), "return-form");
        form.put("comment.Q02", List.of("Which ministry exactly?"));
        form.put("comment.Q06", List.of("Please explain the answer."));
        form.put("reason", List.of("Two answers need more detail"));
        Response r = secretariat.post(review("KEN") + "/return", form);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/secretariat/" + CYCLE + "/states/KEN?done=returned");
        Document state = secretariat.page("/secretariat/" + CYCLE + "/states/KEN?done=returned");
        assertThat(state.select("#done-banner").text()).contains("returned to the focal point");
        assertThat(status("KEN")).isEqualTo("returned");

        PageClient fp = new PageClient(auth);
        Document general = fp.page("/reports/" + CYCLE + "/KEN/sections/GENERAL_INFORMATION");
        assertThat(general.select(".alert-warning").first().text()).contains("Two answers need more detail");
        assertThat(general.select("#q-Q02 .oer-comment").text()).contains("Which ministry exactly?");
        assertThat(fp.page("/reports/" + CYCLE + "/KEN/sections/GENERAL").select("#q-Q06 .oer-comment").text())
                .contains("Please explain the answer.");
    }

    @Test
    void returningWithoutAReasonShowsTheErrorSummaryAndChangesNothing() {
        submitted("UGA");
        Map<String, List<String>> form = form(secretariat.page(review("UGA")), "return-form");
        form.put("comment.Q02", List.of("Kept as typed"));
        Response r = secretariat.post(review("UGA") + "/return", form);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        Element link = page.selectFirst("#error-summary a");
        assertThat(link.attr("href")).isEqualTo("#reason");
        assertThat(link.text()).isEqualTo("Enter the reason the report is returned");
        assertThat(page.select("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#comment-Q02").text()).isEqualTo("Kept as typed");
        assertThat(status("UGA")).isEqualTo("submitted");
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "UGA")).then().body("openComments.size()", equalTo(0));
    }

    @Test
    void aCommentTooLongIsNamedByItsQuestionInTheErrorSummaryAndNothingIsReturned() {
        submitted("MOZ");
        Map<String, List<String>> form = form(secretariat.page(review("MOZ")), "return-form");
        form.put("comment.Q02", List.of("x".repeat(5001)));
        form.put("reason", List.of("Too long a comment"));
        Response r = secretariat.post(review("MOZ") + "/return", form);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        Element link = page.selectFirst("#error-summary a");
        assertThat(link.attr("href")).isEqualTo("#comment-Q02");
        assertThat(link.text()).isEqualTo("Question 2: Enter at most 5000 characters");
        assertThat(page.selectFirst("#question-Q02 details").hasAttr("open")).isTrue();
        assertThat(page.select("#reason").text()).isEqualTo("Too long a comment");
        assertThat(status("MOZ")).isEqualTo("submitted");
    }

    @Test
    void validatingWithANoteValidatesTheReportAndConfirmsIt() {
        submitted("TZA");
        Map<String, List<String>> form = form(secretariat.page(review("TZA")), "validate-form");
        form.put("note", List.of("Checked against the ministry's publication"));
        Response r = secretariat.post(review("TZA") + "/validate", form);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("?done=validated");
        assertThat(status("TZA")).isEqualTo("validated");
        Document state = secretariat.page("/secretariat/" + CYCLE + "/states/TZA?done=validated");
        assertThat(state.select("#done-banner").text()).contains("The report was validated.");
        assertThat(state.select("#history-list tbody tr").first().text()).contains("Report validated");
    }

    @Test
    void aValidatedReportOffersOnlyReopenAndReopeningNeedsAReason() {
        String auth = submitted("RWA");
        secretariat.post(review("RWA") + "/validate", form(secretariat.page(review("RWA")), "validate-form"));
        Document page = secretariat.page(review("RWA"));
        assertThat(page.select("#return-form, #validate-form")).isEmpty();
        Map<String, List<String>> form = form(page, "reopen-form");

        Response missing = secretariat.post(review("RWA") + "/reopen", form);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(missing.asString()).select("#error-summary a").attr("href")).isEqualTo("#reopen-reason");
        assertThat(status("RWA")).isEqualTo("validated");

        form.put("reason", List.of("The date of the policy was found to be wrong"));
        Response r = secretariat.post(review("RWA") + "/reopen", form);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("?done=reopened");
        assertThat(status("RWA")).isEqualTo("returned");
        assertThat(new PageClient(auth).page("/reports/" + CYCLE + "/RWA/sections/GENERAL_INFORMATION").select(".alert-warning").first().text())
                .contains("The date of the policy was found to be wrong");
    }

    @Test
    void afterAResubmissionTheChangedQuestionIsShownBeforeAndAfter() {
        String auth = submitted("ZMB");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(Map.of("reason", "Please check Q02"))
                .post(reportPath(CYCLE, "ZMB") + "/return").then().statusCode(200);
        ReportFixture.patch(auth, CYCLE, "ZMB", Map.of("Q02", "Ministry of Education and Sports"), ReportFixture.version(auth, CYCLE, "ZMB"));
        ReportFixture.submit(auth, reportPath(CYCLE, "ZMB")).statusCode(200);

        Document page = secretariat.page(review("ZMB"));
        assertThat(page.select("#changes").text()).isEqualTo("What changed in submission 2 since submission 1");
        assertThat(page.select("#change-list tbody tr")).hasSize(1);
        Element row = page.selectFirst("#change-Q02");
        assertThat(row.select("th").text()).contains("Question 2");
        assertThat(row.select(".oer-before").text()).isEqualTo("Answer to Q02");
        assertThat(row.select(".oer-after").text()).isEqualTo("Ministry of Education and Sports");
        assertThat(page.select("#question-Q02 .oer-changed")).hasSize(1);
        assertThat(page.select("#question-Q06 .oer-changed")).isEmpty();
    }

    @Test
    void theCommentThreadsShowTheFocalPointsRepliesAfterTheResubmission() {
        String auth = focalPoint("MWI");
        fixture.returnedWithComment(auth, CYCLE, "MWI", "Please name the ministry", "Q02", "Which ministry exactly?");
        long comment = given().header("Authorization", auth).get(reportPath(CYCLE, "MWI")).then().extract().<Integer>path("openComments[0].id");
        given().header("Authorization", auth).contentType("application/json").body(Map.of("text", "The Ministry of Education."))
                .post(reportPath(CYCLE, "MWI") + "/comments/" + comment + "/replies").then().statusCode(200);
        ReportFixture.submit(auth, reportPath(CYCLE, "MWI")).statusCode(200);

        Element thread = secretariat.page(review("MWI")).selectFirst("#question-Q02 .oer-comment");
        assertThat(thread.text()).contains("Which ministry exactly?").contains("Closed by a later submission");
        assertThat(thread.select(".oer-reply").text()).contains("The Ministry of Education.").contains("fp-review-mwi");
    }

    @Test
    void aReportNotSubmittedOffersNoDecision() {
        focalPoint("BWA");
        Document page = secretariat.page(review("BWA"));
        assertThat(page.select("#nothing-to-decide")).hasSize(1);
        assertThat(page.select("form")).isEmpty();
    }

    @Test
    void aDecisionWithoutTheAntiForgeryTokenIsRefused() {
        submitted("LSO");
        Map<String, List<String>> form = form(secretariat.page(review("LSO")), "validate-form");
        form.remove("_csrf");
        assertThat(secretariat.post(review("LSO") + "/validate", form).statusCode()).isEqualTo(403);
        assertThat(status("LSO")).isEqualTo("submitted");
    }

    @Test
    void aFocalPointGetsNoReviewPageAndCannotDecide() {
        String auth = submitted("NAM");
        PageClient fp = new PageClient(auth);
        assertThat(fp.get(review("NAM")).statusCode()).isIn(403, 404);
        Map<String, List<String>> form = form(secretariat.page(review("NAM")), "validate-form");
        assertThat(fp.post(review("NAM") + "/validate", form).statusCode()).isIn(403, 404);
        assertThat(new PageClient(Tokens.analyst()).get(review("NAM")).statusCode()).isEqualTo(403);
        assertThat(status("NAM")).isEqualTo("submitted");
    }

    @Test
    void theReviewPageWeighsLessThan300Kilobytes() {
        submitted("SWZ");
        Response r = secretariat.get(review("SWZ"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.asByteArray().length + StatePagesTest.ASSETS).isLessThan(300_000);
    }
}
