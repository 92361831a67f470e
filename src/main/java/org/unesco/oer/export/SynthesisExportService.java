package org.unesco.oer.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.Deadline;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.export.ExportRecords.CycleInfo;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.platform.WorkMetrics;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.registry.Region;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.stream.Collectors;

/** The synthesis of a cycle, as a workbook or as CSV files: parameters checked first, then reports streamed from the database. */
@ApplicationScoped
public class SynthesisExportService {

    @Inject
    InstantSource clock;
    @Inject
    CycleService cycles;
    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    DataSource dataSource;
    @Inject
    Languages languages;
    @Inject
    WorkMetrics metrics;

    /** An export whose parameters have been checked: nothing left that could answer 4xx. */
    public record Prepared(CycleInfo cycle, QuestionnaireDefinition definition, SynthesisParameters params) {

        /** The download name, every parameter in it ({@link DownloadName#synthesis}). */
        public String fileName(String extension) {
            return DownloadName.synthesis(cycle, params, extension);
        }
    }

    public Prepared prepare(String cycleCode, String lang, String values, List<String> status, String region, String asOf, String late) {
        ReportingCycle cycle = cycles.require(cycleCode);
        SynthesisParameters params = SynthesisParameters.parse(languages.supported(), lang, values, status, region, asOf, late, cycle.analysisCutoffDate);
        if (params.region() != null && Region.findById(params.region()) == null) {
            String known = Region.ordered().stream().map(r -> r.code).collect(Collectors.joining(", "));
            throw new InvalidRequestException("region", "unknown-value", params.region(), known);
        }
        return new Prepared(info(cycle, params.lang()), catalog.require(cycle.questionnaireVersion).definitionInEveryLanguage(), params);
    }

    static CycleInfo info(ReportingCycle cycle, String lang) {
        return new CycleInfo(cycle.code, cycle.title(lang), cycle.circularLetter, cycle.questionnaireVersion,
                cycle.deadlineDate, cycle.analysisCutoffDate, cycle.zone());
    }

    /** Streams the counted reports of one snapshot into the workbook, then the workbook into {@code out}. */
    public int write(Prepared p, OutputStream out) throws IOException {
        return metrics.export("synthesis", out, counted -> write(dataSource, p, counted, clock.instant()));
    }

    /** Streams the same reports into the CSV zip (long table and codebook). */
    public int writeCsv(Prepared p, OutputStream out) throws IOException {
        return metrics.export("synthesis_csv", out,
                counted -> snapshot(dataSource, p, clock.instant(), (ctx, source) -> SynthesisCsvWriter.write(ctx, source, counted)));
    }

    /** The export itself, without CDI (the benchmark calls it on its own database). */
    public static int write(DataSource dataSource, Prepared p, OutputStream out, Instant now) throws IOException {
        return snapshot(dataSource, p, now, (ctx, source) -> SynthesisWriter.write(ctx, source, out));
    }

    /** What reads one snapshot: a format's writer, or the pages' figures. */
    @FunctionalInterface
    interface Snapshot<T> {
        T read(SynthesisContext ctx, SynthesisSource source) throws IOException;
    }

    /** One read-only snapshot: the registry and the counted reports, handed to {@code reading}. */
    static <T> T snapshot(DataSource dataSource, Prepared p, Instant now, Snapshot<T> reading) throws IOException {
        SynthesisParameters params = p.params();
        Instant cutoffEnd = params.asOf() == null ? now : new Deadline(params.asOf(), p.cycle().zone()).endsAt();
        try (JdbcReportSource source = new JdbcReportSource(dataSource)) {
            List<RegionEntry> regions = source.regions(params.lang()).stream()
                    .filter(r -> params.region() == null || r.code().equals(params.region())).toList();
            SynthesisContext ctx = new SynthesisContext(p.cycle(), p.definition(), regions, source.states(params.region(), params.lang()),
                    source.summaries(p.cycle().code()), params, now, cutoffEnd);
            return reading.read(ctx, source.synthesis(p.cycle().code(), params.statuses(), cutoffEnd, params.late(), params.region()));
        } catch (SQLException e) {
            throw new IOException("Reading reports for the synthesis failed", e);
        }
    }
}
