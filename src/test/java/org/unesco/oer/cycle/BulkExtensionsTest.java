package org.unesco.oer.cycle;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** Extensions for several states in one request: one reason, each state audited, all or nothing. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class BulkExtensionsTest {

    @Inject
    ReportFixture fixture;

    private static ValidatableResponse grant(String cycle, List<Map<String, String>> extensions, String reason) {
        return given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("extensions", extensions, "reason", reason))
                .post("/api/cycles/" + cycle + "/extensions/bulk").then();
    }

    private static Map<String, String> extension(String state, Object deadline) {
        return Map.of("state", state, "deadline", deadline.toString());
    }

    private static void noExtension(String cycle, String state) {
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + cycle + "/extensions?state=" + state)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void bulkExtensionsAreCreatedAndAuditedPerState() {
        String cycle = fixture.openCycle("bulk-ok");
        String moz = fixture.deadlineOf(cycle).plusDays(28).toString();
        String mwi = fixture.deadlineOf(cycle).plusDays(45).toString();
        grant(cycle, List.of(extension("MOZ", moz), extension("mwi", mwi)), "Cyclone Freddy")
                .statusCode(201)
                .body("state", contains("MOZ", "MWI"))
                .body("deadline", contains(moz, mwi))
                .body("reason", contains("Cyclone Freddy", "Cyclone Freddy"))
                .body("grantedBy", contains("secretariat", "secretariat"));
        for (Map.Entry<String, String> e : Map.of("MOZ", moz, "MWI", mwi).entrySet()) {
            given().header("Authorization", Tokens.secretariat()).get(reportPath(cycle, e.getKey()) + "/history").then()
                    .body("entries[0].action", equalTo("EXTENSION_GRANTED"))
                    .body("entries[0].newValue", equalTo(e.getValue()))
                    .body("entries[0].detail.reason", equalTo("Cyclone Freddy"));
            given().header("Authorization", Tokens.secretariat()).get(reportPath(cycle, e.getKey())).then()
                    .body("extended", equalTo(true)).body("deadline.lastDay", equalTo(e.getValue()));
        }
    }

    @Test
    void bulkIsRefusedAtomicallyWhenOneStateIsUnknown() {
        String cycle = fixture.openCycle("bulk-unknown");
        String later = fixture.deadlineOf(cycle).plusDays(10).toString();
        grant(cycle, List.of(extension("ZMB", later), extension("XYZ", later)), "Floods")
                .statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("extensions[1].state"))
                .body("violations[0].code", equalTo("unknown-state"));
        noExtension(cycle, "ZMB");
    }

    @Test
    void bulkWithADateNotAfterTheCycleDeadlineIsRefusedNamingTheEntry() {
        String cycle = fixture.openCycle("bulk-early");
        String deadline = fixture.deadlineOf(cycle).toString();
        grant(cycle, List.of(extension("UGA", fixture.deadlineOf(cycle).plusDays(5)), extension("RWA", deadline),
                extension("BDI", fixture.deadlineOf(cycle).minusDays(5))), "Regional meeting postponed")
                .statusCode(400)
                .body("violations.field", contains("extensions[1].deadline", "extensions[2].deadline"))
                .body("violations.code", contains("after-deadline", "after-deadline"));
        noExtension(cycle, "UGA");
    }

    @Test
    void aStateListedTwiceIsRefused() {
        String cycle = fixture.openCycle("bulk-twice");
        String later = fixture.deadlineOf(cycle).plusDays(10).toString();
        grant(cycle, List.of(extension("TZA", later), extension("tza", later)), "Twice")
                .statusCode(400)
                .body("violations[0].field", equalTo("extensions[1].state"))
                .body("violations[0].code", equalTo("duplicate-state"));
        noExtension(cycle, "TZA");
    }

    @Test
    void aBulkRequestNeedsAReasonAndAtLeastOneState() {
        String cycle = fixture.openCycle("bulk-empty");
        grant(cycle, List.of(), " ").statusCode(400)
                .body("violations.field", contains("extensions", "reason"));
    }

    @Test
    void onlyTheSecretariatGrantsInBulk() {
        String cycle = fixture.openCycle("bulk-who");
        given().header("Authorization", Tokens.admin()).contentType("application/json")
                .body(Map.of("extensions", List.of(extension("KEN", fixture.deadlineOf(cycle).plusDays(3))), "reason", "x"))
                .post("/api/cycles/" + cycle + "/extensions/bulk").then().statusCode(403);
    }
}
