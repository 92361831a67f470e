package org.unesco.oer.e2e;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two instances of the packaged service on different ports against one PostgreSQL: whatever
 * matters (versions, the audit chain, reminder throttling) lives in the database.
 */
class TwoInstancesIT {

    private static final int PORT_A = 8093;
    private static final int PORT_B = 8094;
    /** Its own cycle, open around today by the database clock (the instances run on the system clock). */
    private static final String CYCLE = "two-instances";
    private static EmbeddedPostgres postgres;
    private static final List<Process> instances = new ArrayList<>();
    private static KeyPair keys;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
        keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        // Both start at once on an empty database: migrations and loaders must not trip over each other.
        instances.add(instance(PORT_A));
        instances.add(instance(PORT_B));
        waitReady(PORT_A);
        waitReady(PORT_B);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement cycle = c.prepareStatement("""
                     insert into reporting_cycle (code, titles, opening_date, deadline_date, time_zone,
                                                  hard_close_date, questionnaire_version)
                     values ('two-instances', '{"ar":"اختبار","zh":"两个实例","en":"Two instances","fr":"Deux instances","ru":"Два экземпляра","es":"Dos instancias"}',
                             current_date - 30, current_date + 60,
                             'Europe/Paris', current_date + 120, '2022.1')""");
             PreparedStatement ps = c.prepareStatement("""
                     insert into designation (cycle_code, state_code, username, subject, email, valid_from, designated_by)
                     values ('two-instances', ?, ?, ?, ?, now() - interval '1 minute', 'test')""")) {
            cycle.executeUpdate();
            for (String[] d : new String[][]{{"PAN", "fp-pan"}, {"NIC", "fp-nic"}, {"SLV", "fp-slv"}, {"PRY", "fp-pry"}, {"URY", "fp-ury"}}) {
                ps.setString(1, d[0]);
                ps.setString(2, d[1]);
                ps.setString(3, d[1]);
                ps.setString(4, d[1] + "@example.org");
                ps.executeUpdate();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : instances) {
            p.destroy();
            p.waitFor();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Process instance(int port) throws Exception {
        Path root = LocalStack.ROOT;
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort(port),
                "-Dquarkus.oidc.public-key=" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "-D%prod.quarkus.oidc.auth-server-url=",
                "-jar", root.resolve("target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("target/two-instances-" + port + ".log").toFile())
                .directory(root.toFile());
        pb.environment().put("DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        pb.environment().put("DB_PASSWORD", "postgres");
        // Production has no default secrets; these instances never provision accounts.
        pb.environment().put("KEYCLOAK_PROVISIONING_CLIENT_SECRET", "unused-by-this-test");
        pb.environment().put("OIDC_WEB_STATE_SECRET", "two-instances-share-this-state-secret");
        pb.environment().put("MAIL_MOCK", "true");
        return pb.start();
    }

    /** Each instance's management interface (health), beside its public port. */
    private static int managementPort(int port) {
        return port + 100;
    }

    private static void waitReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort(port) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException ignored) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("instance on port " + port + " did not start; see target/two-instances-" + port + ".log");
    }

    private static RequestSpecification on(int port, String user, String role) {
        String token = Jwt.preferredUserName(user).subject(user).issuer("https://two-instances.local").audience("oer-api")
                .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(600).sign(keys.getPrivate());
        return given().baseUri("http://localhost").port(port).header("Authorization", "Bearer " + token);
    }

    @Test
    void aConcurrentEditAcrossInstancesIsDetected() {
        on(PORT_A, "fp-pry", "focal-point").header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "Ministerio de Educación")).put("/api/cycles/" + CYCLE + "/reports/PRY/answers/Q02")
                .then().statusCode(200).body("version", equalTo(1));
        on(PORT_B, "fp-pry", "focal-point").header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "CONACYT")).put("/api/cycles/" + CYCLE + "/reports/PRY/answers/Q02")
                .then().statusCode(409).body("conflicts.Q02.value", equalTo("Ministerio de Educación"))
                .body("conflicts.Q02.changedBy", equalTo("fp-pry"));
    }

    @Test
    void colleaguesOnTwoInstancesSavingDifferentQuestionsOfOneVersionAreMerged() {
        on(PORT_A, "fp-ury", "focal-point").header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "Ministerio de Educación y Cultura")).put("/api/cycles/" + CYCLE + "/reports/URY/answers/Q02")
                .then().statusCode(200).body("version", equalTo(1));
        on(PORT_B, "fp-ury", "focal-point").header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "Two meetings of the national OER group")).put("/api/cycles/" + CYCLE + "/reports/URY/answers/Q05")
                .then().statusCode(200).body("version", equalTo(2));
        on(PORT_A, "fp-ury", "focal-point").get("/api/cycles/" + CYCLE + "/reports/URY").then()
                .body("answers.Q02", equalTo("Ministerio de Educación y Cultura"))
                .body("answers.Q05", equalTo("Two meetings of the national OER group"));
    }

    @Test
    void anAuditChainWrittenThroughBothInstancesVerifies() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> saves = new ArrayList<>();
        String[] states = {"NIC", "PAN"};
        for (String state : states) {
            saves.add(pool.submit(() -> {
                int version = on(PORT_A, "fp-" + state.toLowerCase(), "focal-point").get("/api/cycles/" + CYCLE + "/reports/" + state)
                        .then().extract().path("version");
                for (int i = 0; i < 20; i++) {
                    int port = i % 2 == 0 ? PORT_A : PORT_B;
                    version = on(port, "fp-" + state.toLowerCase(), "focal-point").header("If-Match", "\"" + version + "\"")
                            .contentType("application/json").body(Map.of("value", state + " text " + i))
                            .put("/api/cycles/" + CYCLE + "/reports/" + state + "/answers/Q05").then().statusCode(200).extract().path("version");
                }
                return version;
            }));
        }
        for (Future<Integer> f : saves) {
            assertThat(f.get()).isGreaterThan(19);
        }
        pool.shutdown();
        on(PORT_A, "admin", "admin").get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
        on(PORT_B, "admin", "admin").get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aReminderIsNotSentTwiceFromTwoInstances() {
        on(PORT_A, "secretariat", "secretariat").contentType("application/json")
                .body(Map.of("stage", "not_started", "states", List.of("SLV")))
                .post("/api/cycles/" + CYCLE + "/reminders").then().statusCode(200).body("sent[0].state", equalTo("SLV"));
        on(PORT_B, "secretariat", "secretariat").contentType("application/json")
                .body(Map.of("stage", "not_started", "states", List.of("SLV")))
                .post("/api/cycles/" + CYCLE + "/reminders").then().statusCode(200)
                .body("sent.size()", equalTo(0)).body("skipped[0].state", equalTo("SLV"));
    }
}
