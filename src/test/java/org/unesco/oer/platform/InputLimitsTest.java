package org.unesco.oer.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Issue 9 §1, rule by rule: what each limit is and what a request beyond it answers. */
@QuarkusTest
class InputLimitsTest {

    static final String CYCLE = "input-limits";
    static final String STATE = "FRA";
    static final String PATH = ReportFixture.reportPath(CYCLE, STATE);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Inject
    ReportFixture fixture;

    @TestHTTPResource("/")
    URL base;

    private static boolean prepared;

    @BeforeEach
    void prepare() {
        if (!prepared) {
            fixture.openCycle(CYCLE);
            fixture.designate(CYCLE, STATE, "fp-limits");
            prepared = true;
        }
    }

    private static String fp() {
        return Tokens.focalPoint("fp-limits");
    }

    private static int version() {
        return ReportFixture.version(fp(), CYCLE, STATE);
    }

    private static Response put(String question, String body) {
        return given().header("Authorization", fp()).header("If-Match", "\"" + version() + "\"").contentType("application/json")
                .body(body).put(PATH + "/answers/" + question);
    }

    @Test
    void numbersBeyondWhatAnAnswerCanHoldAreA400NamingTheQuestion() {
        for (String n : new String[]{"1e400", "-1e400", "1e16", "123456789012345678901234567890"}) {
            put("A1_REPOSITORY_COUNT", "{\"value\":" + n + "}").then().statusCode(400)
                    .body("violations[0].field", equalTo("A1_REPOSITORY_COUNT"))
                    .body("violations[0].message", containsString("(range)"));
        }
        put("A1_REPOSITORY_COUNT", "{\"value\":1" + "0".repeat(150) + "}").then().statusCode(400)
                .body("violations[0].field", equalTo("value")).body("violations[0].message", containsString("(number)"));
    }

    @Test
    void aGroupNumberBeyondItsFieldIsA400() {
        put("A1_INITIATIVES", "{\"value\":[{\"NAME\":\"Open textbooks\",\"YEAR\":1e400}]}").then().statusCode(400)
                .body("violations[0].field", equalTo("A1_INITIATIVES"))
                .body("violations[0].message", containsString("YEAR"));
    }

    @Test
    void aDateAnswerLiesBetween1900And2100() {
        for (String d : new String[]{"1899-12-31", "2101-01-01", "+999999999-12-31", "2027-02-30", "20270228"}) {
            put("A2_OER_POLICY_DATE", "{\"value\":\"" + d + "\"}").then().statusCode(400)
                    .body("violations[0].field", equalTo("A2_OER_POLICY_DATE"))
                    .body("violations[0].message", containsString("between 1900-01-01 and 2100-12-31"));
        }
        put("A2_OER_POLICY_DATE", "{\"value\":20270228}").then().statusCode(400);
        put("A2_OER_POLICY_DATE", "{\"value\":\"2100-12-31\"}").then().statusCode(200);
    }

    @Test
    void aDateFieldGivenAsANumberIsA400NotYear57468() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body("{\"state\":\"FRA\",\"deadline\":20270228,\"reason\":\"Postponed\"}").post("/api/cycles/" + CYCLE + "/extensions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("deadline"))
                .body("violations[0].message", containsString("YYYY-MM-DD"));
    }

