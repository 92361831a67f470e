package org.unesco.oer.cycle;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** An administrator edits a cycle's dates and titles: audited, versioned, and never silently turning reports late. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class CycleAdministrationTest {

    @Inject
    ReportFixture fixture;

    private static int version(String cycle) {
        return given().header("Authorization", Tokens.admin()).get("/api/cycles/" + cycle)
                .then().statusCode(200).extract().path("version");
    }

    private static ValidatableResponse edit(String cycle, int ifMatch, Map<String, Object> body) {
        return given().header("Authorization", Tokens.admin()).header("If-Match", "\"" + ifMatch + "\"")
                .contentType("application/json").body(body).patch("/api/cycles/" + cycle).then();
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @Test
    void anEditOfTheDeadlineIsAuditedOldToNewWithItsReason() {
        String cycle = fixture.openCycle("adm-audited");
        LocalDate old = fixture.deadlineOf(cycle);
        LocalDate later = old.plusDays(14);
        edit(cycle, version(cycle), body("deadline", later.toString(), "reason", "Circular letter CL/5001 extends the consultation"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("cycle.deadline.lastDay", equalTo(later.toString()))
                .body("cycle.version", equalTo(1))
                .body("changes", hasSize(1))
                .body("changes[0].field", equalTo("deadline"))
                .body("changes[0].from", equalTo(old.toString()))
                .body("changes[0].to", equalTo(later.toString()));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + cycle + "/history").then().statusCode(200)
                .body("entries[0].action", equalTo("CYCLE_CHANGED"))
                .body("entries[0].actor", equalTo("admin"))
                .body("entries[0].oldValue", equalTo(old.toString()))
                .body("entries[0].newValue", equalTo(later.toString()))
                .body("entries[0].detail.field", equalTo("deadline"))
                .body("entries[0].detail.reason", equalTo("Circular letter CL/5001 extends the consultation"));
    }

    @Test
    void anEditOfSeveralFieldsGivesOneAuditRecordPerField() {
        String cycle = fixture.openCycle("adm-fields");
        LocalDate deadline = fixture.deadlineOf(cycle);
        edit(cycle, version(cycle), body("hardClose", deadline.plusDays(90).toString(), "timeZone", "Africa/Nairobi",
                "titles", Map.of("fr", "Consultation modifiée"), "reason", "Aligned with the Nairobi office"))
                .statusCode(200)
                .body("changes.field", contains("hardClose", "timeZone", "titles.fr"))
                .body("cycle.deadline.timeZone", equalTo("Africa/Nairobi"))
                .body("cycle.titles.fr", equalTo("Consultation modifiée"))
                .body("cycle.titles.en", equalTo("Test " + cycle + " [en]"));
        given().header("Authorization", Tokens.admin()).get("/api/cycles/" + cycle + "/history").then()
                .body("entries.findAll { it.action == 'CYCLE_CHANGED' }.detail.field", contains("titles.fr", "timeZone", "hardClose"))
                .body("entries.find { it.detail.field == 'timeZone' }.oldValue", equalTo("Europe/Paris"))
                .body("entries.find { it.detail.field == 'timeZone' }.newValue", equalTo("Africa/Nairobi"));
    }

    @Test
    void anEditWithoutAReasonIsA400NamingTheReason() {
        String cycle = fixture.openCycle("adm-no-reason");
        edit(cycle, version(cycle), body("deadline", fixture.deadlineOf(cycle).plusDays(1).toString()))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("reason"));
        org.assertj.core.api.Assertions.assertThat(version(cycle)).isZero();
    }

    @Test
    void anEditOnAStaleVersionIsA409WithTheCurrentVersion() {
        String cycle = fixture.openCycle("adm-stale");
        LocalDate deadline = fixture.deadlineOf(cycle);
        edit(cycle, 0, body("deadline", deadline.plusDays(1).toString(), "reason", "First admin")).statusCode(200);
        edit(cycle, 0, body("deadline", deadline.plusDays(2).toString(), "reason", "Second admin, unaware"))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:oer-reporting:problem:stale-cycle-version"))
                .body("currentVersion", equalTo(1));
        given().header("Authorization", Tokens.admin()).get("/api/cycles/" + cycle).then()
                .body("deadline.lastDay", equalTo(deadline.plusDays(1).toString()));
    }

    @Test
    void anEditWithoutIfMatchIsA428() {
        String cycle = fixture.openCycle("adm-no-if-match");
        given().header("Authorization", Tokens.admin()).contentType("application/json")
                .body(body("deadline", fixture.deadlineOf(cycle).plusDays(1).toString(), "reason", "x"))
                .patch("/api/cycles/" + cycle).then().statusCode(428)
                .body("type", equalTo("urn:oer-reporting:problem:if-match-required"));
    }

    @Test
    void aDeadlineNotAfterTheOpeningIsA400NamingTheDeadline() {
        String cycle = fixture.openCycle("adm-order");
        LocalDate opens = fixture.today().minusDays(30);
        edit(cycle, version(cycle), body("deadline", opens.toString(), "reason", "Typo"))
                .statusCode(400)
                .body("violations[0].field", equalTo("deadline"))
                .body("violations[0].code", equalTo("order"))
                .body("violations[0].message", containsString("opensOn"));
    }

    @Test
    void aHardCloseBeforeTheDeadlineIsA400NamingTheHardClose() {
        String cycle = fixture.openCycle("adm-order-close");
        edit(cycle, version(cycle), body("hardClose", fixture.deadlineOf(cycle).minusDays(1).toString(), "reason", "Typo"))
                .statusCode(400)
                .body("violations[0].field", equalTo("hardClose"))
                .body("violations[0].code", equalTo("order"));
    }

    @Test
    void aTimeZoneThatIsNotIanaIsA400() {
        String cycle = fixture.openCycle("adm-zone");
        edit(cycle, version(cycle), body("timeZone", "+02:00", "reason", "Offset instead of a zone"))
                .statusCode(400)
                .body("violations[0].field", equalTo("timeZone"))
                .body("violations[0].code", equalTo("time-zone"));
    }

    @Test
    void aTitleInAnUndeclaredLanguageIsA400AndNoTitleChanges() {
        String cycle = fixture.openCycle("adm-title-pt");
        edit(cycle, version(cycle), body("titles", Map.of("FR", "Consultation", "pt", "Consulta"), "reason", "Portuguese too"))
                .statusCode(400)
                .body("violations[0].field", equalTo("titles.pt"))
                .body("violations[0].code", equalTo("unsupported-title-language"));
        given().header("Authorization", Tokens.admin()).get("/api/cycles/" + cycle).then()
                .body("titles.fr", equalTo("Test " + cycle + " [fr]")).body("version", equalTo(0));
    }

    @Test
    void anAbsurdDateIsA400NamingIt() {
        String cycle = fixture.openCycle("adm-absurd");
        edit(cycle, version(cycle), body("hardClose", "9999-12-31", "reason", "Forever"))
                .statusCode(400)
                .body("violations[0].field", equalTo("hardClose"));
    }

    @Test
    void aDeadlineMovedBeforeASubmissionIsA409ListingTheReportThatWouldTurnLate() {
        String cycle = fixture.openCycle("adm-flip");
        fixture.designate(cycle, "SEN", "fp-adm-flip-sen");
        fixture.submitted(Tokens.focalPoint("fp-adm-flip-sen"), cycle, "SEN");
        LocalDate deadline = fixture.deadlineOf(cycle);
        edit(cycle, version(cycle), body("deadline", fixture.today().minusDays(1).toString(), "reason", "Deadline brought forward"))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:oer-reporting:problem:on-time-flags-would-change"))
                .body("affectedReports", hasSize(1))
                .body("affectedReports[0].state", equalTo("SEN"))
                .body("affectedReports[0].onTimeBefore", equalTo(true))
                .body("affectedReports[0].onTimeAfter", equalTo(false))
                .body("detail", containsString("SEN from on time to late"))
                .body("detail", containsString("acceptOnTimeChanges"));
        given().header("Authorization", Tokens.admin()).get("/api/cycles/" + cycle).then()
                .body("deadline.lastDay", equalTo(deadline.toString())).body("version", equalTo(0));
        given().header("Authorization", Tokens.secretariat()).get(reportPath(cycle, "SEN")).then().body("submittedLate", equalTo(false));
    }

    @Test
    void theOnTimeChangeProblemIsSaidInTheCallersLanguage() {
        String cycle = fixture.openCycle("adm-flip-fr");
        fixture.designate(cycle, "MLI", "fp-adm-flip-mli");
        fixture.submitted(Tokens.focalPoint("fp-adm-flip-mli"), cycle, "MLI");
        given().header("Authorization", Tokens.admin()).header("If-Match", "\"0\"").header("Accept-Language", "fr")
                .contentType("application/json")
                .body(body("deadline", fixture.today().minusDays(1).toString(), "reason", "Avancée"))
                .patch("/api/cycles/" + cycle).then().statusCode(409)
                .body("detail", containsString("MLI : de dans les délais à en retard"));
    }

    @Test
    void withAcceptOnTimeChangesTheFlagsAreUpdatedTheReceiptsKeptAndTheAuditListsTheReports() {
        String cycle = fixture.openCycle("adm-flip-ok");
        fixture.designate(cycle, "GHA", "fp-adm-flip-gha");
        fixture.submitted(Tokens.focalPoint("fp-adm-flip-gha"), cycle, "GHA");
        String earlier = fixture.today().minusDays(1).toString();
        edit(cycle, version(cycle), body("deadline", earlier, "reason", "Deadline brought forward by the General Conference",
                "acceptOnTimeChanges", true))
                .statusCode(200)
                .body("cycle.deadline.lastDay", equalTo(earlier))
                .body("onTimeChanges[0].state", equalTo("GHA"))
                .body("onTimeChanges[0].onTimeAfter", equalTo(false));
        given().header("Authorization", Tokens.secretariat()).get(reportPath(cycle, "GHA")).then()
                .body("submittedLate", equalTo(true));
        // the receipt says what was true when it was given
        given().header("Authorization", Tokens.secretariat()).get(reportPath(cycle, "GHA") + "/submissions").then()
                .body("[0].late", equalTo(false));
        given().header("Authorization", Tokens.secretariat()).get(reportPath(cycle, "GHA") + "/submissions/1").then()
                .body("digestValid", equalTo(true));
        given().header("Authorization", Tokens.admin()).get("/api/cycles/" + cycle + "/history").then()
                .body("entries[0].action", equalTo("ON_TIME_FLAGS_CHANGED"))
                .body("entries[0].newValue.state", contains("GHA"))
                .body("entries[0].detail.reason", equalTo("Deadline brought forward by the General Conference"));
        given().header("Authorization", Tokens.secretariat()).get(reportPath(cycle, "GHA") + "/history").then()
                .body("entries[0].action", equalTo("ON_TIME_FLAG_CHANGED"))
                .body("entries[0].oldValue", equalTo("on_time"))
                .body("entries[0].newValue", equalTo("late"));
    }

    @Test
    void aStateWhoseExtensionStillCoversItsSubmissionIsNotAffected() {
        String cycle = fixture.openCycle("adm-flip-ext");
        fixture.designate(cycle, "CIV", "fp-adm-flip-civ");
        fixture.submitted(Tokens.focalPoint("fp-adm-flip-civ"), cycle, "CIV");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "CIV", "deadline", fixture.deadlineOf(cycle).plusDays(10).toString(), "reason", "Elections"))
                .post("/api/cycles/" + cycle + "/extensions").then().statusCode(201);
        edit(cycle, version(cycle), body("deadline", fixture.today().minusDays(1).toString(), "reason", "Brought forward"))
                .statusCode(200).body("onTimeChanges", hasSize(0));
    }

    @Test
    void anEditThatChangesNothingKeepsTheVersionAndWritesNoAudit() {
        String cycle = fixture.openCycle("adm-same");
        edit(cycle, version(cycle), body("deadline", fixture.deadlineOf(cycle).toString(), "reason", "Same again"))
                .statusCode(200).body("changes", hasSize(0)).body("cycle.version", equalTo(0));
        given().header("Authorization", Tokens.admin()).get("/api/cycles/" + cycle + "/history").then()
                .body("total", equalTo(0));
    }

    @Test
    void onlyAnAdminEditsACycle() {
        String cycle = fixture.openCycle("adm-who");
        given().header("Authorization", Tokens.secretariat()).header("If-Match", "\"0\"").contentType("application/json")
                .body(body("deadline", fixture.deadlineOf(cycle).plusDays(1).toString(), "reason", "x"))
                .patch("/api/cycles/" + cycle).then().statusCode(403);
        given().header("Authorization", Tokens.focalPoint("fp-ken")).get("/api/cycles/" + cycle + "/history").then().statusCode(403);
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + cycle + "/history").then().statusCode(200)
                .body("entries.action", org.hamcrest.Matchers.not(hasItem("CYCLE_CHANGED")));
    }
}
