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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** The Secretariat enters a report received outside the system on the state's behalf, with the focal points' own pages. */
@QuarkusTest
class ProxyEntryPagesTest {

    private static final String CYCLE = "rev-proxy";

    @Inject
    ReportFixture fixture;

    private final PageClient secretariat = new PageClient(Tokens.secretariat());

    /** Every required answer entered by the Secretariat on the state's behalf. */
    private void entered(String state) {
        fixture.openCycle(CYCLE);
        ReportFixture.patch(Tokens.secretariat(), CYCLE, state, fixture.completeAnswers(state),
                ReportFixture.version(Tokens.secretariat(), CYCLE, state));
    }

    private static String submitPage(String state) {
        return "/secretariat/" + CYCLE + "/states/" + state + "/submit";
    }

    private static String status(String state) {
        return given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, state)).then().statusCode(200)
                .extract().path("status");
    }

    /** The submit form posted as a browser does: multipart, with the page's hidden fields. */
    private Response post(String state, String receivedAt, String fileName, byte[] file, String type) {
        Document page = secretariat.page(submitPage(state));
        Element form = page.selectFirst("#proxy-submit-form");
        var request = given().header("Authorization", Tokens.secretariat()).redirects().follow(false)
                .multiPart("_csrf", form.selectFirst("input[name=_csrf]").attr("value"))
                .multiPart("_version", form.selectFirst("input[name=_version]").attr("value"))
                .multiPart("receivedAt", receivedAt);
        request = file == null ? request.multiPart("document", "", new byte[0], "application/octet-stream")
                : request.multiPart("document", fileName, file, type);
        return request.post(submitPage(state));
    }

    @Test
    void theReportPagesShowTheSecretariatThatItEntersOnTheStatesBehalfAndNotTheFocalPoint() {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, "KEN", "fp-proxy-ken");
        assertThat(secretariat.page("/reports/" + CYCLE + "/KEN/sections/GENERAL_INFORMATION").select("#proxy-banner").text())
                .contains("on the state's behalf");
        assertThat(secretariat.page("/reports/" + CYCLE + "/KEN/check").select("#proxy-banner")).hasSize(1);
        assertThat(new PageClient(Tokens.focalPoint("fp-proxy-ken")).page("/reports/" + CYCLE + "/KEN/sections/GENERAL_INFORMATION")
                .select("#proxy-banner")).isEmpty();
    }

    @Test
    void theSecretariatSavesAnswersWithTheFocalPointsFormAndTheHistorySaysOnTheStatesBehalf() {
        fixture.openCycle(CYCLE);
        String section = "/reports/" + CYCLE + "/TGO/sections/GENERAL_INFORMATION";
        var form = PageClient.fields(secretariat.page(section).selectFirst("form[method=post]"));
        form.put("Q02", java.util.List.of("Ministère de l'Éducation nationale"));
        form.put("_action", java.util.List.of("save"));
        assertThat(secretariat.post(section, form).statusCode()).isEqualTo(303);
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "TGO")).then()
                .body("answers.Q02", equalTo("Ministère de l'Éducation nationale"));
        assertThat(secretariat.page("/secretariat/" + CYCLE + "/states/TGO").select("#history-list tbody tr").first().text())
                .contains("secretariat (Secretariat, on the state's behalf)");
    }

    @Test
    void checkYourAnswersLeadsTheSecretariatToTheSubmitStepThatAsksTheDateReceived() {
        entered("UGA");
        Document check = secretariat.page("/reports/" + CYCLE + "/UGA/check");
        assertThat(check.select("#proxy-continue").attr("href")).isEqualTo(submitPage("UGA"));
        assertThat(check.select("form[action$=/submit]")).isEmpty();
        Document page = secretariat.page(submitPage("UGA"));
        assertThat(page.select("label[for=receivedAt]").text()).isEqualTo("Date the report was received");
        assertThat(page.select("#receivedAt").attr("value")).isEqualTo(fixture.today().toString());
        assertThat(page.select("#proxy-submit-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("label[for=document]")).hasSize(1);
    }

    @Test
    void submittingWithTheDateReceivedAndTheDocumentRecordsBothOnTheReceipt() {
        entered("TZA");
        LocalDate received = fixture.today().minusDays(3);
        Response r = post("TZA", received.toString(), "report-tanzania.pdf", StatePagesTest.PDF, "application/pdf");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/secretariat/" + CYCLE + "/states/TZA?done=submitted-1");

        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "TZA") + "/submissions/1").then().statusCode(200)
                .body("receipt.enteredBySecretariat", equalTo(true))
                .body("receipt.submittedAt", org.hamcrest.Matchers.startsWith(received.toString()))
                .body("documents[0].fileName", equalTo("report-tanzania.pdf"));
        Document state = secretariat.page("/secretariat/" + CYCLE + "/states/TZA?done=submitted-1");
        assertThat(state.select("#done-banner").text()).contains("receipt 1");
        Element receipt = state.selectFirst("#receipt-1");
        assertThat(receipt.select(".oer-received").text()).contains(String.valueOf(received.getDayOfMonth())).contains(String.valueOf(received.getYear()));
        assertThat(receipt.select(".oer-entered-by").text()).contains("Entered by the Secretariat on the state's behalf");
        assertThat(state.select("#document-list a[download]").text()).isEqualTo("report-tanzania.pdf");
    }

    @Test
    void aDocumentLargerThanAnyOtherRequestBodyIsTakenFromThePage() {
        entered("MOZ");
        byte[] large = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) ' ');
        System.arraycopy(StatePagesTest.PDF, 0, large, 0, StatePagesTest.PDF.length);
        Response r = post("MOZ", fixture.today().toString(), "scan.pdf", large, "application/pdf");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "MOZ") + "/submissions/1").then()
                .body("documents[0].size", equalTo(large.length));
    }

    @Test
    void theSubmitStepWithoutTheAntiForgeryTokenIsRefused() {
        entered("AGO");
        Response r = given().header("Authorization", Tokens.secretariat()).redirects().follow(false)
                .multiPart("_version", String.valueOf(ReportFixture.version(Tokens.secretariat(), CYCLE, "AGO")))
                .multiPart("receivedAt", fixture.today().toString()).post(submitPage("AGO"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(status("AGO")).isEqualTo("draft");
    }

    @Test
    void submittingWithoutADocumentIsAccepted() {
        entered("RWA");
        Response r = post("RWA", fixture.today().toString(), null, null, null);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        assertThat(status("RWA")).isEqualTo("submitted");
    }

    @Test
    void withoutTheDateReceivedThePageAsksForItAndNothingIsSubmitted() {
        entered("ZMB");
        Response r = post("ZMB", "", null, null, null);
        assertThat(r.statusCode()).isEqualTo(400);
        Element link = Jsoup.parse(r.asString()).selectFirst("#error-summary a");
        assertThat(link.attr("href")).isEqualTo("#receivedAt");
        assertThat(link.text()).isEqualTo("Enter the date the report was received");
        assertThat(status("ZMB")).isEqualTo("draft");
    }

    @Test
    void aDateReceivedBeforeTheConsultationOpenedIsNamedInTheErrorSummary() {
        entered("MWI");
        Response r = post("MWI", fixture.today().minusYears(1).toString(), null, null, null);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#receivedAt");
        assertThat(page.select("#receivedAt").attr("aria-invalid")).isEqualTo("true");
        assertThat(status("MWI")).isEqualTo("draft");
    }

    @Test
    void aDocumentThatIsNotWhatItClaimsIsRefusedAndTheReportIsNotSubmitted() {
        entered("BWA");
        Response r = post("BWA", fixture.today().toString(), "report.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#document");
        assertThat(page.select("#document-error").text()).isNotBlank();
        assertThat(status("BWA")).isEqualTo("draft");
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "BWA")).then().body("submissionCount", equalTo(0));
    }

    @Test
    void anIncompleteReportCannotBeSubmittedFromTheSubmitStep() {
        fixture.openCycle(CYCLE);
        Document page = secretariat.page(submitPage("NAM"));
        assertThat(page.select("#not-submittable")).hasSize(1);
        assertThat(page.select("#proxy-submit-form")).isEmpty();
    }

    @Test
    void aFocalPointGetsNoSubmitStepOfTheSecretariat() {
        entered("LSO");
        fixture.designate(CYCLE, "LSO", "fp-proxy-lso");
        PageClient fp = new PageClient(Tokens.focalPoint("fp-proxy-lso"));
        assertThat(fp.get(submitPage("LSO")).statusCode()).isIn(403, 404);
        Response r = given().header("Authorization", Tokens.focalPoint("fp-proxy-lso")).redirects().follow(false)
                .multiPart("receivedAt", fixture.today().toString()).post(submitPage("LSO"));
        assertThat(r.statusCode()).isIn(403, 404);
        assertThat(status("LSO")).isEqualTo("draft");
        assertThat(new PageClient(Tokens.analyst()).get(submitPage("LSO")).statusCode()).isEqualTo(403);
    }
}
