package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.TestClock;
import org.unesco.oer.support.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** Late submissions, the hard close, and extensions. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class DeadlineRulesTest {

    @Inject
    ReportFixture fixture;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String prepare(String cycle, String state) {
        fixture.designate(cycle, state, "fp-" + cycle + "-" + state);
        String fp = Tokens.focalPoint("fp-" + cycle + "-" + state);
        ReportFixture.patch(Tokens.secretariat(), cycle, state, fixture.completeAnswers(state), 0);
        return fp;
    }

    @Test
    void aSubmissionAfterTheDeadlineIsAcceptedAndMarkedLate() {
        String cycle = fixture.lateCycle("late-window");
        String fp = prepare(cycle, "PER");
        ReportFixture.submit(fp, reportPath(cycle, "PER")).statusCode(200)
                .body("late", equalTo(true));
        given().header("Authorization", fp).get(reportPath(cycle, "PER")).then().body("submittedLate", equalTo(true));
    }

    @Test
    void aSubmissionInTheLastMinuteOfTheDeadlineDayInTheCyclesZoneIsOnTime() {
        LocalDate today = fixture.today();
        String cycle = fixture.cycle("last-minute", today.minusDays(30), today.plusDays(1), today.plusDays(30));
        String fp = prepare(cycle, "BOL");
        Instant endsAt = today.plusDays(2).atStartOfDay(ReportFixture.ZONE).toInstant();
        clock.setNow(endsAt.minus(Duration.ofMinutes(1)));
        ReportFixture.submit(fp, reportPath(cycle, "BOL")).statusCode(200)
                .body("late", equalTo(false));
    }

    @Test
    void aSubmissionInTheFirstMinuteAfterTheDeadlineDayIsLate() {
        LocalDate today = fixture.today();
        String cycle = fixture.cycle("first-minute", today.minusDays(30), today.plusDays(1), today.plusDays(30));
        String fp = prepare(cycle, "PRY");
        Instant endsAt = today.plusDays(2).atStartOfDay(ReportFixture.ZONE).toInstant();
        clock.setNow(endsAt.plus(Duration.ofSeconds(1)));
        ReportFixture.submit(fp, reportPath(cycle, "PRY")).statusCode(200)
                .body("late", equalTo(true));
        given().header("Authorization", fp).get(reportPath(cycle, "PRY")).then().body("submittedLate", equalTo(true));
    }

    @Test
    void afterTheHardCloseWithoutAnExtensionSubmissionIsRefused() {
        String cycle = fixture.closedCycle("hard-closed");
        fixture.designate(cycle, "CHL", "fp-closed-chl");
        String fp = Tokens.focalPoint("fp-closed-chl");
        ReportFixture.submit(fp, reportPath(cycle, "CHL")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oer-reporting:problem:submission-window-closed"));
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "x")).put(reportPath(cycle, "CHL") + "/answers/Q02").then().statusCode(409);
    }

    @Test
    void afterTheHardCloseARunningExtensionStillAllowsSubmissionOnTime() {
        String cycle = fixture.closedCycle("hard-closed-ext");
        LocalDate extended = fixture.today().plusDays(5);
        String fp = prepare(cycle, "COL");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "COL", "deadline", extended.toString(), "reason", "Elections postponed the validation meeting"))
                .post("/api/cycles/" + cycle + "/extensions").then().statusCode(201)
                .body("state", equalTo("COL")).body("grantedBy", equalTo("secretariat"));
        given().header("Authorization", fp).get(reportPath(cycle, "COL")).then()
                .body("extended", equalTo(true)).body("deadline.lastDay", equalTo(extended.toString()));
        ReportFixture.submit(fp, reportPath(cycle, "COL")).statusCode(200)
                .body("late", equalTo(false));
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + cycle + "/extensions?state=COL").then()
                .statusCode(200).body("[0].reason", equalTo("Elections postponed the validation meeting"));
    }

    @Test
    void anExpiredExtensionDoesNotReopenAClosedCycle() {
        String cycle = fixture.closedCycle("hard-closed-exp");
        String fp = prepare(cycle, "ECU");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "ECU", "deadline", fixture.today().minusDays(10).toString(), "reason", "Short extension"))
                .post("/api/cycles/" + cycle + "/extensions").then().statusCode(201);
        ReportFixture.submit(fp, reportPath(cycle, "ECU")).statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("has expired"));
    }

    @Test
    void anExtensionMustBeLaterThanTheCycleDeadline() {
        String cycle = fixture.openCycle();
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "KEN", "deadline", fixture.deadlineOf(cycle).minusDays(15).toString(), "reason", "x"))
                .post("/api/cycles/" + cycle + "/extensions").then().statusCode(400)
                .body("violations[0].field", equalTo("deadline"));
    }

    @Test
    void extensionsAreAudited() {
        String cycle = fixture.openCycle();
        String extended = fixture.deadlineOf(cycle).plusDays(28).toString();
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "MWI", "deadline", extended, "reason", "Cyclone"))
                .post("/api/cycles/" + cycle + "/extensions").then().statusCode(201);
        given().header("Authorization", Tokens.secretariat()).get(reportPath(cycle, "MWI") + "/history").then()
                .body("entries[0].action", equalTo("EXTENSION_GRANTED"))
                .body("entries[0].newValue", equalTo(extended));
    }
}
