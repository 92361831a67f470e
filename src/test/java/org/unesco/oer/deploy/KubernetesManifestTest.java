package org.unesco.oer.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Reads deploy/kubernetes and checks it against what the service really serves and reads. */
@QuarkusTest
class KubernetesManifestTest {

    private static final Path MANIFESTS = Path.of("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<JsonNode> documents = new ArrayList<>();

    private static JsonNode kustomization;
    private static JsonNode secret;

    @TestHTTPResource(value = "", management = true)
    URL management;

    /** What {@code kubectl apply -k} applies: the kustomization's resources, less local-only ones. */
    @BeforeAll
    static void read() throws IOException {
        kustomization = YAML.readTree(MANIFESTS.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.path("resources")) {
            try (var parser = YAML.getFactory().createParser(MANIFESTS.resolve(resource.asText()).toFile())) {
                YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                    if (!d.path("metadata").path("annotations").path("config.kubernetes.io/local-config").asBoolean()) {
                        documents.add(d);
                    }
                });
            }
        }
        secret = YAML.readTree(MANIFESTS.resolve("secret.example.yaml").toFile());
    }

    private static JsonNode kind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst().orElseThrow();
    }

    private static JsonNode container() {
        return kind("Deployment").path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static JsonNode port(String name) {
        for (JsonNode p : container().path("ports")) {
            if (name.equals(p.path("name").asText())) {
                return p;
            }
        }
        throw new AssertionError("no container port " + name);
    }

    @Test
    void probesPointAtTheRealHealthEndpointsOnTheManagementPort() throws IOException {
        JsonNode c = container();
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            String path = c.path(probe).path("httpGet").path("path").asText();
            given().get(management.toString().replaceAll("/q/?$", "") + path).then().statusCode(200);
            given().get(path).then().statusCode(404);
            assertThat(c.path(probe).path("httpGet").path("port").asText()).isEqualTo("management");
        }
        assertThat(port("http").path("containerPort").asInt()).isEqualTo(8080);
        assertThat(port("management").path("containerPort").asInt())
                .isEqualTo(configuredManagementPort());
    }

    @Test
    void prometheusScrapesTheManagementPort() {
        JsonNode annotations = kind("Deployment").path("spec").path("template").path("metadata").path("annotations");
        assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
        assertThat(annotations.path("prometheus.io/port").asInt()).isEqualTo(port("management").path("containerPort").asInt());
        String path = annotations.path("prometheus.io/path").asText();
        given().get(management.toString().replaceAll("/q/?$", "") + path).then().statusCode(200);
    }

    @Test
    void theKustomizationAppliesNoSecretSoARealOneIsNeverOverwritten() {
        assertThat(documents).noneMatch(d -> "Secret".equals(d.path("kind").asText()));
        assertThat(kustomization.path("resources").toString()).doesNotContain("secret");
        assertThat(secret.path("kind").asText()).isEqualTo("Secret");
        secret.path("stringData").fields().forEachRemaining(e -> assertThat(e.getValue().asText()).doesNotContain("replace-me"));
    }

    @Test
    void theIngressServesOnlyThePublicPortOverTlsWithHostAndSecretAsParameters() {
        JsonNode ingress = kind("Ingress").path("spec");
        assertThat(ingress.path("tls")).hasSize(1);
        assertThat(ingress.path("rules").get(0).path("http").path("paths").get(0).path("backend").path("service").path("port")
                .path("name").asText()).isEqualTo(kind("Service").path("spec").path("ports").get(0).path("name").asText());
        // The parameters feed both the rule's host and the certificate's.
        List<String> targets = new ArrayList<>();
        kustomization.path("replacements").forEach(r -> r.path("targets").forEach(t -> t.path("fieldPaths")
                .forEach(f -> targets.add(r.path("source").path("fieldPath").asText() + "->" + f.asText()))));
        assertThat(targets).contains("data.host->spec.rules.0.host", "data.host->spec.tls.0.hosts.0",
                "data.tlsSecretName->spec.tls.0.secretName");
        assertThat(kind("Service").path("spec").path("ports")).hasSize(1);
        assertThat(kind("Service").path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("http");
    }

    @Test
    void theNetworkPolicyAdmitsTheIngressControllerAndLetsOutOnlyDatabaseKeycloakSmtpAndDns() {
        JsonNode policy = kind("NetworkPolicy").path("spec");
        assertThat(policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .isEqualTo(kind("Deployment").path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
        assertThat(policy.path("policyTypes").toString()).contains("Ingress").contains("Egress");
        List<String> ingressPorts = new ArrayList<>();
        policy.path("ingress").forEach(rule -> {
            assertThat(rule.path("from")).isNotEmpty();
            rule.path("ports").forEach(p -> ingressPorts.add(p.path("port").asText()));
        });
        assertThat(ingressPorts).containsExactlyInAnyOrder("http", "management");
        Set<Integer> egressPorts = new HashSet<>();
        policy.path("egress").forEach(rule -> rule.path("ports").forEach(p -> egressPorts.add(p.path("port").asInt())));
        assertThat(egressPorts).containsExactlyInAnyOrder(53, 5432, 443, 587, 465);
    }

    @Test
    void thePoolTimesTheMostPodsStaysBelowTheDatabaseConnectionLimit() {
        JsonNode hpa = kind("HorizontalPodAutoscaler");
        int limit = hpa.path("metadata").path("annotations").path("oer.unesco.org/database-connection-limit").asInt();
        int pods = hpa.path("spec").path("maxReplicas").asInt()
                + kind("Deployment").path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt();
        int pool = kind("ConfigMap").path("data").path("DB_POOL_MAX").asInt();
        assertThat(limit).isPositive();
        assertThat(pool).isPositive();
        assertThat(pods * pool).isLessThan(limit);
    }

    @Test
    void everyEnvironmentVariableTheManifestsSetIsOneTheServiceReads() throws IOException {
        Set<String> read = variablesTheServiceReads();
        Set<String> set = new HashSet<>();
        kind("ConfigMap").path("data").fieldNames().forEachRemaining(set::add);
        secret.path("stringData").fieldNames().forEachRemaining(set::add);
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
        assertThat(secret.path("stringData").has("DB_PASSWORD")).isTrue();
        assertThat(secret.path("stringData").has("KEYCLOAK_PROVISIONING_CLIENT_SECRET")).isTrue();
    }

    @Test
    void theDeploymentTakesItsSettingsFromTheConfigMapAndSecretAndHasResources() {
        List<String> sources = new ArrayList<>();
        container().path("envFrom").forEach(s -> s.fields().forEachRemaining(f -> sources.add(f.getValue().path("name").asText())));
        assertThat(sources).containsExactlyInAnyOrder(kind("ConfigMap").path("metadata").path("name").asText(),
                secret.path("metadata").path("name").asText());
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

    /** The management port the packaged service listens on (tests run it on a free port instead). */
    private static int configuredManagementPort() throws IOException {
        Matcher m = Pattern.compile("(?m)^quarkus\\.management\\.port=\\$\\{MANAGEMENT_PORT:(\\d+)}$")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** ${NAME} placeholders of application.properties, the embedded database's own settings, the JVM's and the C library's. */
    private static Set<String> variablesTheServiceReads() throws IOException {
        Set<String> names = new HashSet<>(Set.of("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX", "DB_URL", "OER_EMBEDDED_DB_DIR", "OER_EMBEDDED_DB_PORT"));
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
