package org.unesco.oer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;

import java.io.File;
import java.net.URI;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load benchmark (not a test): N simulated focal points, each designated for its own state,
 * autosave answers against the packaged service on its embedded PostgreSQL. Reports throughput,
 * latency percentiles and errors, then checks that every acknowledged save is in the database.
 *
 * <p>Run with {@code deploy/local/bench-autosave.sh} (builds the jar, then runs this main).
 * Settings (system properties): users (200), warmupSeconds (60, not measured: JIT), seconds (60),
 * intervalMs (1000: autosave period per user), port (8089), dbPort (55432).
 */
public final class AutosaveBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The benchmarks' own cycle, open around the day they run (the seeded demo cycle's deadline passes). */
    static final String CYCLE = "bench-open";

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("users", 200);
        int seconds = Integer.getInteger("seconds", 60);
        int intervalMs = Integer.getInteger("intervalMs", 1000);
        int warmup = Integer.getInteger("warmupSeconds", 60);
        int port = Integer.getInteger("port", 8089);
        int dbPort = Integer.getInteger("dbPort", 55432);
        Path dataDir = Files.createTempDirectory("oer-bench-pg");

        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m"));
        String extra = System.getProperty("serviceJvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort(port),
                "-Doer.embedded-db.dir=" + dataDir, "-Doer.embedded-db.port=" + dbPort,
                "-Dquarkus.oidc.public-key=" + publicKey, "-D%prod.quarkus.oidc.auth-server-url=",
                "-Dquarkus.log.level=WARN",
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(new File("target/bench-service.log"));
        benchEnvironment(pb);
        Process service = pb.start();
        try {
            String base = "http://localhost:" + port;
            HttpClient http = client();
            waitUntilReady(http, port);
            List<String> states = designate(dbPort, users);
            Map<String, String> tokens = new HashMap<>();
            for (String state : states) {
                tokens.put(state, token(keys, "bench-" + state.toLowerCase(), "focal-point"));
            }
            List<String> questions = textQuestions(http, base, tokens.get(states.get(0)));
            // reports that already hold every answer of a complete report, as late in a cycle
            QuestionnaireDefinition definition = ReportReadBenchmark.questionnaire();
            Map<String, Integer> versions = new HashMap<>();
            for (String state : states) {
                versions.put(state, ReportReadBenchmark.complete(http, base, state, tokens.get(state), definition, false));
            }
            long auditFrom;
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres");
                 ResultSet rs = c.createStatement().executeQuery("select coalesce(max(seq), 0) from audit_record")) {
                rs.next();
                auditFrom = rs.getLong(1);
            }
            System.out.printf("Service up; %d focal points, %d text questions, %d s warm-up + %d s measured, autosave every %d ms per user%n",
                    users, questions.size(), warmup, seconds, intervalMs);
            run(http, base, states, tokens, versions, questions, warmup, seconds, intervalMs, dbPort, auditFrom);
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    record Ack(String question, String value, int version) {
    }

    /** Prose-like answers of 500 to 2,000 characters ({@link BenchProse}). */
    static String prose(Random random) {
        return BenchProse.text(random, 500 + random.nextInt(1501));
    }

    private static void run(HttpClient http, String base, List<String> states, Map<String, String> tokens, Map<String, Integer> versions,
                            List<String> questions, int warmup, int seconds, int intervalMs, int dbPort, long auditFrom) throws Exception {
        Map<String, List<Ack>> acks = new ConcurrentHashMap<>();
        long[][] latencies = new long[states.size()][];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger warmupErrors = new AtomicInteger();
        // short texts have a limit: a save stays within its question's
        Map<String, Integer> maxLength = new HashMap<>();
        ReportReadBenchmark.questionnaire().questions().forEach(q -> {
            if (q.constraints() != null && q.constraints().maxLength() != null) {
                maxLength.put(q.code(), q.constraints().maxLength());
            }
        });
        Map<Integer, AtomicInteger> errorCodes = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(states.size());
        long rampMs = warmup * 500L;
        long measureFrom = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        for (int u = 0; u < states.size(); u++) {
            int user = u;
            String state = states.get(u);
            Thread t = new Thread(() -> {
                Random random = new Random(user);
                List<Long> mine = new ArrayList<>();
                List<Ack> acked = new ArrayList<>();
                int version = versions.get(state);
                int n = 0;
                try {
                    // Users arrive over the first half of the warm-up, as they would on a cold service.
                    Thread.sleep(rampMs * user / states.size() + random.nextInt(Math.max(1, intervalMs)));
                    // each save has its intended time on a fixed schedule; latency counts from it, so a
                    // slow answer that delays the next save is charged to that save (no coordinated omission)
                    long intended = System.nanoTime();
                    while (intended < end) {
                        long next = intended + intervalMs * 1_000_000L;
                        String question = questions.get(random.nextInt(questions.size()));
                        String value = "#" + (++n) + " " + prose(random);
                        value = value.substring(0, Math.min(value.length(), maxLength.getOrDefault(question, value.length())));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/cycles/" + CYCLE + "/reports/" + state + "/answers/" + question))
                                .header("Authorization", "Bearer " + tokens.get(state))
                                .header("If-Match", "\"" + version + "\"")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("value", value))))
                                .build();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        boolean measured = intended >= measureFrom;
                        if (measured) {
                            mine.add(System.nanoTime() - intended);
                        }
                        if (response.statusCode() == 200) {
                            version = JSON.readTree(response.body()).path("version").asInt();
                            acked.add(new Ack(question, value, version));
                        } else {
                            (measured ? errors : warmupErrors).incrementAndGet();
                            errorCodes.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                            if (response.statusCode() == 409) {
                                version = JSON.readTree(response.body()).path("currentVersion").asInt(version);
                            }
                        }
                        long sleep = (next - System.nanoTime()) / 1_000_000L;
                        if (sleep > 0) {
                            Thread.sleep(sleep);
                        }
                        intended = next;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    errorCodes.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                } finally {
                    latencies[user] = mine.stream().mapToLong(Long::longValue).toArray();
                    acks.put(state, acked);
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - measureFrom) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        long acknowledged = acks.values().stream().mapToLong(List::size).sum();
        System.out.printf("Measured requests: %d in %.1f s = %.1f req/s; acknowledged saves (incl. warm-up): %d; errors measured: %d, "
                        + "in the warm-up: %d %s%n", all.length, elapsed, all.length / elapsed, acknowledged, errors.get(), warmupErrors.get(),
                errorCodes);
        System.out.printf("Latency ms, from each save's intended time: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
                pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        double offered = states.size() * 1000.0 / intervalMs;
        BenchService.target("autosave p99 at " + Math.round(offered) + " saves/s offered", pct(all, 0.99), "ms", "<=", 100);
        BenchService.target("autosave throughput (offered " + Math.round(offered) + "/s)", all.length / elapsed, "saves/s", ">=", offered * 0.98);
        BenchService.target("autosave errors in the measured period", errors.get(), "", "<=", 0);
        int lost = verify(dbPort, acks, auditFrom);
        BenchService.target("acknowledged saves lost or unaudited", lost, "", "<=", 0);
    }

    /** Every acknowledged save must be in the database: final values, versions and one audit record each. */
    private static int verify(int dbPort, Map<String, List<Ack>> acks, long auditFrom) throws Exception {
        int lost = 0;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres")) {
            for (Map.Entry<String, List<Ack>> e : acks.entrySet()) {
                Map<String, Ack> last = new HashMap<>();
                int lastVersion = 0;
                for (Ack a : e.getValue()) {
                    last.put(a.question(), a);
                    lastVersion = Math.max(lastVersion, a.version());
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        select a.question_code, a.value #>> '{}', r.version from answer a join national_report r on r.id = a.report_id
                        where r.cycle_code = ? and r.state_code = ?""")) {
                    ps.setString(1, CYCLE);
                    ps.setString(2, e.getKey());
                    Map<String, String> stored = new HashMap<>();
                    int version = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stored.put(rs.getString(1), rs.getString(2));
                            version = rs.getInt(3);
                        }
                    }
                    for (Ack a : last.values()) {
                        if (!a.value().equals(stored.get(a.question()))) {
                            lost++;
                        }
                    }
                    if (!e.getValue().isEmpty() && version != lastVersion) {
                        lost++;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "select count(*) from audit_record where cycle_code = ? and state_code = ? and action = 'ANSWER_CHANGED' and seq > ?")) {
                    ps.setString(1, CYCLE);
                    ps.setString(2, e.getKey());
                    ps.setLong(3, auditFrom);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) != e.getValue().size()) {
                            lost += (int) Math.abs(e.getValue().size() - rs.getLong(1));
                        }
                    }
                }
            }
        }
        System.out.printf("Verification: %d lost or unaudited acknowledged saves%n", lost);
        return lost;
    }

    /** Creates the benchmarks' cycle, opened 30 days ago with its deadline in 60 days, unless it exists. */
    static void openCycle(Connection c) throws Exception {
        c.createStatement().execute("""
                insert into reporting_cycle (code, titles, opening_date, deadline_date, time_zone, hard_close_date, questionnaire_version)
                values ('%s', '{"ar":"مشاورة قياس الأداء","zh":"基准测试磋商","en":"Benchmark consultation","fr":"Consultation de mesure",
                         "ru":"Контрольная консультация","es":"Consulta de referencia"}',
                        current_date - 30, current_date + 60, 'Europe/Paris', current_date + 90, '2022.1')
                on conflict (code) do nothing""".formatted(CYCLE));
    }

    static List<String> designate(int dbPort, int users) throws Exception {
        List<String> states = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres")) {
            String syncCommit = System.getProperty("synchronousCommit");
            if (syncCommit != null) {
                c.createStatement().execute("alter system set synchronous_commit = '" + syncCommit.replaceAll("[^a-z_]", "") + "'");
                c.createStatement().execute("select pg_reload_conf()");
            }
            openCycle(c);
            try (ResultSet rs = c.createStatement().executeQuery("select code from member_state order by code limit " + users)) {
                while (rs.next()) {
                    states.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into designation (cycle_code, state_code, username, subject, valid_from, designated_by)
                    values (?, ?, ?, ?, now() - interval '1 minute', 'benchmark')""")) {
                for (String state : states) {
                    ps.setString(1, CYCLE);
                    ps.setString(2, state);
                    ps.setString(3, "bench-" + state.toLowerCase());
                    ps.setString(4, "bench-" + state.toLowerCase());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return states;
    }

    static List<String> textQuestions(HttpClient http, String base, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/cycles/" + CYCLE + "/questionnaire"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        List<String> codes = new ArrayList<>();
        for (JsonNode section : JSON.readTree(r.body()).path("sections")) {
            for (JsonNode q : section.path("questions")) {
                if (q.path("type").asText().endsWith("_text")) {
                    codes.add(q.path("code").asText());
                }
            }
        }
        return codes;
    }

    /** The packaged service's explicit opt-ins: an embedded database, and a provisioning secret it never uses here. */
    static void benchEnvironment(ProcessBuilder pb) {
        pb.environment().put("OER_DATABASE", "embedded");
        pb.environment().put("KEYCLOAK_PROVISIONING_CLIENT_SECRET", "unused-by-the-benchmark");
        pb.environment().put("OIDC_WEB_STATE_SECRET", "benchmark-only-state-secret-0123456789");
    }

    /** Health is on the management interface, beside the public port. */
    static int managementPort(int port) {
        return port + 100;
    }

    /** Shaped like a Keycloak access token of the oer realm (claims, roles, size about 1.3 KB). */
    static String token(KeyPair keys, String user, String role) {
        String state = user.startsWith("bench-") && user.length() == 9 ? user.substring(6).toUpperCase() : null;
        var builder = Jwt.preferredUserName(user).subject(user)
                .issuer("https://bench.local/realms/oer").audience(java.util.Set.of("oer-api", "account"))
                .claim("typ", "Bearer").claim("azp", "oer-web").claim("sid", java.util.UUID.randomUUID().toString())
                .claim("acr", "1").claim("allowed-origins", List.of("https://oer.example.org"))
                .claim("realm_access", Map.of("roles", List.of(role, "offline_access", "uma_authorization", "default-roles-oer")))
                .claim("resource_access", Map.of("account", Map.of("roles", List.of("manage-account", "manage-account-links", "view-profile"))))
                .claim("scope", "openid profile email").claim("email_verified", true).claim("name", "Benchmark " + user)
                .claim("given_name", "Benchmark").claim("family_name", user).claim("email", user + "@example.org");
        if (state != null) {
            builder = builder.claim("country", List.of(state));
        }
        return builder.expiresIn(3600).sign(keys.getPrivate());
    }

    static void waitUntilReady(HttpClient http, int port) throws Exception {
        for (int i = 0; i < 120; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort(port) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException ignored) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service did not become ready; see target/bench-service.log");
    }

    /** HTTP/1.1: one connection per request in flight, as separate browsers would have (no h2c multiplexing). */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
