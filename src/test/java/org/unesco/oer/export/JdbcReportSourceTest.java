package org.unesco.oer.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * changes meanwhile, and both connections go back to the pool closed.
 */
@QuarkusTest
class JdbcReportSourceTest {

    static final String CYCLE = "export-snapshot";

    @Inject
    ExportFixture fixture;
    @Inject
    DataSource dataSource;
    @Inject
    EntityManager em;

    @Test
    void freeTextsReadOnTheirOwnConnectionSeeTheSnapshotOfTheReports() throws Exception {
        fixture.cycle(CYCLE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        fixture.report(CYCLE, "KEN", ReportStatus.SUBMITTED, List.of(new Stored(LocalDateTime.of(2026, 3, 10, 11, 0), false,
                Map.of("Q02", "Ministry of Education of KEN"))));
        List<String> reportStates = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (JdbcReportSource source = new JdbcReportSource(dataSource)) {
            source.regions("en"); // the transaction's snapshot is taken here
            // committed after the snapshot: neither cursor may see it
            fixture.report(CYCLE, "GHA", ReportStatus.SUBMITTED, List.of(new Stored(LocalDateTime.of(2026, 3, 12, 11, 0), false,
                    Map.of("Q02", "Ministry of Education of GHA"))));
            SynthesisSource synthesis = source.synthesis(CYCLE, Set.copyOf(Arrays.asList(ReportStatus.values())),
                    Instant.parse("2026-05-01T00:00:00Z"), true, null);
            try (SynthesisSource.Cursor<FreeTextAnswer> freeText = synthesis.freeText(List.of("Q02"), Arrays.asList((String) null))) {
                try (SynthesisSource.Cursor<CountedReport> reports = synthesis.reports()) {
                    reports.forEachRemaining(r -> reportStates.add(r.stateCode()));
                }
                freeText.forEachRemaining(t -> texts.add(t.stateCode() + ": " + t.text().asText()));
            }
        }
        assertThat(reportStates).containsExactly("KEN");
        assertThat(texts).containsExactly("KEN: Ministry of Education of KEN");
        Number open = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from pg_stat_activity where state like 'idle in transaction%' and pid <> pg_backend_pid()").getSingleResult());
        assertThat(open.intValue()).isZero();
    }
}
