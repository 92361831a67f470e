package org.unesco.oer.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** A state's page for the Secretariat: the report, receipts, documents, focal points, contacts and history. */
@QuarkusTest
class StatePagesTest {

    private static final String CYCLE = "rev-state";
    /** The smallest file the service recognises as a PDF. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ReportFixture fixture;

    private final PageClient secretariat = new PageClient(Tokens.secretariat());

    /** The state's report completed and submitted by its focal point; returns the focal point's token. */
    private String submitted(String state) {
        fixture.openCycle(CYCLE);
        String user = "fp-rev-" + state.toLowerCase();
        fixture.designate(CYCLE, state, user);
        String auth = Tokens.focalPoint(user);
        fixture.submitted(auth, CYCLE, state);
        return auth;
    }

    private static String statePage(String state) {
        return "/secretariat/" + CYCLE + "/states/" + state;
    }

    @Test
    void theStatePageShowsEachReceiptWithItsDigestCheckedAgain() {
        submitted("KEN");
        String digest = given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "KEN") + "/submissions/1")
                .then().statusCode(200).extract().path("receipt.digest");
        Document page = secretariat.page(statePage("KEN"));
        Element receipt = page.selectFirst("#receipt-1");
        assertThat(receipt.select(".oer-digest").text()).isEqualTo(digest);
        assertThat(receipt.select(".oer-digest-check").text()).contains("Matches the content");
        assertThat(receipt.select(".oer-entered-by").text()).contains("fp-rev-ken").contains("Submitted by the focal point");
        assertThat(page.select("#state-status").text()).isEqualTo("Submitted");
        assertThat(page.select("#receipts caption")).hasSize(1);
    }

    @Test
    void theStatePageShowsTheReportReadOnlyWithEachQuestionsNumberAndAnswerInWords() {
        submitted("UGA");
        Document page = secretariat.page(statePage("UGA"));
        assertThat(page.select("#answer-Q02 dt").text()).startsWith("Question 2.");
        assertThat(page.select("#answer-Q02 dd").text()).isEqualTo("Answer to Q02");
        assertThat(page.select("#answer-Q06 dd").text()).isEqualTo("No");
        assertThat(page.select("textarea, input:not([type=hidden]), select")).isEmpty();
    }

    @Test
    void aDocumentAttachedToASubmissionIsDownloadedUnchangedFromThePage() {
        submitted("TZA");
        given().header("Authorization", Tokens.secretariat()).contentType("application/pdf").body(PDF)
                .post(reportPath(CYCLE, "TZA") + "/submissions/1/documents?fileName=rapport national.pdf").then().statusCode(201);
        Document page = secretariat.page(statePage("TZA"));
        Element link = page.selectFirst("#document-list a[download]");
        assertThat(link.text()).isEqualTo("rapport national.pdf");
        Response download = secretariat.get(link.attr("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("rapport%20national.pdf");
        assertThat(download.header("Repr-Digest")).startsWith("sha-256=:");
        assertThat(download.asByteArray()).isEqualTo(PDF);
        assertThat(new PageClient(Tokens.analyst()).get(link.attr("href")).statusCode()).isEqualTo(200);
    }

    @Test
    void aDocumentOfAnotherSubmissionOrStateIsNotFound() {
        submitted("RWA");
        assertThat(secretariat.get(statePage("RWA") + "/documents/1/999999").statusCode()).isEqualTo(404);
        assertThat(secretariat.get(statePage("RWA") + "/documents/7/1").statusCode()).isEqualTo(404);
    }

    @Test
    void theHistoryListsTheRecordsNewestFirstInPages() {
        submitted("ZWE");
        Document page = secretariat.page(statePage("ZWE"));
        assertThat(page.select("#history-list tbody tr").first().text()).contains("Report submitted").contains("fp-rev-zwe");
        // designation, every answer and the submission: more than one page of history
        assertThat(page.select("#history-list tbody tr")).hasSize(20);
        Element older = page.selectFirst("#history-older");
        assertThat(older).isNotNull();
        Document next = secretariat.page(statePage("ZWE") + older.attr("href").replaceAll("#.*", ""));
        assertThat(next.select("#history-list tbody tr")).isNotEmpty();
        assertThat(next.select("#history-list tbody tr").text()).contains("Answer changed");
    }

    @Test
    void theFocalPointsTheNationalContactsAndTheContactLogAreShown() {
        submitted("MWI");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("language", "en", "nationalCommission", Map.of("name", "Malawi National Commission", "email", "natcom@example.org")))
                .put("/api/member-states/MWI/contacts").then().statusCode(200);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "MWI", "date", fixture.today().toString(), "channel", "phone", "level", "national_commission",
                        "note", "Promised the report by Friday"))
                .post("/api/cycles/" + CYCLE + "/contact-log").then().statusCode(201);
        Document page = secretariat.page(statePage("MWI"));
        assertThat(page.select("#designation-list tbody").text()).contains("Test fp-rev-mwi").contains("fp-rev-mwi@example.org").contains("Current");
        assertThat(page.select("#contact-list tbody").text()).contains("Malawi National Commission").contains("natcom@example.org");
        assertThat(page.select("#contact-log-list tbody").text()).contains("Telephone").contains("National Commission")
                .contains("Promised the report by Friday").contains("Recorded by hand");
    }

    @Test
    void anAnalystReadsTheStatePageButIsOfferedNoReview() {
        submitted("ZMB");
        Document page = new PageClient(Tokens.analyst()).page(statePage("ZMB"));
        assertThat(page.select("#receipt-1")).hasSize(1);
        assertThat(page.select("#review-link, #proxy-link, form")).isEmpty();
    }

    @Test
    void theSecretariatIsOfferedTheReviewAndEntryOnTheStatesBehalf() {
        fixture.openCycle(CYCLE);
        Document page = secretariat.page(statePage("BWA"));
        assertThat(page.select("#review-link").attr("href")).isEqualTo(statePage("BWA") + "/review");
        assertThat(page.select("#proxy-link").attr("href")).isEqualTo("/reports/" + CYCLE + "/BWA");
        assertThat(page.select("#state-status").text()).isEqualTo("Not started");
    }

    @Test
    void aFocalPointGetsNoStatePageNotEvenForTheirOwnState() {
        String auth = submitted("LSO");
        PageClient fp = new PageClient(auth);
        assertThat(fp.get(statePage("LSO")).statusCode()).isIn(403, 404);
        assertThat(fp.get(statePage("LSO") + "/documents/1/1").statusCode()).isIn(403, 404);
        assertThat(new PageClient(Tokens.admin()).get(statePage("LSO")).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownStateIsNotFound() {
        fixture.openCycle(CYCLE);
        assertThat(secretariat.get(statePage("XYZ")).statusCode()).isEqualTo(404);
        assertThat(secretariat.get("/secretariat/no-such-cycle/states/KEN").statusCode()).isEqualTo(404);
    }

    /** What every page loads besides itself (Bootstrap, htmx, own CSS and JS) on the wire, with room to spare (PageWeightTest: 49 KB). */
    static final int ASSETS = 60_000;

    @Test
    void theStatePageWithEveryPartFilledWeighsLessThan300KilobytesWithWhatItLoadsInEveryLanguage() {
        submitted("NAM");
        for (String lang : java.util.List.of("en", "ar", "zh", "fr", "ru", "es")) {
            Response r = secretariat.get(statePage("NAM") + "?lang=" + lang);
            assertThat(r.statusCode()).isEqualTo(200);
            // the page counted uncompressed, so a fortiori on the wire
            assertThat(r.asByteArray().length + ASSETS).as(lang).isLessThan(300_000);
        }
    }

    @Test
    void theStatePageSpeaksArabicRightToLeft() {
        submitted("EGY");
        Document page = secretariat.page(statePage("EGY") + "?lang=ar");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("#submissions").text()).isEqualTo("التقديمات والإيصالات");
        assertThat(page.select("#receipt-1 .oer-digest-check").text()).contains("مطابقة للمحتوى");
    }
}
