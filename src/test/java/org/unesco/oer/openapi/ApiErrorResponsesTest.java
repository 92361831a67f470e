package org.unesco.oer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.platform.Problem;
import org.unesco.oer.security.ScopeOpenApiFilter;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.RawHttp;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The errors every operation answers because of its shape, called on every operation of the
 * OpenAPI document by a caller its scope admits: a query with a NUL in it (400), nothing at the path
 * (404), and for a body a wrong media type (415) and too many bytes (413); and the workflow refusals
 * no other witness makes. Each is a problem.
 * The statuses are recorded for {@link OpenApiStatusCoverageTest}.
 */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class ApiErrorResponsesTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    ReportFixture fixture;

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    record Operation(String method, String path, JsonNode spec) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        boolean hasBody() {
            return spec.has("requestBody");
        }

        /** A token of a caller the operation's scope admits. */
        String caller() {
            JsonNode access = spec.get(ScopeOpenApiFilter.EXTENSION);
            if (access.get("access").asText().equals("roles")) {
                String role = access.get("roles").get(0).asText();
                return Tokens.bearer("errors-" + role, role);
            }
            return Tokens.secretariat();
        }

        /** The example of the request body the document gives, or an empty object. */
        String exampleBody(JsonNode document) {
            JsonNode schema = spec.path("requestBody").path("content").path("application/json").path("schema");
            if (schema.has("$ref")) {
                schema = document.at("/components/schemas/" + schema.get("$ref").asText().replace("#/components/schemas/", ""));
            }
            JsonNode examples = schema.path("examples");
            return examples.isArray() && !examples.isEmpty() ? examples.get(0).toString() : "{}";
        }
    }

    private static JsonNode document() {
        try {
            return new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new AssertionError("The OpenAPI document is not JSON", e);
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = document.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            });
        }
        return operations;
    }

    /** The path with every parameter naming something that does not exist. */
    private static String nowhere(Operation op) {
        Matcher m = PATH_PARAMETER.matcher(op.path());
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(url, switch (m.group(1)) {
                case "cycle" -> "no-such-cycle";
                case "state" -> "XYZ";
                case "code" -> op.path().startsWith("/api/cycles/") ? "no-such-cycle" : "XYZ";
                case "version" -> "9999.1";
                case "number", "id" -> "987654321";
                default -> "NO_SUCH_" + m.group(1).toUpperCase();
            });
        }
        m.appendTail(url);
        return url.toString();
    }

    private static RequestSpecification as(Operation op) {
        return given().header("Authorization", op.caller()).header("If-Match", "\"1\"");
    }

    private static void isProblem(Response response, int status, Operation op) {
        assertThat(response.statusCode()).as(op + ": " + response.asString()).isEqualTo(status);
        assertThat(response.contentType()).as(op.toString()).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersAQueryWithANulWith400() {
        return operations(document()).stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            RequestSpecification request = as(op).urlEncodingEnabled(false);
            if (op.hasBody()) {
                request.contentType("application/json").body("{}");
            }
            isProblem(request.request(op.method(), nowhere(op).replace("no-such-cycle", "oer-2027").replace("XYZ", "KEN") + "?lang=%00"),
                    400, op);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationWithAPathAnswersNothingThereWith404() {
        JsonNode document = document();
        return operations(document).stream().filter(op -> op.path().contains("{")).map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            RequestSpecification request = as(op);
            if (op.hasBody()) {
                request.contentType("application/json").body(op.exampleBody(document));
            }
            isProblem(request.request(op.method(), nowhere(op)), 404, op);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationWithABodyAnswersAnotherMediaTypeWith415AndTooManyBytesWith413() {
        return operations(document()).stream().filter(Operation::hasBody).map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            String path = nowhere(op).replace("no-such-cycle", "oer-2027").replace("XYZ", "KEN");
            isProblem(as(op).contentType("text/plain").body("yes").request(op.method(), path), 415, op);
            // Headers only, written by hand: the service answers before the body, a client library would retry the upload
            String answer = RawHttp.send(base, op.method() + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + op.caller()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 12000000\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(op.toString()).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + Problem.MEDIA_TYPE);
            ObservedStatuses.record(ApiErrorResponsesTest.class, op.method(), path, 413);
        }));
    }

    /** Refusals of the workflow that the other witnesses do not happen to make. */
    @Test
    void aSaveWithoutIfMatchIs428AndADecisionTheStatusDoesNotAllowIs409() {
        String cycle = fixture.openCycle("api-errors");
        fixture.designate(cycle, "NRU", "fp-api-errors");
        String fp = Tokens.focalPoint("fp-api-errors");
        String report = ReportFixture.reportPath(cycle, "NRU");
        given().header("Authorization", fp).contentType("application/json").body(Map.of("answers", Map.of("Q02", "Ministry")))
                .patch(report + "/answers").then().statusCode(428).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(Map.of("reason", "Incomplete"))
                .post(report + "/return").then().statusCode(409).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(Map.of("reason", "A mistake"))
                .post(report + "/reopen").then().statusCode(409).contentType(Problem.MEDIA_TYPE);
    }
}
