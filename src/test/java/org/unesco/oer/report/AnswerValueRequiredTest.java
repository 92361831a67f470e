package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Issue 9 §2: a misspelt key never erases an answer. PUT needs the key "value" (only an explicit
 * null, empty text or empty list clears); PATCH needs the key "answers", whose entries are the
 * values themselves, so an entry is either present (and saved, null clearing it) or absent (untouched).
 */
@QuarkusTest
class AnswerValueRequiredTest {

    static final String CYCLE = "misspelt-keys";

    @Inject
    ReportFixture fixture;

    private static int counter;
    private String state;
    private String fp;
    private String path;
    private int version;

    @BeforeEach
    void report() {
        fixture.openCycle(CYCLE);
        state = List.of("SEN", "CIV", "MLI", "BFA", "NER", "TCD", "CMR", "GAB", "COG", "BEN").get(counter++);
        fixture.designate(CYCLE, state, "fp-mk-" + state);
        fp = Tokens.focalPoint("fp-mk-" + state);
        path = ReportFixture.reportPath(CYCLE, state);
        version = ReportFixture.patch(fp, CYCLE, state, Map.of("Q10", "yes", "Q02", "Ministry of Education"), 0);
    }

    private io.restassured.response.ValidatableResponse put(String question, String body) {
        return given().header("Authorization", fp).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(body).put(path + "/answers/" + question).then();
    }

    private io.restassured.response.ValidatableResponse patch(String body) {
        return given().header("Authorization", fp).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(body).patch(path + "/answers").then();
    }

    private void storedUnchanged() {
        given().header("Authorization", fp).get(path).then().statusCode(200)
                .body("version", equalTo(version)).body("answers.Q10", equalTo("yes")).body("answers.Q02", equalTo("Ministry of Education"));
    }

    @Test
    void anEmptyBodyIsA400NamingValueAndKeepsTheAnswer() {
        put("Q10", "{}").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("value"))
                .body("violations[0].message", containsString("is required"));
        storedUnchanged();
    }

    @Test
    void aMisspeltValueKeyIsA400NamingTheUnknownKeyAndKeepsTheAnswer() {
        put("Q10", "{\"vaule\":\"no\"}").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("vaule"))
                .body("violations[0].message", containsString("not a known field; known: value"));
        storedUnchanged();
    }

    @Test
    void anExtraKeyBesideValueIsA400AndSavesNothing() {
        put("Q10", "{\"value\":\"no\",\"comment\":\"x\"}").statusCode(400).body("violations[0].field", equalTo("comment"));
        storedUnchanged();
    }

    @Test
    void onlyAnExplicitNullClearsOneAnswer() {
        put("Q10", "{\"value\":null}").statusCode(200).body("changed", equalTo(List.of("Q10")));
        given().header("Authorization", fp).get(path).then().body("answers", not(hasKey("Q10")))
                .body("answers.Q02", equalTo("Ministry of Education"));
    }

    @Test
    void aPatchWithoutTheAnswersKeyIsA400NamingTheMisspeltKey() {
        patch("{\"answer\":{\"Q10\":null}}").statusCode(400).body("violations[0].field", equalTo("answer"));
        patch("{}").statusCode(400).body("violations[0].field", equalTo("answers"));
        storedUnchanged();
    }

    @Test
    void aPatchEntryNamedAfterNoQuestionIsA400AndSavesNothing() {
        patch("{\"answers\":{\"Q1O\":null,\"Q02\":\"Changed\"}}").statusCode(400).body("violations[0].field", equalTo("Q1O"));
        storedUnchanged();
    }

    @Test
    void aPatchEntryWrappedInAValueObjectIsA400NotAClear() {
        patch("{\"answers\":{\"Q10\":{\"vaule\":\"no\"}}}").statusCode(400).body("violations[0].field", equalTo("Q10"));
        storedUnchanged();
    }

    @Test
    void aPatchClearsExactlyTheEntriesSentAsNull() {
        patch("{\"answers\":{\"Q10\":null}}").statusCode(200).body("changed", equalTo(List.of("Q10")));
        given().header("Authorization", fp).get(path).then().body("answers", not(hasKey("Q10")))
                .body("answers.Q02", equalTo("Ministry of Education"));
    }
}
