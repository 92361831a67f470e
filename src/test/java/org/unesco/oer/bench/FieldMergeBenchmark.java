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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.unesco.oer.bench.AutosaveBenchmark.client;
import static org.unesco.oer.bench.AutosaveBenchmark.javaBin;
import static org.unesco.oer.bench.AutosaveBenchmark.pct;
import static org.unesco.oer.bench.AutosaveBenchmark.textQuestions;
import static org.unesco.oer.bench.AutosaveBenchmark.token;
import static org.unesco.oer.bench.AutosaveBenchmark.benchEnvironment;
import static org.unesco.oer.bench.AutosaveBenchmark.managementPort;
import static org.unesco.oer.bench.AutosaveBenchmark.waitUntilReady;

/**
 * Field-level merge benchmark (not a test), against the packaged service on its embedded PostgreSQL:
 * <ol>
 * <li>colleagues: W writers on ONE report, each on its own questions, each always sending the
 * version it last saw, for N rounds (every 5th save a PATCH of all its questions). Expected: 0
 * conflicts, 0 lost; the database is checked afterwards (every acknowledged value stored, one
 * audit record each, the report version equal to the number of acknowledged saves);</li>
 * <li>race: R writers save the same question with the same version at once, T times. Expected:
 * exactly one wins each time, the others get 409; the stored value is the winner's, audited once.</li>
 * </ol>
 * Run with {@code deploy/local/bench-merge.sh}. Settings (system properties): writers (20), rounds
 * (50), racers (50), raceTrials (5), port (8097), dbPort (55447). Exits 1 when an expectation fails.
 */
