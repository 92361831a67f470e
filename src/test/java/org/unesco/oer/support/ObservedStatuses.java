package org.unesco.oer.support;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every status a test class's REST Assured calls observe (method, raw path, status), so that
 * {@code OpenApiStatusCoverageTest} can hold them against the statuses the OpenAPI document promises.
 * A test class takes part with {@code @ExtendWith(ObservedStatuses.class)}.
 * <p>
 * The records go to a file of this JVM ({@link #runFile}), not to a static field: Quarkus loads
 * each test class in the application's class loader, and the checking test is a plain unit test
 * that runs after every {@code @QuarkusTest} of the same Surefire run. The first class to finish also
 * stores the OpenAPI document it was served.
 */
public class ObservedStatuses implements BeforeAllCallback, AfterAllCallback {

    /** One file per JVM: a run's observations, never an earlier run's. */
    public static Path runFile(String suffix) {
        ProcessHandle self = ProcessHandle.current();
        String run = self.pid() + "-" + self.info().startInstant().map(i -> String.valueOf(i.toEpochMilli())).orElse("0");
        return Path.of("target", "observed-statuses", run + suffix);
    }

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private Filter filter;

    @Override
    public void beforeAll(ExtensionContext context) {
        String testClass = context.getRequiredTestClass().getSimpleName();
        filter = new Filter() {
            @Override
            public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
                Response answer = ctx.next(request, response);
                seen.add(request.getMethod() + "\t" + URI.create(request.getURI()).getRawPath() + "\t" + answer.statusCode() + "\t" + testClass);
                storeDocument(request);
                return answer;
            }
        };
        RestAssured.filters(filter);
    }

    /** Records a status observed without REST Assured (a request written byte for byte, {@link RawHttp}). */
    public static synchronized void record(Class<?> testClass, String method, String rawPath, int status) {
        try {
            Files.createDirectories(runFile("").getParent());
            Files.write(runFile(".tsv"), List.of(method + "\t" + rawPath + "\t" + status + "\t" + testClass.getSimpleName()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document the service serves, fetched once per JVM while the service is up (after a class, it is not). */
    private static synchronized void storeDocument(FilterableRequestSpecification request) {
        Path document = runFile("-openapi.json");
        if (Files.exists(document)) {
            return;
        }
        String json = RestAssured.given().noFilters().baseUri(request.getBaseUri()).port(request.getPort())
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        try {
            Files.createDirectories(document.getParent());
            Files.writeString(document, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        List<Filter> others = new ArrayList<>(RestAssured.filters());
        others.remove(filter);
        RestAssured.replaceFiltersWith(others);
        List<String> lines = new ArrayList<>(seen);
        // a marker line, so that a class that observed nothing still counts as having run
        lines.add("RAN\t-\t0\t" + context.getRequiredTestClass().getSimpleName());
        try {
            Files.createDirectories(runFile("").getParent());
            Files.write(runFile(".tsv"), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
