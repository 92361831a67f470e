package org.unesco.oer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

/**
 * The JDK's ahead-of-time cache for a benchmark's service ({@code -Daot=true}: a JDK 25 or newer
 * running the benchmark, the {@code aot-jar} packaging; {@code --aot} of the bench scripts). Made
 * as an image build would make it: a training run with the production options
 * ({@code -XX:AOTCacheOutput}, the heap sized for 512 MiB by {@code -XX:MaxRAM}, outside the memory
 * limit because the JVM assembles the cache in a second process at exit) driven by {@link #train};
 * the measured service then starts with {@code -XX:AOTCache}.
 */
final class AotCache {

    private static final String FILE = "app.aot";

    private AotCache() {
    }

    /** With -Daot=true, makes the cache and returns the option that uses it; else "". */
    static String option(HttpClient http, int port, int dbPort, KeyPair keys, String publicKey, String jvmArgs) throws Exception {
        if (!Boolean.getBoolean("aot")) {
            return "";
        }
        make(http, port, dbPort, keys, publicKey, jvmArgs);
        return " -XX:AOTCache=" + FILE;
    }

    /** The training run: starts the service on a fresh database, drives {@link #train}, stops it, and checks the cache is there. */
    private static void make(HttpClient http, int port, int dbPort, KeyPair keys, String publicKey, String jvmArgs) throws Exception {
        Path cache = Path.of("target/quarkus-app", FILE);
        Files.deleteIfExists(cache);
        long t0 = System.nanoTime();
        try (BenchService training = BenchService.start(port, dbPort, publicKey, 0,
                jvmArgs + " -XX:MaxRAM=512m -XX:AOTCacheOutput=" + FILE, "target/bench-aot-training.log")) {
            AutosaveBenchmark.waitUntilReady(http, port);
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
}
