package org.unesco.oer.e2e;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service in the prod profile with a clean environment: no silent embedded database,
 * no default secrets; each missing setting stops start-up with a message naming it.
 */
class ProductionStartupIT {

    private record Run(int exitCode, String output) {
    }

    private static Run start(Map<String, String> env) throws Exception {
        Path home = Files.createTempDirectory("oer-prod-startup");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dquarkus.http.port=0", "-Dquarkus.management.port=0",
                "-jar", LocalStack.ROOT.resolve("target/quarkus-app/quarkus-run.jar").toString())
                .directory(home.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().put("HOME", home.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the service did not stop by itself: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static final String WEB_SECRET = "production-startup-test-state-secret";

    @Test
    void withoutDbUrlAndWithoutTheOptInItStopsNamingDbUrl() throws Exception {
        Run run = start(Map.of("KEYCLOAK_PROVISIONING_CLIENT_SECRET", "s", "OIDC_WEB_STATE_SECRET", WEB_SECRET));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("No database configured: set DB_URL").contains("OER_DATABASE=embedded")
                .doesNotContain("Started embedded PostgreSQL");
    }

    @Test
    void withDbUrlButNoPasswordItStopsNamingDbPassword() throws Exception {
        Run run = start(Map.of("DB_URL", "jdbc:postgresql://localhost:1/oer", "KEYCLOAK_PROVISIONING_CLIENT_SECRET", "s", "OIDC_WEB_STATE_SECRET", WEB_SECRET));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("DB_PASSWORD is not set");
    }

    @Test
    void withoutTheProvisioningSecretItStopsNamingIt() throws Exception {
        Path data = Files.createTempDirectory("oer-prod-startup-pg");
        Run run = start(Map.of("OER_DATABASE", "embedded", "OER_EMBEDDED_DB_DIR", data.toString(), "OIDC_WEB_STATE_SECRET", WEB_SECRET));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("KEYCLOAK_PROVISIONING_CLIENT_SECRET is not set");
        for (String forbidden : List.of("change-me")) {
            assertThat(run.output()).doesNotContain(forbidden);
        }
    }

    @Test
    void withoutThePagesStateSecretItStopsNamingIt() throws Exception {
        Path data = Files.createTempDirectory("oer-prod-startup-pg");
        Run run = start(Map.of("OER_DATABASE", "embedded", "OER_EMBEDDED_DB_DIR", data.toString(), "KEYCLOAK_PROVISIONING_CLIENT_SECRET", "s"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("OIDC_WEB_STATE_SECRET is not set");
    }
}
