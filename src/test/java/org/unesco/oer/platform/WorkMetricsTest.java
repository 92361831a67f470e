package org.unesco.oer.platform;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** The work counters as Prometheus scrapes them from the management port. */
@QuarkusTest
class WorkMetricsTest {

    private static final String CYCLE = "metrics-open";

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;
    @Inject
    ReportFixture fixture;

    /** The sum of every series of a metric whose labels contain {@code labels} (0 when it does not exist yet). */
    private double value(String metric, String labels) {
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*})?\\s+(\\S+)$").matcher(text);
        double sum = 0;
        while (m.find()) {
            if (m.group(1) == null ? labels.isEmpty() : m.group(1).contains(labels)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    @Test
    void aSaveMovesTheSavesCounterOfItsRole() {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, "TGO", "fp-metrics-tgo");
        String fp = Tokens.focalPoint("fp-metrics-tgo");
        double before = value("oer_reports_saves_total", "role=\"focal-point\"");
        ReportFixture.patch(fp, CYCLE, "TGO", Map.of("Q02", "Ministry of Education"), ReportFixture.version(fp, CYCLE, "TGO"));
        assertThat(value("oer_reports_saves_total", "role=\"focal-point\"")).isEqualTo(before + 1);
    }

    @Test
    void aSubmissionOnTimeMovesTheOnTimeSubmissionsCounter() {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, "BEN", "fp-metrics-ben");
        String fp = Tokens.focalPoint("fp-metrics-ben");
        double onTime = value("oer_reports_submissions_total", "timeliness=\"on_time\"");
        double late = value("oer_reports_submissions_total", "timeliness=\"late\"");
        fixture.submitted(fp, CYCLE, "BEN");
        assertThat(value("oer_reports_submissions_total", "timeliness=\"on_time\"")).isEqualTo(onTime + 1);
        assertThat(value("oer_reports_submissions_total", "timeliness=\"late\"")).isEqualTo(late);
    }

    @Test
    void aSaveOnAStaleVersionCountsAConflictAndNoSave() {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, "NER", "fp-metrics-ner");
        String fp = Tokens.focalPoint("fp-metrics-ner");
        int version = ReportFixture.version(fp, CYCLE, "NER");
        ReportFixture.patch(fp, CYCLE, "NER", Map.of("Q02", "First"), version);
        double conflicts = value("oer_reports_conflicts_total", "operation=\"save\"");
        double saves = value("oer_reports_saves_total", "");
        given().header("Authorization", Tokens.secretariat()).header("If-Match", "\"" + version + "\"")
                .contentType("application/json").body(Map.of("answers", Map.of("Q02", "Second")))
                .patch(reportPath(CYCLE, "NER") + "/answers").then().statusCode(409);
        assertThat(value("oer_reports_conflicts_total", "operation=\"save\"")).isEqualTo(conflicts + 1);
        assertThat(value("oer_reports_saves_total", "")).isEqualTo(saves);
    }

    @Test
    void aSynthesisExportRecordsItsDurationAndSize() {
        fixture.openCycle(CYCLE);
        double count = value("oer_exports_size_bytes_count", "kind=\"synthesis\"");
        double bytes = value("oer_exports_size_bytes_sum", "kind=\"synthesis\"");
        int length = given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/exports/synthesis.xlsx")
                .then().statusCode(200).extract().asByteArray().length;
        assertThat(value("oer_exports_size_bytes_count", "kind=\"synthesis\"")).isEqualTo(count + 1);
        assertThat(value("oer_exports_size_bytes_sum", "kind=\"synthesis\"")).isEqualTo(bytes + length);
        assertThat(value("oer_exports_duration_seconds_count", "kind=\"synthesis\"")).isGreaterThanOrEqualTo(count + 1);
    }
}
