package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** Each violation carries a stable machine code; an answer's also the question number as printed on the form. */
@QuarkusTest
class ViolationCodesTest {

    private static final String CYCLE = "lang-codes";

    @Inject
    ReportFixture fixture;

    private String prepare(String state) {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, state, "fp-codes-" + state);
        return Tokens.focalPoint("fp-codes-" + state);
    }

    @Test
    void anAnswerViolationNamesQuestionNumberAndRule() {
        String fp = prepare("SLB");
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "maybe")).put(reportPath(CYCLE, "SLB") + "/answers/Q06?lang=zh").then().statusCode(400)
                .body("violations[0].field", equalTo("Q06"))
                .body("violations[0].number", equalTo("6"))
                .body("violations[0].code", equalTo("not-an-option"));
    }

    @Test
    void theCodeIsTheSameInEveryLanguage() {
        String fp = prepare("KIR");
        for (String lang : List.of("en", "ar", "ru")) {
            given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                    .body(Map.of("answers", Map.of("A1_REPOSITORY_COUNT", -3))).patch(reportPath(CYCLE, "KIR") + "/answers?lang=" + lang)
                    .then().statusCode(400)
                    .body("violations[0].number", equalTo("19"))
                    .body("violations[0].code", equalTo("min"));
        }
    }

    @Test
    void eachBlockingIssueOfAnIncompleteReportNamesItsQuestionNumberAndCode() {
        String fp = prepare("NRU");
        given().header("Authorization", fp).header("If-Match", "\"0\"").post(reportPath(CYCLE, "NRU") + "/submit").then()
                .statusCode(422)
                .body("violations.code", hasItem("required"))
                .body("violations.number", everyItem(notNullValue()));
    }

    @Test
    void anInputViolationHasACodeButNoQuestionNumber() {
        String fp = prepare("TLS");
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body("{}").put(reportPath(CYCLE, "TLS") + "/answers/Q02").then().statusCode(400)
                .body("violations[0].field", equalTo("value"))
                .body("violations[0].code", equalTo("required"))
                .body("violations[0].number", nullValue());
    }
}
