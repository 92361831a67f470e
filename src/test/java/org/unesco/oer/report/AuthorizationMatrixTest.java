package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every report endpoint × every role × own / other state. Writes are sent with a stale If-Match
 * (or against an empty report), so an allowed call is refused by the workflow (409/422) without
 * changing anything, while a forbidden one never gets that far (401/403/404).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String CYCLE = ReportFixture.OPEN_CYCLE;
    private static final String OWN = "GNB";
    private static final String OTHER = "GIN";
    private static final String FP = "fp-matrix";

    @Inject
    ReportFixture fixture;

    private static boolean designated;

    @BeforeEach
    void designate() {
        if (!designated) {
            fixture.openCycle();
            fixture.designate(CYCLE, OWN, FP);
            designated = true;
        }
    }

    enum Caller {
        FOCAL_POINT_OWN, FOCAL_POINT_OTHER, SECRETARIAT, ANALYST, ADMIN, ANONYMOUS;

        String token() {
            return switch (this) {
                case FOCAL_POINT_OWN, FOCAL_POINT_OTHER -> Tokens.focalPoint(FP);
                case SECRETARIAT -> Tokens.secretariat();
                case ANALYST -> Tokens.analyst();
                case ADMIN -> Tokens.admin();
                case ANONYMOUS -> null;
            };
        }

        String state() {
            return this == FOCAL_POINT_OTHER ? OTHER : OWN;
        }
    }

    record Call(String name, String method, String path, Object body, String ifMatch) {
    }

    private static final List<Call> CALLS = List.of(
            new Call("read report", "GET", "", null, null),
            new Call("save one answer", "PUT", "/answers/Q02", Map.of("value", "x"), "\"999\""),
            new Call("save answers", "PATCH", "/answers", Map.of("answers", Map.of("Q02", "x")), "\"999\""),
            new Call("validation", "GET", "/validation", null, null),
            new Call("submit", "POST", "/submit", null, "\"999\""),
            new Call("receipts", "GET", "/submissions", null, null),
            new Call("changes", "GET", "/changes", null, null),
            new Call("history", "GET", "/history", null, null),
            new Call("return", "POST", "/return", Map.of("reason", "r"), null),
            new Call("validate", "POST", "/validate", Map.of(), null),
            new Call("reopen", "POST", "/reopen", Map.of("reason", "r"), null));

    /** Expected status per call for each caller, in the order of {@link #CALLS}. */
    private static final Map<Caller, int[]> EXPECTED = Map.of(
            //                                read save patch valid submit rcpt chg  hist ret  val  reop
            Caller.FOCAL_POINT_OWN, new int[]{200, 409, 409, 200, 409, 200, 200, 200, 403, 403, 403},
            Caller.FOCAL_POINT_OTHER, new int[]{404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404},
            Caller.SECRETARIAT, new int[]{200, 409, 409, 200, 409, 200, 200, 200, 409, 409, 409},
            Caller.ANALYST, new int[]{200, 403, 403, 200, 403, 200, 200, 200, 403, 403, 403},
            Caller.ADMIN, new int[]{403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403},
            Caller.ANONYMOUS, new int[]{401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401});

    static Stream<Arguments> matrix() {
        List<Arguments> args = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (int i = 0; i < CALLS.size(); i++) {
                args.add(Arguments.of(caller, CALLS.get(i).name(), i, EXPECTED.get(caller)[i]));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("matrix")
    void everyEndpointAnswersEachRoleAsSpecified(Caller caller, String name, int index, int expected) {
        Call call = CALLS.get(index);
        RequestSpecification request = given();
        if (caller.token() != null) {
            request.header("Authorization", caller.token());
        }
        if (call.ifMatch() != null) {
            request.header("If-Match", call.ifMatch());
        }
        if (call.body() != null) {
            request.contentType("application/json").body(call.body());
        }
        request.request(call.method(), ReportFixture.reportPath(CYCLE, caller.state()) + call.path())
                .then().statusCode(expected);
    }

    @Test
    void aFocalPointLearnsNothingAboutAnotherStateExistingOrNot() {
        String existing = given().header("Authorization", Tokens.focalPoint(FP)).get(ReportFixture.reportPath(CYCLE, OTHER))
                .then().statusCode(404).extract().path("title");
        String missing = given().header("Authorization", Tokens.focalPoint(FP)).get(ReportFixture.reportPath(CYCLE, "XYZ"))
                .then().statusCode(404).extract().path("title");
        org.assertj.core.api.Assertions.assertThat(existing).isEqualTo(missing);
    }

    @Test
    void onlyTheSecretariatGrantsExtensions() {
        for (String token : List.of(Tokens.focalPoint(FP), Tokens.analyst(), Tokens.admin())) {
            given().header("Authorization", token).contentType("application/json")
                    .body(Map.of("state", OWN, "deadline", "2027-03-01", "reason", "x"))
                    .post("/api/cycles/" + CYCLE + "/extensions").then().statusCode(403);
        }
        given().header("Authorization", Tokens.focalPoint(FP)).get("/api/cycles/" + CYCLE + "/extensions").then().statusCode(403);
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/extensions").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    @Test
    void theReportOfAStateNotDesignatedInThisCycleIsHiddenEvenIfDesignatedInAnother() {
        given().header("Authorization", Tokens.focalPoint(FP)).get(ReportFixture.reportPath("oer-2023", OWN))
                .then().statusCode(404).body("status", equalTo(404));
    }
}
