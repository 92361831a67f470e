package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.identity.DesignationService;
import org.unesco.oer.identity.DesignationService.NewDesignation;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.ScopeCatalog;
import org.unesco.oer.security.ScopeOpenApiFilter;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The authorization matrix, generated from the OpenAPI document: every operation the API publishes,
 * called by every kind of caller, must answer as the scope it declares ({@code x-oer-access})
 * implies. A new endpoint is in the matrix the moment it exists; one without a declared scope fails
 * here (and stops the application from starting, see {@link ScopeCatalog}).
 * <p>
 * Requests carry no body, so an allowed write is refused by validation (400) or the workflow
 * (409/422) without changing anything that matters; a refused caller never gets that far.
 */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class AuthorizationMatrixTest {

    private static final String CYCLE = "authz-matrix";
    private static final String ANOTHER_CYCLE = "authz-matrix-b";
    private static final String OWN = "GNB";
    private static final String ELSEWHERE = "GIN";
    private static final String MISSING = "XYZ";
    private static final String SPARE = "GMB";
    private static final String FP = "fp-matrix";
    private static final String FP_ELSEWHERE = "fp-matrix-gin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    @Inject
    ReportFixture fixture;
    @Inject
    DesignationService designations;
    @Inject
    ScopeCatalog catalog;

    private static boolean prepared;
    private static long spareDesignation;
    private static long comment;
    private static long document;

    /**
     * A cycle of its own: {@value #OWN}'s focal point has submitted once (so its submission exists),
     * another focal point acts for {@value #ELSEWHERE}, and a designation nobody uses can be ended.
     */
    @BeforeEach
    void prepare() {
        if (prepared) {
            return;
        }
        fixture.openCycle(CYCLE);
        fixture.openCycle(ANOTHER_CYCLE);
        fixture.designate(CYCLE, OWN, FP);
        fixture.designate(CYCLE, ELSEWHERE, FP_ELSEWHERE);
        spareDesignation = QuarkusTransaction.requiringNew().call(() -> designations.designate(new NewDesignation(CYCLE, SPARE,
                "fp-matrix-spare", null, "Spare person", "spare@example.org", null, null, "test"), "test", Roles.SECRETARIAT).id);
        String fp = Tokens.focalPoint(FP);
        // returned with one comment, so that replying to it is an operation like the others
        fixture.returnedWithComment(fp, CYCLE, OWN, "Please complete", "Q02", "Which ministry?");
        comment = ((Number) given().header("Authorization", Tokens.secretariat()).get(ReportFixture.reportPath(CYCLE, OWN))
                .then().extract().path("openComments[0].id")).longValue();
        document = ((Number) given().header("Authorization", Tokens.secretariat()).contentType("application/pdf")
                .queryParam("fileName", "report.pdf").body("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .post(ReportFixture.reportPath(CYCLE, OWN) + "/submissions/1/documents").then().statusCode(201)
                .extract().path("id")).longValue();
        prepared = true;
    }

    enum Caller {
        ANONYMOUS(null), FOCAL_POINT(Roles.FOCAL_POINT), FOCAL_POINT_OF_ANOTHER_STATE(Roles.FOCAL_POINT),
        SECRETARIAT(Roles.SECRETARIAT), ANALYST(Roles.ANALYST), ADMIN(Roles.ADMIN);

        final String role;

        Caller(String role) {
            this.role = role;
        }

        String token() {
            return switch (this) {
                case ANONYMOUS -> null;
                case FOCAL_POINT -> Tokens.focalPoint(FP);
                case FOCAL_POINT_OF_ANOTHER_STATE -> Tokens.focalPoint(FP_ELSEWHERE);
                case SECRETARIAT -> Tokens.secretariat();
                case ANALYST -> Tokens.analyst();
                case ADMIN -> Tokens.admin();
            };
        }
    }

    enum Outcome { UNAUTHENTICATED, FORBIDDEN, HIDDEN, ALLOWED }

    /** What a declared scope promises each caller, for the state {@value #OWN} (the focal point's own). */
    static Outcome expected(String access, List<String> roles, Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return Outcome.UNAUTHENTICATED;
        }
        return switch (access) {
            case "authenticated" -> Outcome.ALLOWED;
            case "roles" -> roles.contains(caller.role) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case "state-read" -> switch (caller) {
                case FOCAL_POINT, SECRETARIAT, ANALYST -> Outcome.ALLOWED;
                case FOCAL_POINT_OF_ANOTHER_STATE -> Outcome.HIDDEN;
                default -> Outcome.FORBIDDEN;
            };
            case "state-write" -> switch (caller) {
                case FOCAL_POINT, SECRETARIAT -> Outcome.ALLOWED;
                case FOCAL_POINT_OF_ANOTHER_STATE -> Outcome.HIDDEN;
                default -> Outcome.FORBIDDEN;
            };
            case "state-decide" -> switch (caller) {
                case SECRETARIAT -> Outcome.ALLOWED;
                case FOCAL_POINT_OF_ANOTHER_STATE -> Outcome.HIDDEN;
                default -> Outcome.FORBIDDEN;
            };
            default -> throw new AssertionError("Unknown access scope '" + access + "': say here what it promises each caller");
        };
    }

    record Operation(String method, String path, JsonNode spec) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        JsonNode access() {
            return spec.get(ScopeOpenApiFilter.EXTENSION);
        }

        String accessCode() {
            return access().get("access").asText();
        }

        List<String> roles() {
            List<String> roles = new ArrayList<>();
            access().path("roles").forEach(r -> roles.add(r.asText()));
            return roles;
        }

        boolean stateScoped() {
            return accessCode().startsWith("state-");
        }
    }

    private static List<Operation> operations() {
        try {
            JsonNode paths = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString()).get("paths");
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> path = p.next();
                for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = o.next();
                    if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(op.getKey())) {
                        operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                    }
                }
            }
            return operations;
        } catch (java.io.IOException e) {
            throw new AssertionError("The OpenAPI document is not JSON", e);
        }
    }

    @Test
    void everyOperationInTheOpenApiDocumentDeclaresItsAccessScope() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(operations.stream().filter(o -> o.access() == null || !o.access().has("access")).map(Operation::toString))
                .as("operations without " + ScopeOpenApiFilter.EXTENSION).isEmpty();
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointOfTheApplication() {
        Set<String> documented = operations().stream().map(Operation::toString).collect(Collectors.toCollection(TreeSet::new));
        // the pages (package web) are not part of the API document; their access is tested with them
        Set<String> implemented = catalog.endpoints().stream().filter(e -> e.path().startsWith("/api/"))
                .map(e -> e.httpMethod() + " " + e.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(implemented);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryCallerAsItsDeclaredScopeImplies() {
        return operations().stream().filter(o -> o.access() != null).flatMap(op -> Stream.of(Caller.values()).map(caller -> {
            Outcome expected = expected(op.accessCode(), op.roles(), caller);
            return DynamicTest.dynamicTest(op + " [" + op.accessCode() + "] " + caller + " -> " + expected, () -> {
                Response response = call(op, caller, OWN);
                int status = response.statusCode();
                String body = response.asString();
                String seen = op + " as " + caller + " answered " + status + ": " + body.substring(0, Math.min(body.length(), 300));
                switch (expected) {
                    case UNAUTHENTICATED -> assertThat(status).as(seen).isEqualTo(401);
                    case FORBIDDEN -> assertThat(status).as(seen).isEqualTo(403);
                    case HIDDEN -> assertThat(status).as(seen).isEqualTo(404);
                    case ALLOWED -> assertThat(status).as(seen).isNotIn(401, 403, 404).isLessThan(500);
                }
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> aFocalPointLearnsNothingAboutAnotherStateExistingOrNot() {
        return operations().stream().filter(o -> o.access() != null && o.stateScoped()).map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            Response existing = call(op, Caller.FOCAL_POINT_OF_ANOTHER_STATE, OWN);
            Response missing = call(op, Caller.FOCAL_POINT_OF_ANOTHER_STATE, MISSING);
            assertThat(existing.statusCode()).isEqualTo(404);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(existing.contentType()).isEqualTo(missing.contentType());
            assertThat(existing.asString().replace(OWN, "{state}")).isEqualTo(missing.asString().replace(MISSING, "{state}"));
        }));
    }

    @Test
    void theReportOfAStateNotDesignatedInThisCycleIsHiddenEvenIfDesignatedInAnother() {
        given().header("Authorization", Tokens.focalPoint(FP)).get(ReportFixture.reportPath(ANOTHER_CYCLE, OWN))
                .then().statusCode(404);
        given().header("Authorization", Tokens.focalPoint(FP)).get(ReportFixture.reportPath(CYCLE, OWN))
                .then().statusCode(200);
    }

    /** Calls the operation for {@code state}, filling every path parameter with something that exists. */
    private Response call(Operation op, Caller caller, String state) {
        Matcher m = PATH_PARAMETER.matcher(op.path());
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(url, Matcher.quoteReplacement(pathValue(op, m.group(1), state)));
        }
        m.appendTail(url);
        RequestSpecification request = given();
        if (caller.token() != null) {
            request.header("Authorization", caller.token());
        }
        JsonNode body = op.spec().path("requestBody").path("content");
        if (body.isObject() && body.fieldNames().hasNext()) {
            String type = body.fieldNames().next();
            request.contentType(type.contains("*") ? "application/json" : type);
        }
        return request.request(op.method(), url.toString());
    }

    private static String pathValue(Operation op, String parameter, String state) {
        return switch (parameter) {
            case "cycle" -> CYCLE;
            case "state" -> state;
            // /api/cycles/{code} names a cycle, /api/member-states/{code} a state
            case "code" -> op.path().startsWith("/api/cycles/") ? CYCLE : OWN;
            case "question" -> "Q02";
            case "number" -> "1";
            case "id" -> String.valueOf(op.path().contains("/comments/") ? comment
                    : op.path().contains("/documents/") ? document : spareDesignation);
            case "version" -> "2022.1";
            default -> fail("No test value for the path parameter {" + parameter + "} of " + op
                    + ": add one to AuthorizationMatrixTest.pathValue");
        };
    }
}
