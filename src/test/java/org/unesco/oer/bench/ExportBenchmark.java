package org.unesco.oer.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.CycleInfo;
import org.unesco.oer.export.ExportRecords.FreeTextAnswer;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.export.SynthesisContext;
import org.unesco.oer.export.SynthesisExportService;
import org.unesco.oer.export.SynthesisParameters;
import org.unesco.oer.export.SynthesisSource;
import org.unesco.oer.export.SynthesisWriter;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireParser;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Export benchmarks (not tests), both in this one JVM; run with {@code deploy/local/bench-export.sh}
 * (which gives it -Xmx256m).
 *
 * <p>P1: the full synthesis of cycle oer-2023 for 206 states with every question answered, read
 * from an embedded PostgreSQL migrated with the service's own Flyway scripts, against raw SXSSF
 * writing exactly the same cells (read back from the export) with no database. P2: the writer fed
 * by a generator (synthetic registry and 200-question questionnaire) at 2,000 to 20,000 reports.
 *
 * <p>Settings (system properties): p1Runs (10), p1Warmup (5), p2Sizes (2000,5000,10000,20000),
 * p2Questions (200), p2LongText (400 characters on average).
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("JVM: %s %s, max heap %d MB, %d cores%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        if (!Boolean.getBoolean("skipP1")) {
            p1();
        }
        if (!Boolean.getBoolean("skipP2")) {
            p2();
        }
    }

    // ---- P1 ---------------------------------------------------------------------------------

    static void p1() throws Exception {
        int runs = Integer.getInteger("p1Runs", 10);
        int warmup = Integer.getInteger("p1Warmup", 5);
        Path dataDir = Files.createTempDirectory("oer-bench-export-pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            String file = "questionnaire/oer-recommendation-2022.1.json";
            QuestionnaireDefinition definition = QuestionnaireParser.parse(file, Files.readString(Path.of(file))).definition();
            int reports = BenchDatabase.fill(ds, definition, "oer-2023", 206, 2000);
            SynthesisExportService.Prepared prepared = new SynthesisExportService.Prepared(
                    new CycleInfo("oer-2023", "First consultation", "CL/4398", "2022.1", LocalDate.of(2023, 1, 31),
                            LocalDate.of(2023, 4, 30), ZoneId.of("Europe/Paris")),
                    definition, SynthesisParameters.parse(List.of("en"), "en", null, null, null, null, null, LocalDate.of(2023, 4, 30)));
            Path exported = Files.createTempFile("oer-bench-synthesis", ".xlsx");
            try (OutputStream out = Files.newOutputStream(exported)) {
                int n = SynthesisExportService.write(ds, prepared, out, Instant.now());
                System.out.printf("%nP1: %d reports stored, %d counted; workbook %.1f MB%n", reports, n, Files.size(exported) / 1e6);
            }
            List<RawCells.SheetCells> cells = RawCells.read(exported);
            long cellCount = cells.stream().mapToLong(RawCells.SheetCells::cellCount).sum();
            System.out.printf("P1: %d sheets, %d cells, %d rows%n", cells.size(), cellCount, cells.stream().mapToLong(s -> s.rows().size()).sum());

            System.out.printf("P1: answer texts from %d sentences of the questionnaire's six languages; deflate keeps %.3f of them%n",
                    BenchProse.sentences(), BenchProse.deflateRatio());
            long[] export = new long[runs];
            long[] raw = new long[runs];
            long[] exportCpu = new long[runs];
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < warmup + runs; i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SynthesisExportService.write(ds, prepared, OutputStream.nullOutputStream(), Instant.now());
                long t1 = System.nanoTime();
                if (i >= warmup) {
                    exportCpu[i - warmup] = threads.getCurrentThreadCpuTime() - cpu0;
                }
                RawCells.write(cells, OutputStream.nullOutputStream());
                long t2 = System.nanoTime();
                if (i >= warmup) {
                    export[i - warmup] = t1 - t0;
                    raw[i - warmup] = t2 - t1;
                }
            }
            double e = median(export);
            double r = median(raw);
            System.out.printf("P1: full synthesis (PostgreSQL cursor + JSON + all sheets + zip), median of %d: %.0f ms (min %.0f), "
                    + "%.0f cells per CPU-second of the exporting thread%n", runs, e, min(export), cellCount / (median(exportCpu) / 1e3));
            System.out.printf("P1: raw SXSSF, same cells, no database, median of %d:            %.0f ms (min %.0f)%n", runs, r, min(raw));
            System.out.printf("P1: ratio %.3f (target <= 1.25)  [load %s]%n", e / r, BenchService.load());
            Files.deleteIfExists(exported);
        }
    }

    // ---- P2 ---------------------------------------------------------------------------------

    static void p2() throws Exception {
        int questions = Integer.getInteger("p2Questions", 200);
        int longText = Integer.getInteger("p2LongText", 400);
        int[] sizes = Arrays.stream(System.getProperty("p2Sizes", "2000,5000,10000,20000").split(",")).mapToInt(Integer::parseInt).toArray();
        QuestionnaireDefinition definition = SyntheticData.questionnaire(questions);
        System.out.printf("%nP2: synthetic questionnaire of %d questions, long texts ~%d characters, heap limit %d MB%n",
                questions, longText, Runtime.getRuntime().maxMemory() >> 20);
        run(definition, 500, longText); // warm-up
        double first = 0;
        for (int n : sizes) {
            double[] r = run(definition, n, longText);
            if (first == 0) {
                first = r[0] / n;
            }
            System.out.printf("P2: %,6d reports: %7.1f s, %5.2f ms/report (x%.2f of the smallest), workbook %6.1f MB%n",
                    n, r[0] / 1000, r[0] / n, (r[0] / n) / first, r[1] / 1e6);
        }
        int largest = Arrays.stream(sizes).max().orElse(0);
        int every = Math.max(1, largest / 10);
        System.out.printf("P2: memory probe, %,d reports again with a full GC every %,d reports; live heap after each GC (MB):%n", largest, every);
        System.out.println("P2:   " + probe(definition, largest, longText, every));
    }

    /** Returns {milliseconds, bytes written}. */
    static double[] run(QuestionnaireDefinition definition, int n, int longText) throws Exception {
        List<StateEntry> registry = SyntheticData.registry(n);
        Instant now = Instant.now();
        SynthesisContext ctx = new SynthesisContext(new CycleInfo("synthetic", "Synthetic", null, definition.version(),
                LocalDate.of(2023, 1, 31), null, ZoneId.of("Europe/Paris")), definition, SyntheticData.REGIONS, registry, Map.of(),
                SynthesisParameters.parse(List.of("en"), "en", null, null, null, null, null, null), now, now);
        CountingStream out = new CountingStream();
        System.gc();
        long t0 = System.nanoTime();
        SynthesisWriter.write(ctx, SyntheticData.source(definition, registry, longText, false), out);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new double[]{ms, out.count};
    }

    /**
     * The same export, untimed, forcing a full collection every {@code every} reports and noting
     * the heap still in use after it: the live data, which must not grow with the reports.
     */
    static List<Long> probe(QuestionnaireDefinition definition, int n, int longText, int every) throws Exception {
        List<StateEntry> registry = SyntheticData.registry(n);
        Instant now = Instant.now();
        SynthesisContext ctx = new SynthesisContext(new CycleInfo("synthetic", "Synthetic", null, definition.version(),
                LocalDate.of(2023, 1, 31), null, ZoneId.of("Europe/Paris")), definition, SyntheticData.REGIONS, registry, Map.of(),
                SynthesisParameters.parse(List.of("en"), "en", null, null, null, null, null, null), now, now);
        SynthesisSource generated = SyntheticData.source(definition, registry, longText, false);
        List<Long> live = new ArrayList<>();
        SynthesisSource probed = new SynthesisSource() {
            @Override
            public Cursor<CountedReport> reports() throws IOException {
                Cursor<CountedReport> reports = generated.reports();
                return new Cursor<>() {
                    int count;

                    @Override
                    public boolean hasNext() {
                        return reports.hasNext();
                    }

                    @Override
                    public CountedReport next() {
                        if (++count % every == 0) {
                            System.gc();
                            live.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
                        }
                        return reports.next();
                    }

                    @Override
                    public void close() throws IOException {
                        reports.close();
                    }
                };
            }

            @Override
            public Cursor<FreeTextAnswer> freeText(List<String> questions, List<String> urls) throws IOException {
                return generated.freeText(questions, urls);
            }
        };
        SynthesisWriter.write(ctx, probed, OutputStream.nullOutputStream());
        return live;
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }
}
