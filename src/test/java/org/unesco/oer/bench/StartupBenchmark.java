package org.unesco.oer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Base64;

/**
 * Start-up: from {@code java -jar} to ready (the management port's /q/health/ready answers 200)
 * with PostgreSQL already up and migrated, as a restarted container. The service runs as in the
 * read benchmark (512 MiB limit, heap from the limit); the first start migrates and is not counted.
 * Prints each run, the median and the worst, and a TARGET line (≤ 3 s) with the load average.
 * <p>With {@code -Daot=true} (a JDK 25 or newer, the {@code aot-jar} packaging) it first makes the
 * JDK's ahead-of-time cache as an image build would: a training run with the production options
 * ({@code -XX:AOTCacheOutput}, heap sized for 512 MiB by {@code -XX:MaxRAM}, outside the memory
 * limit because the JVM assembles the cache in a second process at exit), driven by
 * {@link #train}; the timed runs then start with {@code -XX:AOTCache}.
 * <pre>deploy/local/bench-startup.sh [runs]
 * deploy/local/bench-startup.sh --aot [runs]</pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 7);
        int port = Integer.getInteger("port", 8089);
        int dbPort = Integer.getInteger("dbPort", 55434);
        int memoryMb = Integer.getInteger("memoryMb", 512);
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        HttpClient http = AutosaveBenchmark.client();
        String jvmArgs = System.getProperty("serviceJvmArgs", "");
        if (Boolean.getBoolean("aot")) {
            makeAotCache(http, port, dbPort, keys, publicKey, jvmArgs);
            jvmArgs += " -XX:AOTCache=" + AOT_CACHE;
        }
        try (BenchService service = BenchService.start(port, dbPort, publicKey, memoryMb, jvmArgs, "target/bench-service.log")) {
            long first = System.nanoTime();
            ready(http, port);
            System.out.printf("first start (migrates an empty database): %.2f s%n", (System.nanoTime() - first) / 1e9);
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                long launched = service.restart();
                ready(http, port);
                seconds[i] = (System.nanoTime() - launched) / 1e9;
                System.out.printf("run %d: java -jar → ready %.2f s, CPU %.2f s (%s)  [load %s]%n", i + 1, seconds[i], service.cpuSeconds(),
                        topThreads(service.threadCpu()), BenchService.load());
            }
            Arrays.sort(seconds);
            double median = seconds[runs / 2];
            System.out.printf("median %.2f s, worst %.2f s over %d runs%n", median, seconds[runs - 1], runs);
            BenchService.target("start-up, java -jar → ready, PostgreSQL up (median)", median, "s", "<=", 3);
        }
    }

    private static final String AOT_CACHE = "app.aot";

    /** The four threads (by name, numbers folded) that used the most CPU, as "main 1.52, C2 CompilerThreadN 0.61". */
    private static String topThreads(java.util.Map<String, Double> cpu) {
        return cpu.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                .map(e -> e.getKey() + " " + String.format("%.2f", e.getValue())).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The training run: starts the service on a fresh database, drives {@link #train}, stops it, and checks the cache is there. */
    private static void makeAotCache(HttpClient http, int port, int dbPort, KeyPair keys, String publicKey, String jvmArgs) throws Exception {
        Path cache = Path.of("target/quarkus-app", AOT_CACHE);
        Files.deleteIfExists(cache);
        long t0 = System.nanoTime();
        try (BenchService training = BenchService.start(port, dbPort, publicKey, 0,
                jvmArgs + " -XX:MaxRAM=512m -XX:AOTCacheOutput=" + AOT_CACHE, "target/bench-aot-training.log")) {
            ready(http, port);
            train(http, port, dbPort, keys);
        }
        if (!Files.exists(cache)) {
            throw new IllegalStateException("The training run left no " + cache + "; see target/bench-aot-training.log");
        }
        System.out.printf("AOT cache %s: %d MB, training run %.1f s%n", cache, Files.size(cache) / 1_000_000, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * What the training run does once ready, so that the cache holds what requests load, not only
     * start-up: three focal points fill their reports through the API (every answer saved) and read
     * them, the Secretariat reads the board and the rates, an analyst reads the catalogue and exports the synthesis.
     */
    private static void train(HttpClient http, int port, int dbPort, KeyPair keys) throws Exception {
        String base = "http://localhost:" + port;
        String cycle = base + "/api/cycles/" + AutosaveBenchmark.CYCLE;
        String analyst = AutosaveBenchmark.token(keys, "bench-analyst", "analyst");
        String secretariat = AutosaveBenchmark.token(keys, "bench-secretariat", "secretariat");
        var definition = ReportReadBenchmark.questionnaire();
        for (String state : AutosaveBenchmark.designate(dbPort, 3)) {
            String focalPoint = AutosaveBenchmark.token(keys, "bench-" + state.toLowerCase(), "focal-point");
            ReportReadBenchmark.complete(http, base, state, focalPoint, definition, false);
            for (int i = 0; i < 10; i++) {
                get(http, cycle + "/reports/" + state, focalPoint);
            }
        }
        for (int round = 0; round < 10; round++) {
            for (String path : List.of("/api/questionnaires", "/api/member-states", "/api/me", "/api/cycles", "/q/openapi")) {
                get(http, base + path, analyst);
            }
            get(http, cycle + "/reports", secretariat);
            get(http, cycle + "/monitoring", secretariat);
            get(http, cycle + "/exports/synthesis.xlsx", analyst);
        }
    }

    private static String get(HttpClient http, String uri, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException("Training: " + uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Polls readiness every 10 ms (the figure's resolution), for at most a minute. */
    private static void ready(HttpClient http, int port) throws Exception {
        URI uri = URI.create("http://localhost:" + AutosaveBenchmark.managementPort(port) + "/q/health/ready");
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                if (http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("The service did not become ready; see target/bench-service.log");
    }
}
