package org.unesco.oer.bench;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.unesco.oer.bench.AutosaveBenchmark.client;
import static org.unesco.oer.bench.AutosaveBenchmark.pct;

/**
 * Load benchmark of the pages (not a test): N focal points work on their own state's report
 * through the page endpoints, as the browser does: each autosaves an answer every intervalMs
 * (htmx form post with the anti-forgery header, the version read back from the returned
 * fragment) and opens a section page every pageEvery saves. Reports page render and autosave
 * latency percentiles and errors. Sign-in is not measured: the web tenant takes the benchmark's
 * bearer tokens (service mode), so what is timed is rendering and saving.
 *
 * <p>Run with {@code deploy/local/bench-pages.sh}. Settings: users (200), warmupSeconds (60),
 * seconds (60), intervalMs (1000), pageEvery (5), port (8091), dbPort (55434).
 */
public final class PageLoadBenchmark {

    private static final String CYCLE = AutosaveBenchmark.CYCLE;
    private static final List<String> SECTIONS = List.of("GENERAL_INFORMATION", "GENERAL", "AREA_I", "AREA_II", "AREA_III",
            "AREA_IV", "AREA_V", "MONITORING");
    private static final List<String> TEXT_QUESTIONS = List.of("Q02", "Q05");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("users", 200);
        int seconds = Integer.getInteger("seconds", 60);
        int warmup = Integer.getInteger("warmupSeconds", 60);
        int intervalMs = Integer.getInteger("intervalMs", 1000);
        int pageEvery = Integer.getInteger("pageEvery", 5);
        int port = Integer.getInteger("port", 8091);
        int dbPort = Integer.getInteger("dbPort", 55434);
        Path dataDir = Files.createTempDirectory("oer-bench-pages-pg");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        List<String> command = new ArrayList<>(List.of(AutosaveBenchmark.javaBin(), "-Xmx512m",
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + AutosaveBenchmark.managementPort(port),
                "-Doer.embedded-db.dir=" + dataDir, "-Doer.embedded-db.port=" + dbPort,
                "-Dquarkus.oidc.public-key=" + publicKey, "-D%prod.quarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.web.public-key=" + publicKey, "-D%prod.quarkus.oidc.web.auth-server-url=",
                "-Dquarkus.oidc.web.application-type=service", "-Dquarkus.log.level=WARN",
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("target/bench-pages-service.log"));
        AutosaveBenchmark.benchEnvironment(pb);
        Process service = pb.start();
        try {
            HttpClient http = client();
            AutosaveBenchmark.waitUntilReady(http, port);
            List<String> states = AutosaveBenchmark.designate(dbPort, users);
            System.out.printf("Service up; %d focal points on the pages, %d s warm-up + %d s measured, autosave every %d ms, a page every %d saves%n",
                    users, warmup, seconds, intervalMs, pageEvery);
            run(http, "http://localhost:" + port, keys, states, warmup, seconds, intervalMs, pageEvery);
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private static void run(HttpClient http, String base, KeyPair keys, List<String> states, int warmup, int seconds,
                            int intervalMs, int pageEvery) throws Exception {
        List<Long> pages = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> saves = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> errors = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(states.size());
        long measureFrom = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        for (int u = 0; u < states.size(); u++) {
            int user = u;
            String state = states.get(u);
            String auth = "Bearer " + AutosaveBenchmark.token(keys, "bench-" + state.toLowerCase(), "focal-point");
            new Thread(() -> {
                Random random = new Random(user);
                try {
                    Thread.sleep(warmup * 500L * user / states.size() + random.nextInt(Math.max(1, intervalMs)));
                    String csrf = null;
                    Map<String, Integer> versions = new ConcurrentHashMap<>();
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long next = System.nanoTime() + intervalMs * 1_000_000L;
                        if (csrf == null || n % pageEvery == 0) {
                            String section = csrf == null ? "GENERAL_INFORMATION" : SECTIONS.get(random.nextInt(SECTIONS.size()));
                            long t0 = System.nanoTime();
                            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/reports/" + CYCLE + "/" + state + "/sections/" + section))
                                    .header("Authorization", auth).header("Accept-Encoding", "identity").build(), HttpResponse.BodyHandlers.ofString());
                            record(t0, measureFrom, pages, page.statusCode(), errors);
                            Matcher m = CSRF.matcher(page.body());
                            if (m.find()) {
                                csrf = m.group(1);
                            }
                            for (String q : TEXT_QUESTIONS) {
                                Integer v = version(page.body(), q);
                                if (v != null) {
                                    versions.put(q, v);
                                }
                            }
                        }
                        String q = TEXT_QUESTIONS.get(random.nextInt(TEXT_QUESTIONS.size()));
                        String body = form(Map.of(q, "autosave " + state + " #" + (++n), q + "._orig", "changed",
                                q + "._version", String.valueOf(versions.getOrDefault(q, 0))));
                        long t0 = System.nanoTime();
                        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(base + "/reports/" + CYCLE + "/" + state + "/answers/" + q))
                                .header("Authorization", auth).header("X-CSRF-Token", csrf == null ? "" : csrf).header("HX-Request", "true")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        boolean ok = saved.statusCode() == 200 && saved.body().contains("text-success");
                        record(t0, measureFrom, saves, ok ? 200 : saved.statusCode() == 200 ? 409 : saved.statusCode(), errors);
                        Integer v = version(saved.body(), q);
                        if (v != null) {
                            versions.put(q, v);
                        }
                        long sleep = (next - System.nanoTime()) / 1_000_000L;
                        if (sleep > 0) {
                            Thread.sleep(sleep);
                        }
                    }
                } catch (Exception e) {
                    errors.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        report("page renders", pages, seconds);
        report("autosaves", saves, seconds);
        System.out.println("Errors (incl. warm-up; 409 = a save that was not acknowledged): " + errors);
    }

    private static void record(long t0, long measureFrom, List<Long> into, int status, Map<Integer, AtomicInteger> errors) {
        if (t0 >= measureFrom) {
            into.add(System.nanoTime() - t0);
        }
        if (status != 200) {
            errors.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static void report(String what, List<Long> latencies, int seconds) {
        long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: %d in %d s = %.1f/s; ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", what, all.length, seconds,
                all.length / (double) seconds, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    /** The version a question's value was read at, from its hidden field in a page or fragment. */
    private static Integer version(String html, String question) {
        Matcher m = Pattern.compile("name=\"" + question + "\\._version\" value=\"(\\d+)\"").matcher(html);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }
}
