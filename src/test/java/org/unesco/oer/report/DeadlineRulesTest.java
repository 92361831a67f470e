package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** Late submissions, the hard close, and extensions. */
@QuarkusTest
class DeadlineRulesTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    ReportFixture fixture;

    private String prepare(String cycle, String state) {
        fixture.designate(cycle, state, "fp-" + cycle + "-" + state);
        String fp = Tokens.focalPoint("fp-" + cycle + "-" + state);
        ReportFixture.patch(Tokens.secretariat(), cycle, state, fixture.completeAnswers(state), 0);
        return fp;
    }

    @Test
    void aSubmissionAfterTheDeadlineIsAcceptedAndMarkedLate() {
        String cycle = fixture.cycle("late-window", TODAY.minusDays(60), TODAY.minusDays(3), TODAY.plusDays(30));
        String fp = prepare(cycle, "PER");
        ReportFixture.submit(fp, reportPath(cycle, "PER")).statusCode(200)
                .body("late", equalTo(true));
        given().header("Authorization", fp).get(reportPath(cycle, "PER")).then().body("submittedLate", equalTo(true));
    }

    @Test
    void afterTheHardCloseWithoutAnExtensionSubmissionIsRefused() {
        String cycle = fixture.cycle("hard-closed", TODAY.minusDays(90), TODAY.minusDays(30), TODAY.minusDays(2));
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
        String cycle = fixture.cycle("hard-closed-ext", TODAY.minusDays(90), TODAY.minusDays(30), TODAY.minusDays(2));
        String fp = prepare(cycle, "COL");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "COL", "deadline", TODAY.plusDays(5).toString(), "reason", "Elections postponed the validation meeting"))
                .post("/api/cycles/" + cycle + "/extensions").then().statusCode(201)
                .body("state", equalTo("COL")).body("grantedBy", equalTo("secretariat"));
        given().header("Authorization", fp).get(reportPath(cycle, "COL")).then()
                .body("extended", equalTo(true)).body("deadline.lastDay", equalTo(TODAY.plusDays(5).toString()));
        ReportFixture.submit(fp, reportPath(cycle, "COL")).statusCode(200)
                .body("late", equalTo(false));
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + cycle + "/extensions?state=COL").then()
                .statusCode(200).body("[0].reason", equalTo("Elections postponed the validation meeting"));
    }

    @Test
    void anExpiredExtensionDoesNotReopenAClosedCycle() {
        String cycle = fixture.cycle("hard-closed-exp", TODAY.minusDays(90), TODAY.minusDays(30), TODAY.minusDays(2));
        String fp = prepare(cycle, "ECU");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "ECU", "deadline", TODAY.minusDays(10).toString(), "reason", "Short extension"))
                .post("/api/cycles/" + cycle + "/extensions").then().statusCode(201);
        ReportFixture.submit(fp, reportPath(cycle, "ECU")).statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("has expired"));
    }

    @Test
    void anExtensionMustBeLaterThanTheCycleDeadline() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "KEN", "deadline", "2027-01-15", "reason", "x"))
                .post("/api/cycles/oer-2027/extensions").then().statusCode(400)
                .body("violations[0].field", equalTo("deadline"));
    }

    @Test
    void extensionsAreAudited() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "MWI", "deadline", "2027-02-28", "reason", "Cyclone"))
                .post("/api/cycles/oer-2027/extensions").then().statusCode(201);
        given().header("Authorization", Tokens.secretariat()).get(reportPath("oer-2027", "MWI") + "/history").then()
                .body("entries[0].action", equalTo("EXTENSION_GRANTED"))
                .body("entries[0].newValue", equalTo("2027-02-28"));
    }
}
