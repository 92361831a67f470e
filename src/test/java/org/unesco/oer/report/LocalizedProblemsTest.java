package org.unesco.oer.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.platform.Messages;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.oer.support.ReportFixture.reportPath;

/**
 * Error responses in the language asked (issue 12 §3): in Chinese, Russian and Spanish no English
 * sentence is left; in Arabic and French the title is the bundle's; the problem type stays the same.
 */
@QuarkusTest
class LocalizedProblemsTest {

    private static final String CYCLE = "lang-messages";
    private static final List<String> NO_ENGLISH = List.of("zh", "ru", "es");
    private static final List<String> BUNDLE_TEXT = List.of("ar", "fr");
    /** Three or more words in a row, separated by spaces only. */
    private static final Pattern RUN = Pattern.compile("[A-Za-z]{2,}(?:\\s+[A-Za-z]{2,}){2,}");
    private static final Set<String> ENGLISH_WORDS = englishWords();

    @Inject
    ReportFixture fixture;

    private String prepare(String state) {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, state, "fp-lang-" + state);
        return Tokens.focalPoint("fp-lang-" + state);
    }

    @Test
    void anInvalidAnswerIsSaidInTheLanguageAsked() {
        String fp = prepare("NPL");
        saysEverythingInTheLanguageAsked("invalid-answer", 400, lang -> given().header("Authorization", fp).header("If-Match", "\"0\"")
                .contentType("application/json").body(Map.of("value", "maybe"))
                .put(reportPath(CYCLE, "NPL") + "/answers/Q06?lang=" + lang));
    }

    @Test
    void aMissingIfMatchIsSaidInTheLanguageAsked() {
        String fp = prepare("BTN");
        saysEverythingInTheLanguageAsked("if-match-required", 428, lang -> given().header("Authorization", fp)
                .contentType("application/json").body(Map.of("value", "x"))
                .put(reportPath(CYCLE, "BTN") + "/answers/Q02?lang=" + lang));
    }

    @Test
    void aStaleVersionIsSaidInTheLanguageAsked() {
        String fp = prepare("LKA");
        saysEverythingInTheLanguageAsked("stale-version", 409, lang -> given().header("Authorization", fp).header("If-Match", "\"99\"")
                .contentType("application/json").body(Map.of("value", "x"))
                .put(reportPath(CYCLE, "LKA") + "/answers/Q02?lang=" + lang));
    }

    @Test
    void anUnknownQuestionIsSaidInTheLanguageAsked() {
        String fp = prepare("MDV");
        saysEverythingInTheLanguageAsked("not-found", 404, lang -> given().header("Authorization", fp).header("If-Match", "\"0\"")
                .contentType("application/json").body(Map.of("value", "x"))
                .put(reportPath(CYCLE, "MDV") + "/answers/NO_SUCH_QUESTION?lang=" + lang));
    }

    @Test
    void aForbiddenOperationIsSaidInTheLanguageAsked() {
        String fp = prepare("KHM");
        saysEverythingInTheLanguageAsked("forbidden", 403, lang -> given().header("Authorization", fp).contentType("application/json")
                .body(Map.of("state", "KHM", "deadline", "2100-01-01", "reason", "x"))
                .post("/api/cycles/" + CYCLE + "/extensions?lang=" + lang));
    }

    @Test
    void aMissingTokenIsSaidInTheLanguageAsked() {
        fixture.openCycle(CYCLE);
        saysEverythingInTheLanguageAsked("unauthenticated", 401, lang -> given().get(reportPath(CYCLE, "LAO") + "?lang=" + lang));
    }

    @Test
    void aBodyThatIsNotJsonIsSaidInTheLanguageAsked() {
        String fp = prepare("MNG");
        saysEverythingInTheLanguageAsked("unreadable-body", 400, lang -> given().header("Authorization", fp).header("If-Match", "\"0\"")
                .contentType("application/json").body("{\"value\": ")
                .put(reportPath(CYCLE, "MNG") + "/answers/Q02?lang=" + lang));
    }

    @Test
    void aLockedReportIsSaidInTheLanguageAsked() {
        String fp = prepare("PNG");
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "PNG", fixture.completeAnswers("PNG"), 0);
        ReportFixture.submit(fp, reportPath(CYCLE, "PNG")).statusCode(200);
        int version = ReportFixture.version(fp, CYCLE, "PNG");
        saysEverythingInTheLanguageAsked("report-locked", 409, lang -> given().header("Authorization", fp)
                .header("If-Match", "\"" + version + "\"").contentType("application/json").body(Map.of("value", "x"))
                .put(reportPath(CYCLE, "PNG") + "/answers/Q02?lang=" + lang));
    }

    @Test
    void aClosedSubmissionWindowIsSaidInTheLanguageAsked() {
        String cycle = fixture.closedCycle("lang-messages-closed");
        fixture.designate(cycle, "FJI", "fp-lang-closed-FJI");
        String fp = Tokens.focalPoint("fp-lang-closed-FJI");
        saysEverythingInTheLanguageAsked("submission-window-closed", 409, lang -> given().header("Authorization", fp)
                .header("If-Match", "\"0\"").post(reportPath(cycle, "FJI") + "/submit?lang=" + lang));
    }

    @Test
    void anIncompleteReportIsSaidInTheLanguageAsked() {
        String fp = prepare("WSM");
        saysEverythingInTheLanguageAsked("report-incomplete", 422, lang -> given().header("Authorization", fp)
                .header("If-Match", "\"0\"").post(reportPath(CYCLE, "WSM") + "/submit?lang=" + lang));
    }

    @Test
    void acceptLanguageChoosesTheLanguageWhenNoLangIsGiven() {
        String fp = prepare("TON");
        Response response = given().header("Authorization", fp).header("Accept-Language", "de-CH, ru;q=0.8, en;q=0.5")
                .contentType("application/json").body(Map.of("value", "x")).put(reportPath(CYCLE, "TON") + "/answers/Q02");
        assertThat(response.statusCode()).isEqualTo(428);
        assertThat(response.jsonPath().getString("title")).isEqualTo(Messages.bundle("ru").get("title.if-match-required"));
    }

    @Test
    void langWinsOverAcceptLanguage() {
        String fp = prepare("VUT");
        Response response = given().header("Authorization", fp).header("Accept-Language", "ru")
                .contentType("application/json").body(Map.of("value", "x")).put(reportPath(CYCLE, "VUT") + "/answers/Q02?lang=es");
        assertThat(response.jsonPath().getString("title")).isEqualTo(Messages.bundle("es").get("title.if-match-required"));
    }

    @Test
    void withoutLangOrAcceptLanguageErrorsStayEnglish() {
        String fp = prepare("TUV");
        Response response = given().header("Authorization", fp).contentType("application/json").body(Map.of("value", "x"))
                .put(reportPath(CYCLE, "TUV") + "/answers/Q02");
        assertThat(response.jsonPath().getString("title")).isEqualTo("If-Match required");
    }

    /** The same problem type in every language; zh, ru, es free of English; ar, fr with their bundle's title. */
    private void saysEverythingInTheLanguageAsked(String slug, int status, Function<String, Response> request) {
        for (String lang : Messages.languages()) {
            Response response = request.apply(lang);
            assertThat(response.statusCode()).as("status in %s", lang).isEqualTo(status);
            assertThat(response.contentType()).startsWith("application/problem+json");
            JsonPath json = response.jsonPath();
            assertThat(json.getString("type")).isEqualTo("urn:oer-reporting:problem:" + slug);
            assertThat(json.getString("title")).as("title in %s", lang).isEqualTo(Messages.bundle(lang).get("title." + slug));
            assertThat(json.getString("detail")).as("detail in %s", lang).isNotBlank();
            if ("en".equals(lang)) {
                // The detector finds the English it looks for.
                assertThat(englishRuns(json.getString("detail"))).as("English detail").isNotEmpty();
            }
            if (NO_ENGLISH.contains(lang)) {
                for (String text : texts(json)) {
                    assertThat(englishRuns(text)).as("English in %s: %s", lang, text).isEmpty();
                }
            }
            if (BUNDLE_TEXT.contains(lang)) {
                assertThat(json.getString("detail")).as("detail in %s", lang).isNotEqualTo(request.apply("en").jsonPath().getString("detail"));
            }
        }
    }

    private static List<String> texts(JsonPath json) {
        List<String> texts = new ArrayList<>(List.of(json.getString("title"), json.getString("detail")));
        List<String> messages = json.getList("violations.message", String.class);
        if (messages != null) {
            texts.addAll(messages);
        }
        return texts;
    }

    /** Runs of three or more words that are all words of the English bundle. */
    private static List<String> englishRuns(String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            boolean allEnglish = true;
            for (String word : m.group().split("\\s+")) {
                allEnglish &= ENGLISH_WORDS.contains(word.toLowerCase(Locale.ROOT));
            }
            if (allEnglish) {
                runs.add(m.group());
            }
        }
        return runs;
    }

    private static Set<String> englishWords() {
        Set<String> words = new HashSet<>();
        Messages.bundle("en").values().forEach(v -> {
            for (String w : v.split("[^A-Za-z]+")) {
                if (w.length() >= 2) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        });
        return words;
    }
}
