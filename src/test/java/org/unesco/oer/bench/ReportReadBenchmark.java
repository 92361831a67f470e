package org.unesco.oer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireParser;
import org.unesco.oer.report.AnswerValidator;
import org.unesco.oer.report.ReportEvaluation;
import org.unesco.oer.support.ReportFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read benchmark (not a test): the Secretariat reading whole reports. Starts the packaged service
 * ({@link BenchService}: its own durable PostgreSQL, the service in a 512 MiB memory limit), has
 * every state's focal point complete and submit its report through the API with long answers,
 * then `concurrency` clients GET the reports in a closed loop; then the questionnaire; then the
 * reports again with one synthesis export of the cycle running beside them. Prints requests per
 * second, latency percentiles, the CPU used by the service and by the load driver, the peak
 * memory, and one TARGET line per goal with PASS/FAIL and the load average.
 *
 * <p>Run with {@code deploy/local/bench-read.sh [concurrency] [seconds]}. Settings: concurrency (50),
 * seconds (30), warmupSeconds (15), reports (205), memoryLimitMb (512; 0 for none), serviceJvmArgs,
 * port (8093), dbPort (55436).
 */
public final class ReportReadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CYCLE = AutosaveBenchmark.CYCLE;

    public static void main(String[] args) throws Exception {
        int concurrency = Integer.getInteger("concurrency", 50);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmupSeconds", 30);
        int reports = Integer.getInteger("reports", 205);
        int memoryMb = Integer.getInteger("memoryLimitMb", 512);
        int port = Integer.getInteger("port", 8093);
        int dbPort = Integer.getInteger("dbPort", 55436);
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        QuestionnaireDefinition definition = questionnaire();
        HttpClient http = AutosaveBenchmark.client();
        String jvmArgs = System.getProperty("serviceJvmArgs", "");
        jvmArgs += AotCache.option(http, port, dbPort, keys, publicKey, jvmArgs);
        try (BenchService service = BenchService.start(port, dbPort, publicKey, memoryMb, jvmArgs, "target/bench-read-service.log")) {
            String base = "http://localhost:" + port;
            AutosaveBenchmark.waitUntilReady(http, port);
            List<String> states = AutosaveBenchmark.designate(service.dbPort, reports);
            String secretariat = AutosaveBenchmark.token(keys, "bench-secretariat", "secretariat");
            long bytes = 0;
            for (String state : states) {
                String token = AutosaveBenchmark.token(keys, "bench-" + state.toLowerCase(), "focal-point");
                complete(http, base, state, token, definition, true);
                bytes += http.send(HttpRequest.newBuilder(URI.create(base + "/api/cycles/" + CYCLE + "/reports/" + state))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
            }
            System.out.printf("Service up (pid %d, RSS %d MB); %d reports complete and submitted, %.1f KB of JSON each on average; "
                            + "%d clients, %d s warm-up + %d s measured%n",
                    service.pid(), service.rssMb(), states.size(), bytes / 1024.0 / states.size(), concurrency, warmup, seconds);
            List<String> reportUrls = states.stream().map(s -> base + "/api/cycles/" + CYCLE + "/reports/" + s).toList();
            Result reads = load(http, reportUrls, secretariat, concurrency, warmup, seconds, service);
            print("GET report", reads, service);
            BenchService.target("GET report, " + concurrency + " concurrent: req/s", reads.perSecond(), "req/s", ">=", 800);
            BenchService.target("GET report, " + concurrency + " concurrent: p99", reads.p99(), "ms", "<=", 100);
            Result questionnaire = load(http, List.of(base + "/api/cycles/" + CYCLE + "/questionnaire"), secretariat, concurrency,
                    warmup / 3, seconds / 2, service);
            print("GET questionnaire", questionnaire, service);

            // the same reads with one synthesis export of the whole cycle running beside them
            String exportUrl = base + "/api/cycles/" + CYCLE + "/exports/synthesis.xlsx?status=submitted";
            Thread export = new Thread(() -> {
                try {
                    Thread.sleep(2000);
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(exportUrl)).header("Authorization", "Bearer " + secretariat)
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
                    System.out.printf("Synthesis export during the reads: HTTP %d, %.1f MB in %.2f s%n", r.statusCode(), r.body().length / 1e6,
                            (System.nanoTime() - t0) / 1e9);
                } catch (Exception e) {
                    System.out.println("Synthesis export failed: " + e);
                }
            });
            export.start();
            Result withExport = load(http, reportUrls, secretariat, concurrency, 0, seconds, service);
            export.join();
            print("GET report + 1 synthesis export", withExport, service);
            httpSynthesisRatio(http, exportUrl, secretariat, service);
            System.out.printf("Memory: service RSS now %d MB (anonymous %d MB, mapped files %d MB: the jars and an AOT cache), peak %d MB, "
                    + "OOM kills %d, service alive %s%n", service.rssMb(), service.rssAnonMb(), service.rssFileMb(), service.peakMb(),
                    service.oomKills(), service.alive());
            // the cgroup's peak counts page cache, which the kernel reclaims before it kills: the service's
            // own resident memory and the OOM killer are what tell whether it fits
            BenchService.target("OOM kills (reads + export), limit " + memoryMb + " MiB", service.oomKills(), "", "<=", 0);
            if (memoryMb > 0) {
                BenchService.target("service RSS with 10 % headroom under the limit", service.rssMb(), "MB", "<=", memoryMb * 0.9);
            }
            BenchService.target("errors (reads + export)", reads.errors() + withExport.errors() + (service.alive() ? 0 : 1), "", "<=", 0);
        }
    }

    /**
     * The synthesis through HTTP (authentication, the service's cursors, JSON, every sheet, zip, the
     * transfer) on the reports entered through the API, alone, against raw SXSSF writing exactly the
     * same cells (read back from the download) here without database or HTTP: 8 warm-up rounds
     * ({@code -DratioWarmup}; with 3 the service's C2 compiler still took 0.45 s of CPU per export), then
     * the median of 9 ({@code -DratioRuns}), alternating. Prints every run, the CPU per export and the
     * service's threads that used it.
     */
    private static void httpSynthesisRatio(HttpClient http, String exportUrl, String token, BenchService service) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(exportUrl)).header("Authorization", "Bearer " + token).build();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("oer-bench-http-synthesis", ".xlsx");
        java.nio.file.Files.write(file, http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        List<RawCells.SheetCells> cells = RawCells.read(file);
        long cellCount = cells.stream().mapToLong(RawCells.SheetCells::cellCount).sum();
        int warmup = Integer.getInteger("ratioWarmup", 8);
        int runs = Integer.getInteger("ratioRuns", 9);
        long[] viaHttp = new long[runs];
        long[] raw = new long[runs];
        double serviceCpu = 0;
        double rawCpu = 0;
        java.util.Map<String, Double> before = null;
        for (int i = 0; i < warmup + runs; i++) {
            if (i == warmup) {
                before = service.threadCpu();
            }
            double cpu0 = service.cpuSeconds();
            long t0 = System.nanoTime();
            HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            long t1 = System.nanoTime();
            double cpu1 = service.cpuSeconds();
            double driver0 = driverCpu();
            RawCells.write(cells, java.io.OutputStream.nullOutputStream());
            long t2 = System.nanoTime();
            if (i >= warmup) {
                serviceCpu += cpu1 - cpu0;
                rawCpu += driverCpu() - driver0;
                viaHttp[i - warmup] = t1 - t0;
                raw[i - warmup] = t2 - t1;
            }
        }
        System.out.printf("  runs through HTTP (ms): %s%n  raw SXSSF (ms):         %s%n", millis(viaHttp), millis(raw));
        java.util.Map<String, Double> first = before;
        service.threadCpu().forEach((name, seconds) -> {
            double used = seconds - first.getOrDefault(name, 0.0);
            if (used >= 0.01 * runs) {
                System.out.printf("    %-28s %.2f s per export%n", name, used / runs);
            }
        });
        System.out.printf("  CPU per export: service %.2f s (PostgreSQL not counted); raw SXSSF, the whole load-driver process %.2f s%n",
                serviceCpu / runs, rawCpu / runs);
        double throughHttp = ExportBenchmark.median(viaHttp);
        double sxssf = ExportBenchmark.median(raw);
        double ratio = throughHttp / sxssf;
        System.out.printf("Synthesis through HTTP, %d cells, %.1f MB: median %.0f ms; raw SXSSF, same cells: median %.0f ms; ratio %.3f%n",
                cellCount, java.nio.file.Files.size(file) / 1e6, throughHttp, sxssf, ratio);
        BenchService.target("synthesis through HTTP / raw SXSSF, same cells (x1000)", ratio * 1000, "", "<=", 1250);
        java.nio.file.Files.deleteIfExists(file);
    }

    private static String millis(long[] nanos) {
        return java.util.Arrays.stream(nanos).mapToObj(n -> String.valueOf(n / 1_000_000)).collect(java.util.stream.Collectors.joining(" "));
    }

    record Result(long count, int seconds, long[] sorted, long bytes, int errors, double serviceCpu, double driverCpu) {
        double perSecond() {
            return count / (double) seconds;
        }

        double p99() {
            return AutosaveBenchmark.pct(sorted, 0.99);
        }
    }

    private static void print(String what, Result r, BenchService service) {
        System.out.printf("%s: %d in %d s = %.0f req/s (%.1f MB/s); ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f; errors %d; "
                        + "service CPU %.1f s (%.0f req per service CPU-second), load driver CPU %.1f s%n", what,
                r.count(), r.seconds(), r.perSecond(), r.bytes() / 1e6 / r.seconds(), AutosaveBenchmark.pct(r.sorted(), 0.50),
                AutosaveBenchmark.pct(r.sorted(), 0.90), r.p99(), r.sorted().length == 0 ? 0 : r.sorted()[r.sorted().length - 1] / 1e6,
                r.errors(), r.serviceCpu(), r.count() / r.serviceCpu(), r.driverCpu());
    }

    /** The shipped questionnaire, parsed as the service does. */
    static QuestionnaireDefinition questionnaire() throws java.io.IOException {
        try (InputStream in = ReportReadBenchmark.class.getResourceAsStream("/questionnaire/oer-recommendation-2022.1.json")) {
            return QuestionnaireParser.parse("oer-recommendation-2022.1.json", new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .definition();
        }
    }

    /**
     * Answers every question a complete report shows ("yes" opening the follow-ups, long texts in
     * every text question) through the API, and submits it when asked; returns the version saved.
     */
    static int complete(HttpClient http, String base, String state, String token, QuestionnaireDefinition definition, boolean submit)
            throws Exception {
        String report = base + "/api/cycles/" + CYCLE + "/reports/" + state;
        AnswerValidator validator = new AnswerValidator(code -> true);
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        // prose that compresses like real answers (BenchProse), 1,000-2,000 characters per long text: ~62 KB of JSON per report
        java.util.Random random = new java.util.Random(state.hashCode());
        for (QuestionnaireDefinition.Question q : definition.questions().toList()) {
            ReportEvaluation evaluation = new ReportEvaluation(definition, answers, validator);
            if (evaluation.checks().get(q.code()).state() == ReportEvaluation.QuestionState.HIDDEN) {
                continue;
            }
            JsonNode value = switch (q.type()) {
                // "yes" opens the follow-up questions, which are answered in turn
                case YES_NO, YES_NO_NA -> JSON.getNodeFactory().textNode("yes");
                case LONG_TEXT -> JSON.getNodeFactory().textNode(BenchProse.text(random, 1000 + random.nextInt(1001)));
                case SHORT_TEXT -> JSON.getNodeFactory().textNode(BenchProse.text(random, 120));
                default -> q.required() ? ReportFixture.valueFor(q, state) : null;
            };
            if (value != null) {
                answers.put(q.code(), value);
            }
        }
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(report + "/answers"))
                .header("Authorization", "Bearer " + token).header("If-Match", "\"0\"").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("answers", answers)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("Filling " + state + " answered " + saved.statusCode() + ": " + saved.body());
        }
        int version = JSON.readTree(saved.body()).path("version").asInt();
        if (!submit) {
            return version;
        }
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(report + "/submit"))
                .header("Authorization", "Bearer " + token).header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (submitted.statusCode() != 200) {
            throw new IllegalStateException("Submitting " + state + " answered " + submitted.statusCode() + ": " + submitted.body());
        }
        return version;
    }

    private static Result load(HttpClient http, List<String> urls, String token, int concurrency, int warmup, int seconds,
                               BenchService service) throws Exception {
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        long[][] latencies = new long[concurrency][];
        AtomicInteger errors = new AtomicInteger();
        AtomicLong received = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        double[] cpuAtStart = new double[2];
        Thread meter = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
            cpuAtStart[0] = service.cpuSeconds();
            cpuAtStart[1] = driverCpu();
        });
        meter.start();
        for (int c = 0; c < concurrency; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                int i = client;
                try {
                    while (System.nanoTime() < end) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i++ % urls.size())))
                                .header("Authorization", "Bearer " + token).header("Accept-Encoding", "identity").build();
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (t0 >= measureFrom) {
                            mine.add(System.nanoTime() - t0);
                            received.addAndGet(r.body().length);
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    latencies[client] = mine.stream().mapToLong(Long::longValue).toArray();
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        meter.join();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all.length, seconds, all, received.get(), errors.get(), service.cpuSeconds() - cpuAtStart[0],
                driverCpu() - cpuAtStart[1]);
    }

    private static double driverCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    }
}
