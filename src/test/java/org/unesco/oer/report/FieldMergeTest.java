package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.unesco.oer.support.ReportFixture.reportPath;

/**
 * Field-level merge: a save made on an older report version goes through unless a question it
 * writes changed since that version; a true conflict names each question with its current value,
 * who changed it and when.
 */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class FieldMergeTest {

    private static final String CYCLE = "merge-open";
    private static final List<String> STATES = List.of("DEU", "AUT", "CHE", "NLD", "BEL", "LUX", "DNK", "NOR", "SWE", "FIN",
            "ISL", "IRL", "PRT", "ESP", "ITA");
    private static int counter;

    @Inject
    InstantSource clock;
    @Inject
    ReportFixture fixture;

    private String state;
    private String alice;
    private String bob;
    private String path;
    /** The version both colleagues loaded: Q02 and Q05 answered. */
    private int loaded;

    @BeforeEach
    void twoColleaguesLoadTheSameVersion() {
        fixture.openCycle(CYCLE);
        state = STATES.get(counter++);
        fixture.designate(CYCLE, state, "alice-" + state);
        fixture.designate(CYCLE, state, "bob-" + state);
        alice = Tokens.focalPoint("alice-" + state);
        bob = Tokens.focalPoint("bob-" + state);
        path = reportPath(CYCLE, state);
        loaded = ReportFixture.patch(alice, CYCLE, state, Map.of("Q02", "Ministry of Education", "Q05", "The ministries met twice"), 0);
    }

    private Response put(String auth, String question, Object value, int ifMatch) {
        Map<String, Object> body = new HashMap<>();
        body.put("value", value);
        return given().header("Authorization", auth).header("If-Match", "\"" + ifMatch + "\"").contentType("application/json")
                .body(body).put(path + "/answers/" + question);
    }

    private Response patch(String auth, Map<String, Object> answers, int ifMatch) {
        return given().header("Authorization", auth).header("If-Match", "\"" + ifMatch + "\"").contentType("application/json")
                .body(Map.of("answers", answers)).patch(path + "/answers");
    }

    @Test
    void colleaguesSavingDifferentQuestionsOnTheSameOldVersionBothSucceed() {
        put(alice, "Q02", "Ministry of Education and Culture", loaded).then().statusCode(200);
        put(bob, "Q05", "The ministries met three times", loaded).then().statusCode(200);
        given().header("Authorization", alice).get(path).then()
                .body("answers.Q02", equalTo("Ministry of Education and Culture"))
                .body("answers.Q05", equalTo("The ministries met three times"));
    }

    @Test
    void savingAQuestionAColleagueChangedSinceIsAConflictNamingItsValueAuthorAndTime() {
        Instant before = clock.instant();
        int aliceVersion = put(alice, "Q02", "Ministry of Education and Culture", loaded).then().statusCode(200)
                .extract().path("version");
        put(bob, "Q02", "National Commission", loaded).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:oer-reporting:problem:stale-version"))
                .body("currentVersion", equalTo(aliceVersion))
                .body("conflicts", aMapWithSize(1))
                .body("conflicts.Q02.value", equalTo("Ministry of Education and Culture"))
                .body("conflicts.Q02.changedBy", equalTo("alice-" + state))
                .body("conflicts.Q02.version", equalTo(aliceVersion))
                .body("conflicts.Q02.changedAt", notNullValue());
        String changedAt = put(bob, "Q02", "National Commission", loaded).then().extract().path("conflicts.Q02.changedAt");
        assertThat(Instant.parse(changedAt)).isBetween(before.minusSeconds(1), clock.instant());
        given().header("Authorization", alice).get(path).then().body("answers.Q02", equalTo("Ministry of Education and Culture"));
    }

    @Test
    void aStalePatchWhereOneOfSeveralQuestionsConflictsStoresNothing() {
        int aliceVersion = put(alice, "Q05", "The ministries met three times", loaded).then().statusCode(200).extract().path("version");
        patch(bob, Map.of("Q02", "National Commission", "Q05", "No meeting", "Q09", "A survey of universities"), loaded)
                .then().statusCode(409)
                .body("conflicts", aMapWithSize(1))
                .body("conflicts.Q05.value", equalTo("The ministries met three times"));
        given().header("Authorization", alice).get(path).then()
                .body("version", equalTo(aliceVersion))
                .body("answers.Q02", equalTo("Ministry of Education"))
                .body("answers.Q05", equalTo("The ministries met three times"))
                .body("answers", not(hasKey("Q09")));
        given().header("Authorization", alice).get(path + "/history?size=500").then()
                .body("entries.findAll { it.actor == 'bob-" + state + "' }", org.hamcrest.Matchers.empty());
    }

    @Test
    void writingToAQuestionAColleagueClearedSinceIsAConflict() {
        Map<String, Object> clear = new HashMap<>();
        clear.put("Q02", null);
        int cleared = patch(alice, clear, loaded).then().statusCode(200).extract().path("version");
        put(bob, "Q02", "National Commission", loaded).then().statusCode(409)
                .body("conflicts", hasKey("Q02"))
                .body("conflicts.Q02.value", nullValue())
                .body("conflicts.Q02.changedBy", equalTo("alice-" + state))
                .body("conflicts.Q02.version", equalTo(cleared));
        given().header("Authorization", alice).get(path).then().body("answers", not(hasKey("Q02")));
    }

    @Test
    void clearingAQuestionAColleagueChangedSinceIsAConflict() {
        put(alice, "Q02", "Ministry of Education and Culture", loaded).then().statusCode(200);
        put(bob, "Q02", null, loaded).then().statusCode(409)
                .body("conflicts.Q02.value", equalTo("Ministry of Education and Culture"));
        given().header("Authorization", alice).get(path).then().body("answers.Q02", equalTo("Ministry of Education and Culture"));
    }

    @Test
    void aQuestionAnsweredAgainAfterBeingClearedConflictsWithTheNewAnswer() {
        Map<String, Object> clear = new HashMap<>();
        clear.put("Q02", null);
        int cleared = patch(alice, clear, loaded).then().statusCode(200).extract().path("version");
        put(alice, "Q02", "Ministry of Culture", cleared).then().statusCode(200);
        put(bob, "Q02", "National Commission", cleared).then().statusCode(409)
                .body("conflicts.Q02.value", equalTo("Ministry of Culture"));
    }

    @Test
    void aMergedSaveReturnsTheNewReportVersionInBodyAndETag() {
        int aliceVersion = put(alice, "Q02", "Ministry of Education and Culture", loaded).then().statusCode(200)
                .extract().path("version");
        put(bob, "Q05", "The ministries met three times", loaded).then().statusCode(200)
                .body("version", equalTo(aliceVersion + 1))
                .header("ETag", "\"" + (aliceVersion + 1) + "\"");
        given().header("Authorization", bob).get(path).then().body("version", equalTo(aliceVersion + 1));
    }

    @Test
    void writingTheValueAQuestionAlreadyHasIsNoConflictAndNoNewVersion() {
        int aliceVersion = put(alice, "Q02", "Ministry of Culture", loaded).then().statusCode(200).extract().path("version");
        put(bob, "Q02", "Ministry of Culture", loaded).then().statusCode(200)
                .body("version", equalTo(aliceVersion))
                .body("changed", org.hamcrest.Matchers.empty());
    }

    @Test
    void aVersionTheReportNeverHadIsAConflict() {
        put(bob, "Q02", "National Commission", loaded + 5).then().statusCode(409)
                .body("type", equalTo("urn:oer-reporting:problem:stale-version"))
                .body("currentVersion", equalTo(loaded));
    }

    @Test
    void eachMergedChangeKeepsItsOwnAuditRecord() {
        put(alice, "Q02", "Ministry of Education and Culture", loaded).then().statusCode(200);
        put(bob, "Q05", "The ministries met three times", loaded).then().statusCode(200);
        given().header("Authorization", alice).get(path + "/history?size=500").then()
                .body("entries.findAll { it.action == 'ANSWER_CHANGED' && it.question == 'Q02' }.actor",
                        equalTo(List.of("alice-" + state, "alice-" + state)))
                .body("entries.findAll { it.action == 'ANSWER_CHANGED' && it.question == 'Q05' }.actor",
                        equalTo(List.of("bob-" + state, "alice-" + state)))
                .body("entries.find { it.actor == 'bob-" + state + "' }.newValue", equalTo("The ministries met three times"));
    }

    @Test
    void ofConcurrentWritersOfOneQuestionOnOneVersionExactlyOneWins() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String value = "Ministry number " + i;
                String who = i % 2 == 0 ? alice : bob;
                Callable<Integer> save = () -> {
                    start.await();
                    return put(who, "Q02", value, loaded).statusCode();
                };
                results.add(pool.submit(save));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(writers - 1);
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", alice).get(path).then().body("version", equalTo(loaded + 1));
    }
}
