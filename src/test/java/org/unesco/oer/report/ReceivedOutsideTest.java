package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.cycle.ExtensionService;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.TestClock;
import org.unesco.oer.support.Tokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.unesco.oer.support.ReportFixture.reportPath;

/**
 * Reports received outside the system (e-mail, paper), entered by the Secretariat on the state's
 * behalf with the date they were received (issue 11 §1). The cycle has the first consultation's
 * real dates, all in the past: it is closed.
 */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class ReceivedOutsideTest {

    static final String CYCLE = "received-2023";
    static final String SECRETARIAT = Tokens.secretariat();

    @Inject
    ReportFixture fixture;
    @Inject
    TestClock clock;
    @Inject
    ExtensionService extensions;

    @BeforeEach
    void closedCycle() {
        fixture.cycle(CYCLE, LocalDate.of(2022, 6, 1), LocalDate.of(2023, 1, 31), LocalDate.of(2023, 4, 30));
    }

    private ValidatableResponse enter(String state, Object receivedAt) {
        ReportFixture.patch(SECRETARIAT, CYCLE, state, fixture.completeAnswers(state), ReportFixture.version(SECRETARIAT, CYCLE, state));
        int version = ReportFixture.version(SECRETARIAT, CYCLE, state);
        var request = given().header("Authorization", SECRETARIAT).header("If-Match", "\"" + version + "\"");
        if (receivedAt != null) {
            request = request.queryParam("receivedAt", receivedAt);
        }
        return request.post(reportPath(CYCLE, state) + "/submit").then();
    }

    @Test
    void aReportReceivedBeforeTheDeadlineCountsFromTheDayItWasReceivedAndIsOnTime() {
        Instant now = clock.instant();
        enter("GHA", "2023-01-20").statusCode(200)
                .body("submittedAt", equalTo("2023-01-20T22:59:59.999999Z"))
                .body("late", equalTo(false))
                .body("enteredBySecretariat", equalTo(true))
                .body("enteredAt", notNullValue());
        given().header("Authorization", SECRETARIAT).get(reportPath(CYCLE, "GHA")).then()
                .body("status", equalTo("submitted")).body("submittedAt", equalTo("2023-01-20T22:59:59.999999Z"))
                .body("submittedLate", equalTo(false));
        Instant entered = Instant.parse(given().header("Authorization", SECRETARIAT).get(reportPath(CYCLE, "GHA") + "/submissions/1")
                .then().statusCode(200).body("content.enteredBySecretariat", equalTo(true)).extract().path("receipt.enteredAt"));
        org.assertj.core.api.Assertions.assertThat(entered).isAfterOrEqualTo(now.minusSeconds(1));
    }

    @Test
    void aReportReceivedAfterTheDeadlineButBeforeTheHardCloseIsLate() {
        enter("SEN", "2023-03-02T09:30:00Z").statusCode(200)
                .body("submittedAt", equalTo("2023-03-02T09:30:00Z")).body("late", equalTo(true));
    }

    @Test
    void theAuditRecordsTheReceivedDateTheEntryDateAndThatItWasOnTheStatesBehalf() {
        enter("MLI", "2023-01-10").statusCode(200);
        given().header("Authorization", SECRETARIAT).get(reportPath(CYCLE, "MLI") + "/history?size=200").then().statusCode(200)
                .body("entries.find { it.action == 'REPORT_SUBMITTED' }.detail.receivedAt", equalTo("2023-01-10T22:59:59.999999Z"))
                .body("entries.find { it.action == 'REPORT_SUBMITTED' }.detail.enteredBySecretariat", equalTo(true))
                .body("entries.find { it.action == 'REPORT_SUBMITTED' }.detail.enteredAt", notNullValue());
    }

    @Test
    void aReceivedDateAfterTheHardCloseIsRefusedNamingTheField() {
        enter("NER", "2023-05-15").statusCode(400)
                .body("violations.field", hasItem("receivedAt"))
                .body("violations.code", hasItem("received-after-close"));
        given().header("Authorization", SECRETARIAT).get(reportPath(CYCLE, "NER")).then().body("status", equalTo("draft"));
    }

    @Test
    void aReceivedDateAfterTheHardCloseIsAcceptedWhenTheStatesExtensionWasRunningThen() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> extensions.grant(
                org.unesco.oer.cycle.ReportingCycle.findById(CYCLE), "TGO", LocalDate.of(2023, 6, 30), "Letter of 2023-04-20",
                new org.unesco.oer.security.Actor("secretariat", "secretariat", false)));
        enter("TGO", "2023-05-15").statusCode(200).body("late", equalTo(false));
    }

    @Test
    void aReceivedDateBeforeTheCycleOpenedIsRefused() {
        enter("BEN", "2022-05-31").statusCode(400).body("violations.code", hasItem("received-before-opening"));
    }

    @Test
    void aReceivedDateInTheFutureIsRefused() {
        LocalDate tomorrow = fixture.today().plusDays(2);
        enter("BFA", tomorrow.toString()).statusCode(400).body("violations.code", hasItem("received-in-future"));
    }

    @Test
    void aReceivedDateThatIsNotADateIsRefused() {
        enter("CIV", "last tuesday").statusCode(400).body("violations.field", hasItem("receivedAt"))
                .body("violations.code", hasItem("date"));
    }

    @Test
    void onlyTheSecretariatGivesAReceivedDate() {
        String cycle = fixture.openCycle();
        String fp = fixture.focalPointInOpenCycle("GMB");
        ReportFixture.patch(fp, cycle, "GMB", fixture.completeAnswers("GMB"), 0);
        int version = ReportFixture.version(fp, cycle, "GMB");
        given().header("Authorization", fp).header("If-Match", "\"" + version + "\"").queryParam("receivedAt", fixture.today().toString())
                .post(reportPath(cycle, "GMB") + "/submit").then().statusCode(400)
                .body("violations.code", hasItem("received-on-behalf-only"));
    }

    @Test
    void withoutAReceivedDateTheSecretariatCannotSubmitAfterTheHardCloseAndIsToldToGiveOne() {
        enter("LBR", null).statusCode(409).body("type", containsString("submission-window-closed"))
                .body("detail", containsString("receivedAt"));
    }

    @Test
    void aDraftSavedOnTheStatesBehalfAfterTheHardCloseCanBeSubmittedWithItsReceivedDate() {
        // the rule in one sentence: what counts is the moment the report reached UNESCO
        enter("SLE", "2023-04-30").statusCode(200).body("late", equalTo(true));
    }

    @Test
    void aResubmissionCannotBeReceivedBeforeThePreviousSubmission() {
        enter("GIN", "2023-02-10").statusCode(200);
        given().header("Authorization", SECRETARIAT).contentType("application/json")
                .body(Map.of("reason", "Please complete section B"))
                .post(reportPath(CYCLE, "GIN") + "/return").then().statusCode(200);
        int version = ReportFixture.version(SECRETARIAT, CYCLE, "GIN");
        given().header("Authorization", SECRETARIAT).header("If-Match", "\"" + version + "\"").queryParam("receivedAt", "2023-02-01").post(reportPath(CYCLE, "GIN") + "/submit").then().statusCode(400)
                .body("violations.code", hasItem("received-before-previous"));
        given().header("Authorization", SECRETARIAT).header("If-Match", "\"" + version + "\"").queryParam("receivedAt", "2023-03-01").post(reportPath(CYCLE, "GIN") + "/submit").then().statusCode(200)
                .body("number", equalTo(2));
    }

    @Test
    void aFocalPointsOwnSubmissionWithoutABodyStillWorks() {
        String cycle = fixture.openCycle();
        String fp = fixture.focalPointInOpenCycle("CPV");
        fixture.submitted(fp, cycle, "CPV");
        given().header("Authorization", fp).get(reportPath(cycle, "CPV")).then().body("lastReceipt.enteredBySecretariat", equalTo(false));
    }
}
