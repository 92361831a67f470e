package org.unesco.oer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * on a fresh embedded PostgreSQL, fills `reports` reports through the API with long answers (about
 * 60 KB each as JSON), then has `concurrency` clients GET them in a closed loop, one after another;
 * then the same for the questionnaire. Prints requests per second and latency percentiles, and the
 * service's resident memory (RSS) at the end.
 *
 * <p>Run with {@code deploy/local/bench-read.sh [concurrency] [seconds]}. Settings: concurrency (50),
 * seconds (30), warmupSeconds (15), reports (20), serviceJvmArgs (e.g. "-Xmx256m"), port (8093), dbPort (55436).
 */
public final class ReportReadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CYCLE = AutosaveBenchmark.CYCLE;

    public static void main(String[] args) throws Exception {
        int concurrency = Integer.getInteger("concurrency", 50);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmupSeconds", 15);
        int reports = Integer.getInteger("reports", 20);
        int port = Integer.getInteger("port", 8093);
        int dbPort = Integer.getInteger("dbPort", 55436);
        Path dataDir = Files.createTempDirectory("oer-bench-read-pg");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        List<String> command = new ArrayList<>(List.of(AutosaveBenchmark.javaBin()));
        String extra = System.getProperty("serviceJvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + AutosaveBenchmark.managementPort(port),
                "-Doer.embedded-db.dir=" + dataDir, "-Doer.embedded-db.port=" + dbPort,
                "-Dquarkus.oidc.public-key=" + publicKey, "-D%prod.quarkus.oidc.auth-server-url=", "-Dquarkus.log.level=WARN",
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("target/bench-read-service.log"));
        AutosaveBenchmark.benchEnvironment(pb);
        Process service = pb.start();
        try {
            HttpClient http = AutosaveBenchmark.client();
            String base = "http://localhost:" + port;
            AutosaveBenchmark.waitUntilReady(http, port);
            List<String> states = AutosaveBenchmark.designate(dbPort, reports);
            String secretariat = AutosaveBenchmark.token(keys, "bench-secretariat", "secretariat");
            long bytes = 0;
            for (String state : states) {
                bytes += fill(http, base, state, AutosaveBenchmark.token(keys, "bench-" + state.toLowerCase(), "focal-point"));
            }
            System.out.printf("Service up (pid %d); %d reports of %.1f KB on average; %d clients, %d s warm-up + %d s measured%n",
                    service.pid(), states.size(), bytes / 1024.0 / states.size(), concurrency, warmup, seconds);
            List<String> reportUrls = states.stream().map(s -> base + "/api/cycles/" + CYCLE + "/reports/" + s).toList();
            load("GET report", http, reportUrls, secretariat, concurrency, warmup, seconds);
            load("GET questionnaire", http, List.of(base + "/api/cycles/" + CYCLE + "/questionnaire"), secretariat, concurrency, warmup / 3, seconds / 2);
            System.out.printf("Service RSS at the end: %d MB%n", rssMb(service.pid()));
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    /** Answers every text question with a long text and every yes/no question; returns the report's JSON size. */
    private static long fill(HttpClient http, String base, String state, String token) throws Exception {
        String report = base + "/api/cycles/" + CYCLE + "/reports/" + state;
        JsonNode questionnaire = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/cycles/" + CYCLE + "/questionnaire"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
        Map<String, Object> answers = new LinkedHashMap<>();
        String sentence = "The ministry of education of " + state + " supports open educational resources through policy, training "
                + "of teachers, national repositories and open licensing of publicly funded materials. ";
        for (JsonNode section : questionnaire.path("sections")) {
            for (JsonNode q : section.path("questions")) {
                String type = q.path("type").asText();
                if (type.equals("long_text")) {
                    answers.put(q.path("code").asText(), sentence.repeat(11));
                } else if (type.equals("short_text")) {
                    answers.put(q.path("code").asText(), sentence.substring(0, 120));
                } else if (type.startsWith("yes_no") && !q.has("relevance")) {
                    answers.put(q.path("code").asText(), "yes");
                }
            }
        }
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(report + "/answers"))
                .header("Authorization", "Bearer " + token).header("If-Match", "\"0\"").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("answers", answers)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("Filling " + state + " answered " + saved.statusCode() + ": " + saved.body());
        }
        return http.send(HttpRequest.newBuilder(URI.create(report)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    private static void load(String what, HttpClient http, List<String> urls, String token, int concurrency, int warmup, int seconds)
            throws Exception {
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        long[][] latencies = new long[concurrency][];
        AtomicInteger errors = new AtomicInteger();
        AtomicLong received = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
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
                        }
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
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
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%s: %d in %d s = %.0f req/s (%.1f MB/s); ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f; errors %d%n", what,
                all.length, seconds, all.length / (double) seconds, received.get() / 1e6 / seconds,
                AutosaveBenchmark.pct(all, 0.50), AutosaveBenchmark.pct(all, 0.90), AutosaveBenchmark.pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
    }

    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // not on Linux
        }
        return -1;
    }
}
