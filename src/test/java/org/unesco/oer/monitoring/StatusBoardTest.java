package org.unesco.oer.monitoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** The status board of a cycle whose deadline is in a far-east time zone (UTC+14). */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class StatusBoardTest {

    static final String CYCLE = "board-kiritimati";
    static final ZoneId ZONE = ZoneId.of("Pacific/Kiritimati");

    @Inject
    ReportFixture fixture;
    @Inject
    org.unesco.oer.identity.DesignationService designations;

    private static boolean prepared;

    @BeforeEach
    void prepare() {
        if (prepared) {
            return;
        }
        LocalDate today = fixture.today(ZONE);
        fixture.cycle(CYCLE, today.minusDays(30), today.plusDays(3), null, "Pacific/Kiritimati");
        // Submitted on time: ARG; a draft: BOL; extended: CRI.
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "ARG", fixture.completeAnswers("ARG"), 0);
        ReportFixture.submit(Tokens.secretariat(), ReportFixture.reportPath(CYCLE, "ARG")).statusCode(200);
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "BOL", Map.of("Q02", "Ministerio de Educación"), 0);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "CRI", "deadline", today.plusDays(10).toString(), "reason", "Floods"))
                .post("/api/cycles/" + CYCLE + "/extensions").then().statusCode(201);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> designations.designate(
                new org.unesco.oer.identity.DesignationService.NewDesignation(CYCLE, "BOL", "fp-bol-board", null, "=1+2",
                        "fp-bol@example.org", null, null, "test"), "test", "secretariat"));
        prepared = true;
    }

    private JsonPath board(String query) {
        return given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reports" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyMemberStateAndAssociateMemberHasARowStartedOrNot() {
        JsonPath b = board("");
        assertThat(b.getInt("total")).isEqualTo(205);
        assertThat(b.getString("rows.find { it.state == 'ZWE' }.status")).isEqualTo("not_started");
        assertThat(b.getString("rows.find { it.state == 'ARG' }.status")).isEqualTo("submitted");
        assertThat(b.getString("rows.find { it.state == 'BOL' }.status")).isEqualTo("draft");
    }

    @Test
    void daysLeftAreCountedInTheDeadlinesTimeZone() {
        JsonPath b = board("");
        long expected = ChronoUnit.DAYS.between(fixture.today(ZONE), fixture.today(ZONE).plusDays(3));
        assertThat(b.getLong("rows.find { it.state == 'ZWE' }.daysLeft")).isEqualTo(expected);
        assertThat(b.getString("rows.find { it.state == 'ZWE' }.deadline")).isEqualTo(fixture.today(ZONE).plusDays(3).toString());
        assertThat(b.getBoolean("rows.find { it.state == 'ZWE' }.late")).isFalse();
        assertThat(b.getString("rows.find { it.state == 'ZWE' }.deadlineEndsAt"))
                .isEqualTo(fixture.today(ZONE).plusDays(4).atStartOfDay(ZONE).toInstant().toString());
    }

    @Test
    void anExtensionMovesTheStatesDeadline() {
        JsonPath b = board("");
        assertThat(b.getBoolean("rows.find { it.state == 'CRI' }.extended")).isTrue();
        assertThat(b.getLong("rows.find { it.state == 'CRI' }.daysLeft")).isEqualTo(10);
    }

    @Test
    void aSubmittedStateIsOnTimeWithItsCompletionAndFocalPoints() {
        JsonPath b = board("");
        assertThat(b.getBoolean("rows.find { it.state == 'ARG' }.onTime")).isTrue();
        assertThat(b.getInt("rows.find { it.state == 'ARG' }.completion")).isEqualTo(100);
        assertThat(b.getList("rows.find { it.state == 'BOL' }.focalPoints", String.class)).hasSize(1);
    }

    @Test
    void filtersSortingAndPagingWork() {
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/reports?region=LAC&status=not_started&membership=associate")
                .then().statusCode(200).body("rows.region", everyItem(equalTo("LAC")))
                .body("rows.status", everyItem(equalTo("not_started"))).body("rows.membership", everyItem(equalTo("associate")));
        JsonPath page = board("?sort=-completion,state&page=0&size=2");
        assertThat(page.getList("rows.state", String.class)).containsExactly("ARG", "BOL");
        assertThat(page.getInt("total")).isEqualTo(205);
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/reports?sort=colour")
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
    }

    @Test
    void theBoardAsCsvIsUtf8WithABomAndInertCells() {
        byte[] csv = given().header("Authorization", Tokens.secretariat()).accept("text/csv")
                .get("/api/cycles/" + CYCLE + "/reports").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(206);
        assertThat(text).contains("Côte d'Ivoire");
        assertThat(lines.stream().filter(l -> l.startsWith("BOL,")).findFirst().orElseThrow()).contains(",'=1+2 <fp-bol@example.org>");
    }

    @Test
    void focalPointsCannotSeeTheBoard() {
        given().header("Authorization", Tokens.focalPoint("fp-ken")).get("/api/cycles/" + CYCLE + "/reports").then().statusCode(403);
    }

    @Test
    void monitoringCountsEqualTheBoardsForTheSameMoment() {
        JsonPath b = board("?membership=member");
        JsonPath m = given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/monitoring")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = b.getList("rows");
        for (String region : List.of("AFR", "ARB", "APA", "EUR", "LAC")) {
            List<Map<String, Object>> ofRegion = rows.stream().filter(r -> r.get("region").equals(region)).toList();
            Map<String, Object> rate = m.getMap("regions.find { it.region == '" + region + "' }");
            assertThat(rate.get("expected")).isEqualTo(ofRegion.size());
            assertThat(rate.get("started")).isEqualTo((int) ofRegion.stream().filter(r -> !r.get("status").equals("not_started")).count());
            assertThat(rate.get("submitted")).isEqualTo((int) ofRegion.stream().filter(r -> r.get("submittedAt") != null).count());
            assertThat(rate.get("onTime")).isEqualTo((int) ofRegion.stream().filter(r -> Boolean.TRUE.equals(r.get("onTime"))).count());
        }
        assertThat(m.getInt("overall.expected")).isEqualTo(194);
        assertThat(m.getInt("overall.submitted")).isEqualTo(1);
        assertThat(m.getInt("daily[-1].cumulative")).isEqualTo(1);
    }

    @Test
    void ratesAsOfTheDayBeforeTheCycleOpenedCountNothing() {
        given().header("Authorization", Tokens.analyst())
                .get("/api/cycles/" + CYCLE + "/monitoring?asOf=" + fixture.today(ZONE).minusDays(31))
                .then().statusCode(200).body("overall.submitted", equalTo(0)).body("overall.started", equalTo(0))
                .body("daily", hasSize(0));
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/monitoring?asOf=yesterday")
                .then().statusCode(400).body("violations[0].field", equalTo("asOf"));
    }
}
