package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.unesco.oer.support.ReportFixture.OPEN_CYCLE;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** Saving answers: versions, conflicts, validation at save, skip logic, proxy entry. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class ReportEditingTest {

    @Inject
    ReportFixture fixture;

    private static int counter;
    private String state;
    private String fp;
    private String fpOther;
    private String path;

    /** Each test gets its own state and two focal points (a national team). */
    @BeforeEach
    void newReport() {
        state = List.of("SEN", "CIV", "MLI", "BFA", "NER", "TCD", "CMR", "GAB", "COG", "BEN", "TGO", "GHA", "MRT").get(counter++);
        fixture.openCycle();
        fixture.designate(OPEN_CYCLE, state, "fp-a-" + state);
        fixture.designate(OPEN_CYCLE, state, "fp-b-" + state);
        fp = Tokens.focalPoint("fp-a-" + state);
        fpOther = Tokens.focalPoint("fp-b-" + state);
        path = reportPath(OPEN_CYCLE, state);
    }

    @Test
    void twoColleaguesSavingOnTheSameVersionDoNotOverwriteEachOther() {
        int v1 = ReportFixture.patch(fp, OPEN_CYCLE, state, Map.of("Q02", "Ministry of Education"), 0);
        given().header("Authorization", fp).header("If-Match", "\"" + v1 + "\"").contentType("application/json")
                .body(Map.of("value", "Ministry of Education and Culture")).put(path + "/answers/Q02").then().statusCode(200);
        given().header("Authorization", fpOther).header("If-Match", "\"" + v1 + "\"").contentType("application/json")
                .body(Map.of("value", "National Commission")).put(path + "/answers/Q02").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oer-reporting:problem:stale-version"))
                .body("currentVersion", equalTo(v1 + 1))
                .body("conflicts.Q02.value", equalTo("Ministry of Education and Culture"));
        given().header("Authorization", fp).get(path).then().body("answers.Q02", equalTo("Ministry of Education and Culture"));
    }

    @Test
    void savingAnUnchangedValueCreatesNoNewVersion() {
        int v1 = ReportFixture.patch(fp, OPEN_CYCLE, state, Map.of("Q02", "Ministry", "Q06", "yes"), 0);
        given().header("Authorization", fp).header("If-Match", "\"" + v1 + "\"").contentType("application/json")
                .body(Map.of("value", "Ministry")).put(path + "/answers/Q02").then().statusCode(200)
                .header("ETag", "\"" + v1 + "\"")
                .body("version", equalTo(v1)).body("changed", org.hamcrest.Matchers.empty());
    }

    @Test
    void aSaveWithoutIfMatchIsRefusedWith428() {
        given().header("Authorization", fp).contentType("application/json")
                .body(Map.of("value", "x")).put(path + "/answers/Q02").then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void aValueThatBreaksItsQuestionsRuleIsA400NamingQuestionAndRule() {
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", List.of("not a url"))).put(path + "/answers/Q09_URLS").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Q09_URLS"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("(url)"));
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "maybe")).put(path + "/answers/Q06").then().statusCode(400)
                .body("violations[0].message", org.hamcrest.Matchers.containsString("(option)"));
    }

    @Test
    void theCountryQuestionCanOnlyNameTheReportsOwnState() {
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "FRA")).put(path + "/answers/Q01").then().statusCode(400)
                .body("violations[0].field", equalTo("Q01"));
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", state)).put(path + "/answers/Q01").then().statusCode(200);
    }

    @Test
    void anInvalidValueInABatchSavesNothing() {
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("answers", Map.of("Q02", "Fine", "A1_REPOSITORY_COUNT", -3))).patch(path + "/answers")
                .then().statusCode(400).body("violations[0].field", equalTo("A1_REPOSITORY_COUNT"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("(min)"));
        given().header("Authorization", fp).get(path).then().body("version", equalTo(0)).body("answers", not(hasKey("Q02")));
    }

    @Test
    void anUnknownQuestionIsA404() {
        given().header("Authorization", fp).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", "x")).put(path + "/answers/Q999").then().statusCode(404);
    }

    @Test
    void answersHiddenBySkipLogicAreKeptButExcludedAndFlagged() {
        Map<String, Object> answers = new HashMap<>(fixture.completeAnswers(state));
        answers.put("Q06", "yes");
        answers.put("Q07", "Shared with the ministries of education and research");
        int v = ReportFixture.patch(fp, OPEN_CYCLE, state, answers, 0);
        v = ReportFixture.patch(fp, OPEN_CYCLE, state, Map.of("Q06", "no"), v);
        given().header("Authorization", fp).get(path).then()
                .body("answers.Q07", equalTo("Shared with the ministries of education and research"))
                .body("questions.Q07.state", equalTo("hidden"))
                .body("questions.Q07.excluded", equalTo(true))
                .body("hiddenAnswers", hasItem("Q07"));
        ReportFixture.submit(fp, path).statusCode(200);
        given().header("Authorization", fp).get(path + "/submissions/1").then()
                .body("content.answers", not(hasKey("Q07")))
                .body("content.excludedHiddenAnswers", hasItem("Q07"));
    }

    @Test
    void clearingAnAnswerWithNullRemovesIt() {
        int v = ReportFixture.patch(fp, OPEN_CYCLE, state, Map.of("Q02", "Ministry"), 0);
        Map<String, Object> clear = new HashMap<>();
        clear.put("Q02", null);
        ReportFixture.patch(fp, OPEN_CYCLE, state, clear, v);
        given().header("Authorization", fp).get(path).then().body("answers.Q02", nullValue());
    }

    @Test
    void theSecretariatEntersAndSubmitsOnAStatesBehalfAndTheAuditSaysSo() {
        String secretariat = Tokens.secretariat();
        ReportFixture.patch(secretariat, OPEN_CYCLE, state, fixture.completeAnswers(state), 0);
        ReportFixture.submit(secretariat, path).statusCode(200)
                .body("submittedBy", equalTo("secretariat")).body("submittedByRole", equalTo("secretariat"));
        given().header("Authorization", secretariat).get(path + "/history?size=500").then().statusCode(200)
                .body("entries.find { it.action == 'REPORT_SUBMITTED' }.role", equalTo("secretariat"))
                .body("entries.find { it.action == 'REPORT_SUBMITTED' }.detail.enteredBySecretariat", equalTo(true))
                .body("entries.find { it.action == 'ANSWER_CHANGED' }.detail.enteredBySecretariat", equalTo(true));
    }

    @Test
    void aStaleSubmitIsRefused() {
        int v = ReportFixture.patch(fp, OPEN_CYCLE, state, fixture.completeAnswers(state), 0);
        given().header("Authorization", fp).header("If-Match", "\"" + (v - 1) + "\"").post(path + "/submit")
                .then().statusCode(409).body("currentVersion", equalTo(v));
    }
}
