package org.unesco.oer.export;

import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.CycleInfo;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.report.ReportStatus;

import java.io.OutputStream;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one tiny workbook in the background once the service listens: the first export in a fresh
 * JVM pays ~2 s of class loading and JIT (3.6× a warm one, as measured), which no user should wait
 * for. Not at start-up itself: on two cores it would take CPU from the path to readiness.
 */
@ApplicationScoped
public class ExportWarmUp {

    private static final Logger LOG = Logger.getLogger(ExportWarmUp.class);

    @Inject
    InstantSource clock;
    @Inject
    QuestionnaireCatalog catalog;
    @ConfigProperty(name = "oer.export.warm-up", defaultValue = "true")
    boolean enabled;

    void onListening(@Observes HttpServerStart event) {
        if (!enabled || catalog.all().isEmpty()) {
            return;
        }
        QuestionnaireDefinition definition = catalog.all().iterator().next().definition();
        Instant now = clock.instant();
        Thread thread = new Thread(() -> run(definition, now), "export-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static void run(QuestionnaireDefinition definition, Instant now) {
        long t0 = System.nanoTime();
        try {
            SynthesisParameters params = new SynthesisParameters("en", false, SynthesisParameters.DEFAULT_STATUSES, null, null, false, true);
            SynthesisContext ctx = new SynthesisContext(
                    new CycleInfo("warm-up", "Warm-up", null, definition.version(), LocalDate.ofInstant(now, ZoneOffset.UTC), null, ZoneOffset.UTC), definition,
                    List.of(new RegionEntry("AFR", "Africa")),
                    List.of(new StateEntry("AAA", "A", "AFR", true), new StateEntry("BBB", "B", "AFR", false)),
                    Map.of(), params, now, now);
            CountedReport report = new CountedReport("AAA", ReportStatus.SUBMITTED, now, false, 1, now, "0".repeat(64), Map.of());
            SynthesisWriter.write(ctx, SynthesisSource.of(List.of(report)), OutputStream.nullOutputStream());
            NationalReportWorkbook.write(new NationalReportWorkbook.Content("warm-up", "Warm-up", "AAA", "A", ReportStatus.DRAFT,
                    definition, null, null, null, 0, null, ZoneOffset.UTC, Map.of(), Set.of(), Map.of(), "en", now), OutputStream.nullOutputStream());
            LOG.debugf("Export warm-up done in %d ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("Export warm-up failed (exports still work, the first one is slower)", e);
        }
    }
}
