package org.unesco.oer.monitoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.unesco.oer.cycle.CycleDtos.CreateCycleRequest;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ExtensionService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.registry.MembershipStatus;
import org.unesco.oer.security.Actor;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.oer.support.ReportFixture.reportPath;

/**
 * Completing the first consultation after it closed (issue 11 §1, §3): the Secretariat enters the
 * 78 national reports that arrived by e-mail with the dates they were received, attaches one as
 * the PDF it came as, and the synthesis with its default parameters, the reporting rates and the
 * board tell the same story, without touching the cycle's dates or granting fake extensions.
 */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstConsultationEntryTest {

    static final String CYCLE = "first-2023";
    static final LocalDate OPENS = LocalDate.of(2022, 6, 1);
    static final LocalDate DEADLINE = LocalDate.of(2023, 1, 31);
    static final LocalDate CUTOFF = LocalDate.of(2023, 4, 30);
    static final String SECRETARIAT = Tokens.secretariat();

    @Inject
    ReportFixture fixture;
    @Inject
    CycleService cycles;
    @Inject
    ExtensionService extensions;

    /** Each entered state and the day its report was received. */
    final Map<String, LocalDate> received = new LinkedHashMap<>();
    String afterCutoff;
    String draftOnly;

    /** Once for the class (REST Assured knows the test port only per test, hence not @BeforeAll). */
    @BeforeEach
    void enterTheReportsReceivedByEmail() {
        if (!received.isEmpty()) {
            return;
        }
        cycles.create(new CreateCycleRequest(CYCLE, fixture.titles("First consultation"), null, null, null, "CL/4398", null,
                OPENS, DEADLINE, "Europe/Paris", CUTOFF, CUTOFF, "2022.1"));
        List<String> members = QuarkusTransaction.requiringNew().call(() -> MemberState.<MemberState>list(
                "status = ?1 order by code", MembershipStatus.MEMBER).stream().map(s -> s.code).toList());
        for (int i = 0; i < 78; i++) {
            // from 1 October 2022 every second day: the last ones after the deadline, all before the hard close
            received.put(members.get(i), LocalDate.of(2022, 10, 1).plusDays(2L * i));
        }
        received.forEach((state, day) -> enter(state, day.toString()));
        // a state with an extension past the hard close whose report came after the cut-off
        afterCutoff = members.get(80);
        QuarkusTransaction.requiringNew().run(() -> extensions.grant(ReportingCycle.findById(CYCLE), afterCutoff,
                LocalDate.of(2023, 6, 30), "Letter of the Permanent Delegation", new Actor("secretariat", "secretariat", false)));
        enter(afterCutoff, "2023-05-20");
        // a report typed in but never submitted
        draftOnly = members.get(81);
        ReportFixture.patch(SECRETARIAT, CYCLE, draftOnly, Map.of("Q02", fixture.completeAnswers(draftOnly).get("Q02")), 0);
    }

    private void enter(String state, String day) {
        ReportFixture.patch(SECRETARIAT, CYCLE, state, fixture.completeAnswers(state), 0);
        int version = ReportFixture.version(SECRETARIAT, CYCLE, state);
        given().header("Authorization", SECRETARIAT).header("If-Match", "\"" + version + "\"").queryParam("receivedAt", day)
                .post(reportPath(CYCLE, state) + "/submit").then().statusCode(200);
    }

    private long onTime() {
        return received.values().stream().filter(d -> !d.isAfter(DEADLINE)).count();
    }

    @Test
    void theDefaultSynthesisCountsExactlyThe78WithTheirOnTimeFlags() throws IOException {
        Response r = given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/exports/synthesis.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            assertThat(about(wb.getSheet("About"), "Reports included")).isEqualTo("78");
            Sheet response = wb.getSheet("Response");
            Map<String, Integer> columns = header(response);
            Row all = rowOf(response, "ALL");
            assertThat(number(all, columns.get("Member States reporting"))).isEqualTo(78);
            assertThat(number(all, columns.get("On time"))).isEqualTo(onTime());
            assertThat(number(all, columns.get("Late"))).isEqualTo(78 - onTime());
        }
    }

    @Test
    void theReportingRatesCountTheSameReportsAndTheCurveEndsAtTheTotalOnTheCutOffDay() {
        JsonPath rates = given().header("Authorization", SECRETARIAT).get("/api/cycles/" + CYCLE + "/monitoring")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rates.getInt("overall.submitted")).isEqualTo(78);
        assertThat(rates.getInt("overall.onTime")).isEqualTo((int) onTime());
        assertThat(rates.getInt("overall.late")).isEqualTo(78 - (int) onTime());
        assertThat(rates.getString("cutoffDay")).isEqualTo(CUTOFF.toString());
        List<Map<String, Object>> daily = rates.getList("daily");
        assertThat(daily.get(daily.size() - 1)).containsEntry("day", CUTOFF.toString()).containsEntry("cumulative", 78);
        LocalDate firstDay = received.values().iterator().next();
        assertThat(daily).filteredOn(d -> d.get("day").equals(firstDay.toString()))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("submittedThatDay", 1).containsEntry("cumulative", 1));
    }

    @Test
    void theReportingRatesAtAnEarlierMomentCountWhatWasReceivedByThen() {
        JsonPath rates = given().header("Authorization", SECRETARIAT)
                .get("/api/cycles/" + CYCLE + "/monitoring?asOf=" + DEADLINE).then().statusCode(200).extract().jsonPath();
        // entered today, so unknown on the deadline day: what the system knew then is nothing
        assertThat(rates.getInt("overall.submitted")).isZero();
        assertThat(rates.getString("cutoffDay")).isEqualTo(DEADLINE.toString());
    }

    @Test
    void theBoardDatesEachReportByTheDayItWasReceived() {
        JsonPath board = given().header("Authorization", SECRETARIAT).get("/api/cycles/" + CYCLE + "/reports?size=1000")
                .then().statusCode(200).extract().jsonPath();
        received.forEach((state, day) -> {
            Map<String, Object> row = board.getMap("rows.find { it.state == '" + state + "' }");
            assertThat(LocalDate.ofInstant(java.time.Instant.parse((String) row.get("submittedAt")), ReportFixture.ZONE))
                    .as(state).isEqualTo(day);
            assertThat(row.get("onTime")).as(state).isEqualTo(!day.isAfter(DEADLINE));
        });
    }

    @Test
    void aReportReceivedAfterTheCutOffIsOnTheBoardButNotInTheDefaultFigures() {
        JsonPath board = given().header("Authorization", SECRETARIAT).get("/api/cycles/" + CYCLE + "/reports?size=1000")
                .then().statusCode(200).extract().jsonPath();
        assertThat(board.getString("rows.find { it.state == '" + afterCutoff + "' }.status")).isEqualTo("submitted");
        assertThat(board.getString("rows.find { it.state == '" + draftOnly + "' }.status")).isEqualTo("draft");
        given().header("Authorization", SECRETARIAT).get("/api/cycles/" + CYCLE + "/monitoring").then()
                .body("overall.submitted", org.hamcrest.Matchers.equalTo(78));
    }

    @Test
    void theReportAsReceivedIsAttachedAndReadableByTheStatesFocalPoint() {
        String state = received.keySet().iterator().next();
        byte[] pdf = "%PDF-1.7\n% national report as received by e-mail\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String href = given().header("Authorization", SECRETARIAT).contentType("application/pdf").queryParam("fileName", "report.pdf")
                .body(pdf).post(reportPath(CYCLE, state) + "/submissions/1/documents").then().statusCode(201).extract().path("href");
        fixture.designate(CYCLE, state, "fp-first-" + state.toLowerCase());
        byte[] read = given().header("Authorization", Tokens.focalPoint("fp-first-" + state.toLowerCase())).get(href)
                .then().statusCode(200).extract().asByteArray();
        assertThat(read).isEqualTo(pdf);
    }

    @Test
    void theCyclesDatesAreUntouched() {
        given().header("Authorization", SECRETARIAT).get("/api/cycles/" + CYCLE).then().statusCode(200)
                .body("deadline.lastDay", org.hamcrest.Matchers.equalTo(DEADLINE.toString()));
        given().header("Authorization", SECRETARIAT).get("/api/cycles/" + CYCLE + "/extensions").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1));
    }

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell c : sheet.getRow(sheet.getFirstRowNum())) {
            columns.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return columns;
    }

    private static Row rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && first.equals(c.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static long number(Row row, int column) {
        return (long) row.getCell(column).getNumericCellValue();
    }

    private static String about(Sheet about, String item) {
        for (Row row : about) {
            Cell key = row.getCell(0);
            if (key != null && key.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && item.equals(key.getStringCellValue())) {
                Cell v = row.getCell(1);
                return v.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((long) v.getNumericCellValue()) : v.getStringCellValue();
            }
        }
        throw new AssertionError("no About item " + item);
    }
}
