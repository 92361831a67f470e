package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.unesco.oer.support.ReportFixture.OPEN_CYCLE;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** A report from NOT_STARTED through return with comments, resubmission with its diff, and validation. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class ReportWorkflowTest {

    private static final String STATE = "KEN";
    private static final String FP = Tokens.focalPoint("fp-ken-workflow");
    private static final String SECRETARIAT = Tokens.secretariat();

    @Inject
    ReportFixture fixture;

    @BeforeEach
    void openCycle() {
        fixture.openCycle();
    }

    @Test
    void aReportGoesFromNotStartedThroughReturnAndResubmissionToValidation() {
        fixture.designate(OPEN_CYCLE, STATE, "fp-ken-workflow");
        String path = reportPath(OPEN_CYCLE, STATE);

        given().header("Authorization", FP).get(path).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("not_started")).body("completion", equalTo(0))
                .body("deadline.lastDay", equalTo(fixture.deadlineOf(OPEN_CYCLE).toString()));

        Map<String, JsonNode> answers = fixture.completeAnswers(STATE);
        int version = ReportFixture.patch(FP, OPEN_CYCLE, STATE, answers, 0);
        assertThat(version).isEqualTo(1);
        given().header("Authorization", FP).get(path).then().statusCode(200)
                .body("status", equalTo("draft")).body("completion", equalTo(100));

        String digest = ReportFixture.submit(FP, path).statusCode(200)
                .body("number", equalTo(1)).body("late", equalTo(false))
                .body("digest", matchesPattern("[0-9a-f]{64}")).extract().path("digest");

        // Locked while submitted.
        given().header("Authorization", FP).header("If-Match", "\"2\"").contentType("application/json")
                .body(Map.of("value", "Changed")).put(path + "/answers/Q05").then().statusCode(409)
                .body("type", equalTo("urn:oer-reporting:problem:report-locked"));

        given().header("Authorization", SECRETARIAT).contentType("application/json")
                .body(Map.of("reason", "Please describe the consultation in more detail",
                        "comments", List.of(Map.of("question", "Q05", "text", "Which ministries took part?"))))
                .post(path + "/return").then().statusCode(200)
                .body("status", equalTo("returned")).body("comments", equalTo(1));

        int returnedVersion = given().header("Authorization", FP).get(path).then().statusCode(200)
                .body("status", equalTo("returned"))
                .body("returnReason", equalTo("Please describe the consultation in more detail"))
                .body("openComments", hasSize(1))
                .body("openComments[0].question", equalTo("Q05"))
                .body("openComments[0].text", equalTo("Which ministries took part?"))
                .extract().path("version");

        given().header("Authorization", FP).header("If-Match", "\"" + returnedVersion + "\"").contentType("application/json")
                .body(Map.of("value", "Ministries of education, culture and ICT; the National Commission"))
                .put(path + "/answers/Q05").then().statusCode(200).body("status", equalTo("draft"));

        ReportFixture.submit(FP, path).statusCode(200).body("number", equalTo(2));
        given().header("Authorization", FP).get(path).then().body("openComments", hasSize(0));

        given().header("Authorization", SECRETARIAT).get(path + "/changes").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("changes", hasSize(1))
                .body("changes[0].question", equalTo("Q05"))
                .body("changes[0].change", equalTo("changed"))
                .body("changes[0].before", equalTo("Answer to Q05"))
                .body("changes[0].after", equalTo("Ministries of education, culture and ICT; the National Commission"));

        given().header("Authorization", SECRETARIAT).contentType("application/json").body(Map.of())
                .post(path + "/validate").then().statusCode(200).body("status", equalTo("validated"));
        given().header("Authorization", FP).get(path).then().body("status", equalTo("validated"));

        // The first receipt can still be checked.
        given().header("Authorization", FP).get(path + "/submissions/1").then().statusCode(200)
                .body("receipt.digest", equalTo(digest)).body("digestValid", equalTo(true))
                .body("content.answers.Q05", equalTo("Answer to Q05"));

        given().header("Authorization", SECRETARIAT).get(path + "/history?size=200").then().statusCode(200)
                .body("entries.action", hasItem("REPORT_SUBMITTED"))
                .body("entries.action", hasItem("REPORT_RETURNED"))
                .body("entries.action", hasItem("COMMENT_ADDED"))
                .body("entries.action", hasItem("REPORT_VALIDATED"))
                .body("entries.find { it.action == 'ANSWER_CHANGED' && it.question == 'Q05' && it.newValue.startsWith('Ministries') }.oldValue",
                        equalTo("Answer to Q05"));
    }

    @Test
    void theReportShowsTheReceiptOfItsLatestSubmissionEvenAfterItWasReadBefore() {
        String cycle = fixture.openCycle("receipt-latest"); // a cycle of its own: no other test's report in it
        String fp = Tokens.focalPoint("fp-uga-receipt");
        fixture.designate(cycle, "UGA", "fp-uga-receipt");
        String path = reportPath(cycle, "UGA");
        ReportFixture.patch(fp, cycle, "UGA", fixture.completeAnswers("UGA"), 0);
        String first = ReportFixture.submit(fp, path).statusCode(200).extract().path("digest");
        for (int i = 0; i < 2; i++) { // read twice: the receipt is kept once read
            given().header("Authorization", SECRETARIAT).get(path).then().statusCode(200)
                    .body("lastReceipt.number", equalTo(1)).body("lastReceipt.digest", equalTo(first));
        }
        given().header("Authorization", SECRETARIAT).contentType("application/json").body(Map.of("reason", "Please complete Q05"))
                .post(path + "/return").then().statusCode(200);
        int version = given().header("Authorization", fp).get(path).then().extract().path("version");
        given().header("Authorization", fp).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(Map.of("value", "Completed")).put(path + "/answers/Q05").then().statusCode(200);
        String second = ReportFixture.submit(fp, path).statusCode(200).body("number", equalTo(2)).extract().path("digest");

        assertThat(second).isNotEqualTo(first);
        given().header("Authorization", SECRETARIAT).get(path).then().statusCode(200)
                .body("lastReceipt.number", equalTo(2)).body("lastReceipt.digest", equalTo(second));
    }

    @Test
    void theSecretariatReopensAValidatedReportWithAReason() {
        String state = "TZA";
        fixture.designate(OPEN_CYCLE, state, "fp-tza");
        String fp = Tokens.focalPoint("fp-tza");
        String path = reportPath(OPEN_CYCLE, state);
        ReportFixture.patch(fp, OPEN_CYCLE, state, fixture.completeAnswers(state), 0);
        ReportFixture.submit(fp, path).statusCode(200);
        given().header("Authorization", SECRETARIAT).contentType("application/json").body(Map.of("note", "Complete"))
                .post(path + "/validate").then().statusCode(200);

        given().header("Authorization", SECRETARIAT).contentType("application/json").body(Map.of())
                .post(path + "/reopen").then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().header("Authorization", SECRETARIAT).contentType("application/json")
                .body(Map.of("reason", "The ministry sent corrected figures"))
                .post(path + "/reopen").then().statusCode(200).body("status", equalTo("returned"));
        given().header("Authorization", fp).get(path).then()
                .body("status", equalTo("returned")).body("returnReason", equalTo("The ministry sent corrected figures"));
    }

    @Test
    void aReturnNeedsAReason() {
        given().header("Authorization", SECRETARIAT).contentType("application/json").body(Map.of("comments", List.of()))
                .post(reportPath(OPEN_CYCLE, "KEN") + "/return").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("reason"));
    }

    @Test
    void anIncompleteReportCannotBeSubmittedAndTheProblemListsTheQuestions() {
        String state = "UGA";
        fixture.designate(OPEN_CYCLE, state, "fp-uga");
        String fp = Tokens.focalPoint("fp-uga");
        ReportFixture.patch(fp, OPEN_CYCLE, state, Map.of("Q06", "yes"), 0);
        ReportFixture.submit(fp, reportPath(OPEN_CYCLE, state)).statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("Q07"))
                .body("violations.field", hasItem("Q02"));
        given().header("Authorization", fp).get(reportPath(OPEN_CYCLE, state) + "/validation").then().statusCode(200)
                .body("submittable", equalTo(false))
                .body("issues.field", hasItem("Q07"));
    }
}