    @Test
    void aContactLogDateIsNotInTheFuture() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "FRA", "date", fixture.today().plusDays(2).toString(), "channel", "phone",
                        "level", "focal_point", "note", "Will call"))
                .post("/api/cycles/" + CYCLE + "/contact-log").then().statusCode(400)
                .body("violations[0].field", equalTo("date")).body("violations[0].message", containsString("(past)"));
    }

    @Test
    void fiftyThousandUnknownOptionsGiveOneViolationInASmallBody() {
        StringBuilder body = new StringBuilder("{\"value\":[");
        for (int i = 0; i < 50_000; i++) {
            body.append(i == 0 ? "\"" : ",\"").append("opt").append(i).append('"');
        }
        body.append("]}");
        Response r = put("A1_TARGET_GROUPS", body.toString());
        r.then().statusCode(400).body("violations", hasSize(1))
                .body("violations[0].message", containsString("has 50000 items but the question has only 9 options (maxItems)"));
        assertThat(r.asString().length()).isLessThan(2_000);
    }

    @Test
    void urlAndPersonListsHaveADocumentedMaximum() {
        StringBuilder urls = new StringBuilder("{\"value\":[");
        for (int i = 0; i < 5_000; i++) {
            urls.append(i == 0 ? "" : ",").append("\"not a url ").append(i).append('"');
        }
        urls.append("]}");
        put("Q09_URLS", urls.toString()).then().statusCode(400).body("violations", hasSize(1))
                .body("violations[0].message", containsString("at most 20 are allowed (maxItems)"));
    }

    @Test
    void violationsAreCappedAtAHundredWithTheirCount() {
        ObjectNode item = F.objectNode().put("NAME", "Initiative");
        for (int i = 0; i < 250; i++) {
            item.put("UNKNOWN_" + i, "x");
        }
        Response r = put("A1_INITIATIVES", "{\"value\":[" + item + "]}");
        r.then().statusCode(400).body("violations", hasSize(100)).body("violationCount", equalTo(250))
                .body("detail", containsString("and 150 more"));
    }

    @Test
    void theLargestLegitimatePatchFitsUnderTheBodyLimit() {
        // Every question at its maximum: texts at maxLength in a three-byte script, lists full of long URLs.
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        String devanagari = "\u0936\u093f\u0915\u094d\u0937\u093e"; // शिक्षा, 6 characters of 3 bytes
        for (Question q : fixture.definition().questions().toList()) {
            JsonNode value = switch (q.type()) {
                case SHORT_TEXT, LONG_TEXT -> {
                    int max = q.constraints() != null && q.constraints().maxLength() != null ? q.constraints().maxLength()
                            : q.type() == org.unesco.oer.questionnaire.QuestionType.SHORT_TEXT ? 500 : 100_000;
                    yield F.textNode(devanagari.repeat(max / devanagari.length()));
                }
                case URL_LIST -> {
                    var list = F.arrayNode();
                    for (int i = 0; i < q.constraints().maxItems(); i++) {
                        list.add("https://example.org/" + i + "/" + "a".repeat(1_970));
                    }
                    yield list;
                }
                default -> ReportFixture.valueFor(q, STATE);
            };
            answers.put(q.code(), value);
        }
        String body = Json.write(Map.of("answers", answers));
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).as("bytes").isBetween(2_000_000, 4 * 1024 * 1024);
        given().header("Authorization", fp()).header("If-Match", "\"" + version() + "\"").contentType("application/json")
                .body(body).patch(PATH + "/answers").then().statusCode(200);
    }

    @Test
    void pagingIsBoundedAndNeverWraps() {
        given().header("Authorization", fp()).get(PATH + "/history?page=2147483647&size=500").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reports?page=1000000&size=1000")
                .then().statusCode(200).body("rows", hasSize(0));
    }

    @Test
    void aNonNumericParameterIsA400NamingItNotA404() {
        given().header("Authorization", fp()).get(PATH + "/history?page=abc").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("page"));
        given().header("Authorization", fp()).get(PATH + "/submissions/abc").then().statusCode(400)
                .body("violations[0].field", equalTo("number"));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reminders?stage=late&days=99999999999")
                .then().statusCode(400).body("violations[0].field", equalTo("days"));
    }

    @Test
    void anEmptyOrUnknownSortKeyIsA400NamingSort() {
        for (String sort : new String[]{",", "-", "name,", "nmae"}) {
            given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reports?sort=" + sort)
                    .then().statusCode(400).body("violations[0].field", equalTo("sort"));
        }
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reports?late=maybe")
                .then().statusCode(400).body("violations[0].field", equalTo("late"));
    }

    @Test
    void aMalformedBearerTokenIsA401Problem() {
        for (String auth : new String[]{"Bearer ..", "Bearer a.b", "Bearer ", "Bearer a.b.c.d"}) {
            given().header("Authorization", auth).get("/api/me").then().statusCode(401)
                    .contentType("application/problem+json").body("type", equalTo("urn:oer-reporting:problem:unauthenticated"));
        }
    }

    @Test
    void duplicateKeysAndTrailingContentAreA400() {
        put("Q06", "{\"value\":\"yes\",\"value\":\"no\"}").then().statusCode(400)
                .body("type", equalTo("urn:oer-reporting:problem:unreadable-body"))
                .body("violations[0].field", equalTo("value")).body("violations[0].message", containsString("(duplicate)"));
        put("Q06", "{\"value\":\"yes\"}garbage").then().statusCode(400).body("violations[0].message", containsString("(trailing)"));
    }

    @Test
    void textsCarryNoNulNoLoneSurrogateAndNoControlCharacter() {
        put("Q07", "{\"value\":\"a\\u0000b\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("value")).body("violations[0].message", containsString("NUL"));
        put("Q07", "{\"value\":\"a\\ud83db\"}").then().statusCode(400).body("violations[0].message", containsString("surrogate"));
        put("Q07", "{\"value\":\"a\\u001bb\"}").then().statusCode(400).body("violations[0].message", containsString("U+001B"));
        given().header("Authorization", fp()).header("If-Match", "\"" + version() + "\"").contentType("application/json")
                .body(Map.of("answers", Map.of("Q07", "Line one\r\n\tLine two \uD83D\uDE00"))).patch(PATH + "/answers").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String answer = raw("PUT " + PATH + "/answers/Q07 HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + fp()
                + "\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("urn:oer-reporting:problem:body-too-large");
    }

    @Test
    void aTooLongUriIsA414ProblemAndTooLargeHeadersA431Problem() {
        given().header("Authorization", fp()).get("/api/member-states?region=" + "A".repeat(5_000)).then().statusCode(414)
                .contentType("application/problem+json");
        given().header("Authorization", fp()).header("X-Padding", "p".repeat(20_000)).get("/api/member-states").then().statusCode(431)
                .contentType("application/problem+json");
    }

    @Test
    void aPathVertxCannotDecodeIsA400Problem() {
        String answer = raw("GET /api/cycles/oer%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + fp() + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json");
    }

    @Test
    void noErrorQuotesJavaTypes() {
        put("Q06", "[]").then().statusCode(400).body("detail", startsWith("body: must be an object"));
        given().header("Authorization", fp()).header("If-Match", "\"" + version() + "\"").contentType("application/json")
                .body("{\"answers\":[1]}").patch(PATH + "/answers").then().statusCode(400)
                .body("violations[0].field", equalTo("answers")).body("violations[0].message", equalTo("must be an object (type)"));
    }

    String raw(String head) {
        return org.unesco.oer.support.RawHttp.send(base, head);
    }
}
