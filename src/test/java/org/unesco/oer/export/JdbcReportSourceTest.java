package org.unesco.oer.export;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.export.ExportFixture.Stored;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.FreeTextAnswer;
import org.unesco.oer.report.ReportStatus;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export's reading of PostgreSQL: the free texts come through a second connection that
 * imports the first one's snapshot, so both cursors see the same reports however the data
 * changes meanwhile, and both connections go back to the pool closed; with no second connection
 * to spare, they come after the reports on the first.
 */
@QuarkusTest
class JdbcReportSourceTest {

    static final int PERMITS = 4;

    @Inject
    ExportFixture fixture;
    @Inject
    DataSource dataSource;

    @Test
    void freeTextsReadOnTheirOwnConnectionSeeTheSnapshotOfTheReports() throws Exception {
        assertThat(readWithALaterReport("snapshot-beside", "KEN", "GHA")).containsExactly("KEN", "KEN: Ministry of Education of KEN");
        assertThat(JdbcReportSource.BESIDE.availablePermits()).isEqualTo(PERMITS); // handed back
        assertThat(fixture.idleInTransaction()).isZero();
    }

    @Test
    void withNoSecondConnectionToSpareFreeTextsAreReadAfterTheReportsOnTheSameOne() throws Exception {
        int taken = JdbcReportSource.BESIDE.drainPermits();
        try {
            assertThat(readWithALaterReport("snapshot-after", "JOR", "FRA")).containsExactly("JOR", "JOR: Ministry of Education of JOR");
        } finally {
            JdbcReportSource.BESIDE.release(taken);
        }
        assertThat(fixture.idleInTransaction()).isZero();
    }

    /**
     * Reads one cycle's reports and their free texts (opened first, as the synthesis does) while
     * another transaction adds a report after the snapshot was taken: the states read, then the texts.
     */
    private List<String> readWithALaterReport(String cycle, String state, String later) throws Exception {
        fixture.cycle(cycle, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        fixture.report(cycle, state, ReportStatus.SUBMITTED, List.of(new Stored(LocalDateTime.of(2026, 3, 10, 11, 0), false,
                Map.of("Q02", "Ministry of Education of " + state))));
        List<String> read = new ArrayList<>();
        try (JdbcReportSource source = new JdbcReportSource(dataSource)) {
            source.regions("en"); // the transaction's snapshot is taken here
            // committed after the snapshot: neither cursor may see it
            fixture.report(cycle, later, ReportStatus.SUBMITTED, List.of(new Stored(LocalDateTime.of(2026, 3, 12, 11, 0), false,
                    Map.of("Q02", "Ministry of Education of " + later))));
            SynthesisSource synthesis = source.synthesis(cycle, Set.copyOf(Arrays.asList(ReportStatus.values())),
                    Instant.parse("2026-05-01T00:00:00Z"), true, null);
            try (SynthesisSource.Cursor<FreeTextAnswer> freeText = synthesis.freeText(List.of("Q02"), Arrays.asList((String) null))) {
                try (SynthesisSource.Cursor<CountedReport> reports = synthesis.reports()) {
                    reports.forEachRemaining(r -> read.add(r.stateCode()));
                }
                freeText.forEachRemaining(t -> read.add(t.stateCode() + ": " + t.text().asText()));
            }
        }
        return read;
    }
}
