package org.unesco.oer.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Reads deploy/kubernetes and checks it against what the service really serves and reads. */
@QuarkusTest
class KubernetesManifestTest {

    private static final Path MANIFESTS = Path.of("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<JsonNode> documents = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = YAML.getFactory().createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
                }
            }
        }
    }

    private static JsonNode kind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst().orElseThrow();
    }

    private static JsonNode container() {
        return kind("Deployment").path("spec").path("template").path("spec").path("containers").get(0);
    }

    @Test
    void probesPointAtTheRealHealthEndpoints() {
        JsonNode c = container();
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            String path = c.path(probe).path("httpGet").path("path").asText();
            given().get(path).then().statusCode(200);
            assertThat(c.path(probe).path("httpGet").path("port").asText()).isEqualTo(c.path("ports").get(0).path("name").asText());
        }
        assertThat(c.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
    }

    @Test
    void everyEnvironmentVariableTheManifestsSetIsOneTheServiceReads() throws IOException {
        Set<String> read = variablesTheServiceReads();
        Set<String> set = new HashSet<>();
        kind("ConfigMap").path("data").fieldNames().forEachRemaining(set::add);
        kind("Secret").path("stringData").fieldNames().forEachRemaining(set::add);
        container().path("env").forEach(e -> set.add(e.path("name").asText()));
        assertThat(read).containsAll(set);
    }

    @Test
    void noCredentialSitsInAConfigMap() {
        Pattern credential = Pattern.compile("(?i)(^|.*_)(password|passwd|secret|token|credentials?|private_key|api_key|key)(_.*|$)");
        kind("ConfigMap").path("data").fields().forEachRemaining(e -> {
            assertThat(e.getKey()).doesNotMatch(credential);
            assertThat(e.getValue().asText()).doesNotContainIgnoringCase("password=");
        });
        assertThat(kind("Secret").path("stringData").has("DB_PASSWORD")).isTrue();
        assertThat(kind("Secret").path("stringData").has("KEYCLOAK_PROVISIONING_CLIENT_SECRET")).isTrue();
    }

    @Test
    void theDeploymentTakesItsSettingsFromTheConfigMapAndSecretAndHasResources() {
        List<String> sources = new ArrayList<>();
        container().path("envFrom").forEach(s -> s.fields().forEachRemaining(f -> sources.add(f.getValue().path("name").asText())));
        assertThat(sources).containsExactlyInAnyOrder(kind("ConfigMap").path("metadata").path("name").asText(),
                kind("Secret").path("metadata").path("name").asText());
        assertThat(container().path("resources").path("requests").has("cpu")).isTrue();
        assertThat(container().path("resources").path("limits").has("memory")).isTrue();
        assertThat(kind("Deployment").path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDisruptionBudgetAndAutoscalerTargetTheDeployment() {
        String app = kind("Deployment").path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText();
        assertThat(kind("PodDisruptionBudget").path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText()).isEqualTo(app);
        assertThat(kind("HorizontalPodAutoscaler").path("spec").path("scaleTargetRef").path("name").asText())
                .isEqualTo(kind("Deployment").path("metadata").path("name").asText());
        assertThat(kind("Service").path("spec").path("selector").path("app.kubernetes.io/name").asText()).isEqualTo(app);
    }

    /** ${NAME} placeholders of application.properties, the embedded database's own settings, and the JVM's. */
    private static Set<String> variablesTheServiceReads() throws IOException {
        Set<String> names = new HashSet<>(Set.of("JAVA_TOOL_OPTIONS", "DB_URL", "OER_EMBEDDED_DB_DIR", "OER_EMBEDDED_DB_PORT"));
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