public final class FieldMergeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CYCLE = AutosaveBenchmark.CYCLE;
    private static final String TEAM_STATE = "KEN";
    private static final String RACE_STATE = "GHA";

    public static void main(String[] args) throws Exception {
        int writers = Integer.getInteger("writers", 20);
        int rounds = Integer.getInteger("rounds", 50);
        int racers = Integer.getInteger("racers", 50);
        int raceTrials = Integer.getInteger("raceTrials", 5);
        int port = Integer.getInteger("port", 8097);
        int dbPort = Integer.getInteger("dbPort", 55447);
        Path dataDir = Files.createTempDirectory("oer-bench-merge-pg");

        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx512m",
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort(port),
                "-Doer.embedded-db.dir=" + dataDir, "-Doer.embedded-db.port=" + dbPort,
                "-Dquarkus.oidc.public-key=" + publicKey, "-D%prod.quarkus.oidc.auth-server-url=",
                "-Dquarkus.log.level=WARN",
                "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(new File("target/bench-merge-service.log"));
        benchEnvironment(pb);
        Process service = pb.start();
        boolean ok;
        try {
            String base = "http://localhost:" + port;
            HttpClient http = client();
            waitUntilReady(http, port);
            List<String> team = designate(dbPort, TEAM_STATE, "team", writers);
            List<String> race = designate(dbPort, RACE_STATE, "race", racers);
            Map<String, String> tokens = new HashMap<>();
            for (String user : team) {
                tokens.put(user, token(keys, user, "focal-point"));
            }
            for (String user : race) {
                tokens.put(user, token(keys, user, "focal-point"));
            }
            List<String> questions = textQuestions(http, base, tokens.get(team.get(0)));
            System.out.printf("Service up; %d text questions; colleagues: %d writers x %d rounds on %s; race: %d writers x %d trials on %s%n",
                    questions.size(), writers, rounds, TEAM_STATE, racers, raceTrials, RACE_STATE);
            ok = colleagues(http, base, dbPort, team, tokens, questions, rounds);
            ok &= race(http, base, dbPort, race, tokens, questions.get(0), raceTrials);
        } finally {
            service.destroy();
            service.waitFor();
        }
        System.out.println(ok ? "RESULT: all expectations met" : "RESULT: expectations FAILED");
        System.exit(ok ? 0 : 1);
    }

    /** One acknowledged save: the values it wrote and the report version it returned. */
    record Ack(Map<String, String> values, int version) {
    }

    // ---- (a) colleagues on their own questions ------------------------------------------------

    private static boolean colleagues(HttpClient http, String base, int dbPort, List<String> team, Map<String, String> tokens,
                                      List<String> questions, int rounds) throws Exception {
        String path = base + "/api/cycles/" + CYCLE + "/reports/" + TEAM_STATE;
        List<Ack> acks = new ArrayList<>();
        Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        List<Long> latencies = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(team.size());
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < team.size(); w++) {
            String user = team.get(w);
            List<String> own = new ArrayList<>();
            for (int q = w; q < questions.size(); q += team.size()) {
                own.add(questions.get(q));
            }
            running.add(pool.submit(() -> {
                List<Ack> mine = new ArrayList<>();
                List<Long> times = new ArrayList<>();
                start.await();
                int version = version(http, path, tokens.get(user));
                for (int r = 1; r <= rounds; r++) {
                    // Every 5th save is a PATCH of all the writer's questions, the others a PUT of one.
                    boolean many = r % 5 == 0;
                    Map<String, String> values = new LinkedHashMap<>();
                    for (String q : many ? own : List.of(own.get(r % own.size()))) {
                        values.put(q, user + " r" + r + " " + q);
                    }
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(many
                                    ? path + "/answers" : path + "/answers/" + values.keySet().iterator().next()))
                            .header("Authorization", "Bearer " + tokens.get(user))
                            .header("If-Match", "\"" + version + "\"")
                            .header("Content-Type", "application/json");
                    request = many
                            ? request.method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("answers", values))))
                            : request.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("value", values.values().iterator().next()))));
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    times.add(System.nanoTime() - t0);
                    JsonNode json = JSON.readTree(response.body());
                    if (response.statusCode() == 200) {
                        version = json.path("version").asInt();
                        mine.add(new Ack(values, version));
                    } else {
                        failures.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (response.statusCode() == 409 && json.has("conflicts")) {
                            conflicts.incrementAndGet();
                        }
                        version = json.path("currentVersion").asInt(version);
                    }
                }
                synchronized (acks) {
                    acks.addAll(mine);
                    latencies.addAll(times);
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("(a) colleagues: %d saves in %.1f s (%.0f/s); acknowledged %d, conflicts %d, other failures %s%n",
                sorted.length, elapsed, sorted.length / elapsed, acks.size(), conflicts.get(), failures);
        System.out.printf("    latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
                pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);

        // Every acknowledged value stored (each question has one writer: its last ack is final),
        // one audit record per value written, and one report version per acknowledged save.
        Map<String, String> expected = new HashMap<>();
        acks.stream().sorted((x, y) -> Integer.compare(x.version(), y.version())).forEach(a -> expected.putAll(a.values()));
        int lost = 0;
        int unaudited = 0;
        int written = 0;
        try (Connection c = db(dbPort)) {
            Map<String, String> stored = answers(c, TEAM_STATE);
            for (Map.Entry<String, String> e : expected.entrySet()) {
                if (!e.getValue().equals(stored.get(e.getKey()))) {
                    lost++;
                }
            }
            Map<String, Integer> audited = auditedValues(c, TEAM_STATE);
            for (Ack a : acks) {
                for (Map.Entry<String, String> e : a.values().entrySet()) {
                    written++;
                    if (audited.getOrDefault(e.getKey() + "=" + e.getValue(), 0) != 1) {
                        unaudited++;
                    }
                }
            }
            int auditTotal = audited.values().stream().mapToInt(Integer::intValue).sum();
            int reportVersion = reportVersion(c, TEAM_STATE);
            Set<Integer> versions = new HashSet<>();
            acks.forEach(a -> versions.add(a.version()));
            System.out.printf("    database: %d values checked, %d lost; %d values written, %d without exactly one audit record "
                            + "(%d ANSWER_CHANGED records); report version %d for %d acknowledged saves (%d distinct versions returned)%n",
                    expected.size(), lost, written, unaudited, auditTotal, reportVersion, acks.size(), versions.size());
            boolean ok = conflicts.get() == 0 && failures.isEmpty() && lost == 0 && unaudited == 0 && auditTotal == written
                    && reportVersion == acks.size() && versions.size() == acks.size();
            System.out.println("    (a) " + (ok ? "OK: 0 conflicts, 0 lost" : "FAILED"));
            return ok;
        }
    }

    // ---- (b) a race on one question with one version --------------------------------------------

    private static boolean race(HttpClient http, String base, int dbPort, List<String> racers, Map<String, String> tokens,
                                String question, int trials) throws Exception {
        String path = base + "/api/cycles/" + CYCLE + "/reports/" + RACE_STATE;
        boolean ok = true;
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            for (int trial = 1; trial <= trials; trial++) {
                int version = version(http, path, tokens.get(racers.get(0)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (String user : racers) {
                    String value = user + " trial " + trial;
                    int v = version;
                    results.add(pool.submit(() -> {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(path + "/answers/" + question))
                                .header("Authorization", "Bearer " + tokens.get(user))
                                .header("If-Match", "\"" + v + "\"").header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("value", value)))).build();
                        start.await();
                        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    }));
                }
                start.countDown();
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (Future<Integer> f : results) {
                    statuses.merge(f.get(), 1, Integer::sum);
                }
                try (Connection c = db(dbPort)) {
                    String stored = answers(c, RACE_STATE).get(question);
                    Map<String, Integer> audited = auditedValues(c, RACE_STATE);
                    String suffix = " trial " + trial;
                    long auditedThisTrial = audited.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(question + "=") && e.getKey().endsWith(suffix))
                            .mapToLong(Map.Entry::getValue).sum();
                    boolean trialOk = statuses.getOrDefault(200, 0) == 1 && statuses.getOrDefault(409, 0) == racers.size() - 1
                            && stored != null && stored.endsWith(" trial " + trial) && auditedThisTrial == 1
                            && reportVersion(c, RACE_STATE) == version + 1;
                    System.out.printf("(b) race trial %d: %d writers on %s at version %d -> statuses %s; stored \"%s\"; audit records %d -> %s%n",
                            trial, racers.size(), question, version, statuses, stored, auditedThisTrial, trialOk ? "OK" : "FAILED");
                    ok &= trialOk;
                }
            }
        } finally {
            pool.shutdown();
        }
        return ok;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static int version(HttpClient http, String path, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("version").asInt();
    }

    private static Connection db(int dbPort) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "postgres");
    }

    /** Designates n focal points for one state (one national team); returns their user names. */
    private static List<String> designate(int dbPort, String state, String prefix, int n) throws Exception {
        List<String> users = new ArrayList<>();
        try (Connection c = db(dbPort)) {
            AutosaveBenchmark.openCycle(c);
        }
        try (Connection c = db(dbPort); PreparedStatement ps = c.prepareStatement("""
                insert into designation (cycle_code, state_code, username, subject, valid_from, designated_by)
                values (?, ?, ?, ?, now() - interval '1 minute', 'benchmark')""")) {
            for (int i = 1; i <= n; i++) {
                String user = String.format("%s-%s-%02d", prefix, state.toLowerCase(), i);
                ps.setString(1, CYCLE);
                ps.setString(2, state);
                ps.setString(3, user);
                ps.setString(4, user);
                ps.addBatch();
                users.add(user);
            }
            ps.executeBatch();
        }
        return users;
    }

    private static Map<String, String> answers(Connection c, String state) throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select a.question_code, a.value #>> '{}' from answer a join national_report r on r.id = a.report_id
                where r.cycle_code = ? and r.state_code = ?""")) {
            ps.setString(1, CYCLE);
            ps.setString(2, state);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return stored;
    }

    /** "question=value" of every ANSWER_CHANGED record of the report, with how often it occurs. */
    private static Map<String, Integer> auditedValues(Connection c, String state) throws Exception {
        Map<String, Integer> audited = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select question_code, cast(new_value as jsonb) #>> '{}' from audit_record
                where cycle_code = ? and state_code = ? and action = 'ANSWER_CHANGED'""")) {
            ps.setString(1, CYCLE);
            ps.setString(2, state);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    audited.merge(rs.getString(1) + "=" + rs.getString(2), 1, Integer::sum);
                }
            }
        }
        return audited;
    }

    private static int reportVersion(Connection c, String state) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select version from national_report where cycle_code = ? and state_code = ?")) {
            ps.setString(1, CYCLE);
            ps.setString(2, state);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
