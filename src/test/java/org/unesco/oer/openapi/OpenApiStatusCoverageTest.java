package org.unesco.oer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ObservedStatuses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every status the tests observe is documented for its operation in /q/openapi, and every status the
 * document promises is observed by some test. The observations are those of the test classes that
 * take part ({@link #WITNESSES}, each {@code @ExtendWith(ObservedStatuses.class)}) in this JVM; as a
 * plain unit test this class runs after every {@code @QuarkusTest} (Quarkus's class orderer).
 * <p>
 * The second direction needs every witness to have run: in a focused run that leaves some out it is
 * skipped (and says so), in the whole suite (CI) it must hold.
 */
class OpenApiStatusCoverageTest {

    /** The test classes whose calls are recorded: the authorization matrix, the workflows, the error paths. */
    static final Set<String> WITNESSES = Set.of(
            "AuthorizationMatrixTest", "ApiErrorResponsesTest", "ReportWorkflowTest", "ReportEditingTest", "SubmitIfMatchTest",
            "FieldMergeTest", "CommentReplyTest", "CycleResourceTest", "MemberStateResourceTest", "StatusBoardTest",
            "ReminderTest", "DesignationProvisioningTest", "DeadlineRulesTest", "NationalReportExportTest", "SynthesisExportTest",
            "MeResourceTest", "ReceivedOutsideTest", "DocumentAttachmentTest", "FirstConsultationEntryTest", "CycleAdministrationTest",
            "BulkExtensionsTest", "SynthesisCsvExportTest");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Route(String method, String template, Pattern pattern, int literals) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** CI runs the whole suite: there, a check that cannot be made fails instead of being skipped. */
    private static final boolean WHOLE_SUITE = "true".equals(System.getenv("CI"));

    private static JsonNode document;
    private static Map<String, Set<Integer>> observed;
    private static Set<String> ran;

    @BeforeAll
    static void load() throws IOException {
        Path records = ObservedStatuses.runFile(".tsv");
        assertThat(Files.exists(records) || !WHOLE_SUITE).as("no witness recorded anything in this JVM").isTrue();
        assumeTrue(Files.exists(records), "No witness test ran in this JVM (" + records + "): run this test with them, e.g. "
                + "-Dtest='AuthorizationMatrixTest,ApiErrorResponsesTest,OpenApiStatusCoverageTest'");
        document = new ObjectMapper().readTree(ObservedStatuses.runFile("-openapi.json").toFile());
        List<Route> routes = routes(document);
        observed = new TreeMap<>();
        ran = new TreeSet<>();
        for (String line : Files.readAllLines(records)) {
            String[] f = line.split("\t");
            ran.add(f[3]);
            if (f[0].equals("RAN")) {
                continue;
            }
            Route route = match(routes, f[0], f[1]);
            if (route != null) {
                observed.computeIfAbsent(route.toString(), k -> new TreeSet<>()).add(Integer.parseInt(f[2]));
            }
        }
    }

    static List<Route> routes(JsonNode document) {
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = document.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            String regex = Pattern.quote(path.getKey()).replaceAll("\\{\\w+}", "\\\\E[^/]+\\\\Q");
            int literals = path.getKey().replaceAll("\\{\\w+}", "").length();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) {
                    routes.add(new Route(m.toUpperCase(), path.getKey(), Pattern.compile(regex), literals));
                }
            });
        }
        return routes;
    }

    /** The operation a request was for: the template that matches with the most literal characters. */
    static Route match(List<Route> routes, String method, String rawPath) {
        return routes.stream().filter(r -> r.method().equals(method) && r.pattern().matcher(rawPath).matches())
                .max(Comparator.comparingInt(Route::literals)).orElse(null);
    }

    static Map<String, Set<Integer>> documented(JsonNode document) {
        Map<String, Set<Integer>> documented = new TreeMap<>();
        for (Route route : routes(document)) {
            JsonNode responses = document.get("paths").get(route.template()).get(route.method().toLowerCase()).path("responses");
            Set<Integer> codes = new TreeSet<>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.matches("\\d{3}")) {
                    codes.add(Integer.parseInt(code));
                }
            });
            documented.put(route.toString(), codes);
        }
        return documented;
    }

    @Test
    void everyObservedStatusIsDocumentedForItsOperation() {
        Map<String, Set<Integer>> documented = documented(document);
        Map<String, Set<Integer>> undocumented = new TreeMap<>();
        observed.forEach((op, codes) -> {
            Set<Integer> missing = codes.stream().filter(c -> !documented.getOrDefault(op, Set.of()).contains(c))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!missing.isEmpty()) {
                undocumented.put(op, missing);
            }
        });
        assertThat(undocumented).as("statuses the tests observed that the OpenAPI document does not give (add an @APIResponse)")
                .isEmpty();
    }

    @Test
    void everyDocumentedStatusIsObservedBySomeTest() {
        Set<String> missingWitnesses = new TreeSet<>(WITNESSES);
        missingWitnesses.removeAll(ran);
        assertThat(WHOLE_SUITE ? missingWitnesses : Set.of()).as("witnesses that did not run in the whole suite").isEmpty();
        assumeTrue(missingWitnesses.isEmpty(), "not every witness ran in this JVM, so the documented statuses are not all "
                + "expected to be seen; missing: " + missingWitnesses);
        Map<String, Set<Integer>> unobserved = new TreeMap<>();
        documented(document).forEach((op, codes) -> {
            Set<Integer> missing = codes.stream().filter(c -> !observed.getOrDefault(op, Set.of()).contains(c))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!missing.isEmpty()) {
                unobserved.put(op, missing);
            }
        });
        assertThat(unobserved).as("statuses the OpenAPI document gives that no test observes (test them, or the document is wrong)")
                .isEmpty();
    }

    @Test
    void onlyWitnessesAreRecorded() {
        assertThat(WITNESSES).as("a test class records its statuses: list it in WITNESSES").containsAll(ran);
    }
}
