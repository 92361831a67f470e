package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** Submitting certifies what the submitter saw: If-Match is required and must be the report's current version. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class SubmitIfMatchTest {

    private static final String CYCLE = "submit-open";

    @Inject
    ReportFixture fixture;

    private String completeReport(String state) {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, state, "fp-submit-" + state);
        String fp = Tokens.focalPoint("fp-submit-" + state);
        ReportFixture.patch(fp, CYCLE, state, fixture.completeAnswers(state), 0);
        return fp;
    }

    @Test
    void aSubmitWithoutIfMatchIsRefusedWith428AndNothingIsSubmitted() {
        String fp = completeReport("POL");
        given().header("Authorization", fp).post(reportPath(CYCLE, "POL") + "/submit").then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oer-reporting:problem:if-match-required"));
        given().header("Authorization", fp).get(reportPath(CYCLE, "POL")).then()
                .body("status", equalTo("draft")).body("submissionCount", equalTo(0));
    }

    @Test
    void aSubmitOnAnOlderVersionIsRefusedEvenWhenOnlyAnotherQuestionChanged() {
        String fp = completeReport("CZE");
        int seen = ReportFixture.version(fp, CYCLE, "CZE");
        // A colleague edits a question the submitter did not touch: no merge for submissions.
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "CZE", Map.of("Q02", "Ministry of Education, Youth and Sports"), seen);
        given().header("Authorization", fp).header("If-Match", "\"" + seen + "\"").post(reportPath(CYCLE, "CZE") + "/submit")
                .then().statusCode(409)
                .body("type", equalTo("urn:oer-reporting:problem:stale-version"))
                .body("currentVersion", equalTo(seen + 1))
                .body("$", not(hasKey("conflicts")));
        given().header("Authorization", fp).get(reportPath(CYCLE, "CZE") + "/submissions").then().body("size()", equalTo(0));
    }

    @Test
    void theSecretariatSubmittingForAStateAlsoNeedsIfMatch() {
        completeReport("SVK");
        given().header("Authorization", Tokens.secretariat()).post(reportPath(CYCLE, "SVK") + "/submit").then().statusCode(428);
    }

    @Test
    void aSubmitOnTheCurrentVersionDigestsExactlyThatVersionsAnswers() {
        String fp = completeReport("HUN");
        Map<String, Object> seen = given().header("Authorization", fp).get(reportPath(CYCLE, "HUN")).then().extract().path("answers");
        ReportFixture.submit(fp, reportPath(CYCLE, "HUN")).statusCode(200).body("number", equalTo(1));
        given().header("Authorization", fp).get(reportPath(CYCLE, "HUN") + "/submissions/1").then()
                .body("digestValid", equalTo(true))
                .body("content.answers", equalTo(seen));
    }
}
