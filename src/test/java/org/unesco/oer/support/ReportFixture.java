package org.unesco.oer.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unesco.oer.cycle.CycleDtos.CreateCycleRequest;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.identity.DesignationService;
import org.unesco.oer.identity.DesignationService.NewDesignation;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.report.AnswerValidator;
import org.unesco.oer.report.ReportEvaluation;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Builds what report tests need: designations, cycles with chosen dates, complete answer sets. */
@ApplicationScoped
public class ReportFixture {

    /** The report tests' shared open cycle ({@link #openCycle()}), dated around the test clock's today. */
    public static final String OPEN_CYCLE = "test-open";
    /** The zone of every cycle the fixture creates (unless given another one). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Inject
    InstantSource clock;
    @Inject
    DesignationService designations;
    @Inject
    CycleService cycles;
    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    Languages languages;

    /** A title in every configured language, e.g. "Test x [zh]". */
    public Map<String, String> titles(String title) {
        Map<String, String> titles = new LinkedHashMap<>();
        languages.supported().forEach(l -> titles.put(l, title + " [" + l + "]"));
        return titles;
    }

    /** Designates a focal point (bound to the subject of their test token) for a state. */
    public void designate(String cycle, String state, String username) {
        QuarkusTransaction.requiringNew().run(() -> designations.designate(new NewDesignation(cycle, state, username,
                Tokens.subjectOf(username), "Test " + username, username + "@example.org", null, null, "test"), "test", "secretariat"));
    }

    /** Designates {@code fp-<state>} for the state in the open cycle; returns its bearer token. */
    public String focalPointInOpenCycle(String state) {
        String username = "fp-" + state.toLowerCase();
        designate(openCycle(), state, username);
        return Tokens.focalPoint(username);
    }

    /** A cycle with its own dates (relative to today), so tests can be on time, late or closed. */
    public String cycle(String code, LocalDate opens, LocalDate deadline, LocalDate hardClose) {
        return cycle(code, opens, deadline, hardClose, ZONE.getId());
    }

    /** Today in {@link #ZONE} by the service's clock (the test clock), not by the calendar on the wall. */
    public LocalDate today() {
        return today(ZONE);
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The shared open cycle {@link #OPEN_CYCLE}, created on first use. */
    public String openCycle() {
        return openCycle(OPEN_CYCLE);
    }

    /** Open: opened 30 days ago, deadline in 60 days, hard close in 120. */
    public String openCycle(String code) {
        LocalDate today = today();
        return cycle(code, today.minusDays(30), today.plusDays(60), today.plusDays(120));
    }

    /** Past its deadline (3 days ago): submissions are late until the hard close in 30 days. */
    public String lateCycle(String code) {
        LocalDate today = today();
        return cycle(code, today.minusDays(60), today.minusDays(3), today.plusDays(30));
    }

    /** The last day of a cycle's deadline, as stored. */
    public LocalDate deadlineOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ReportingCycle.<ReportingCycle>findById(code).deadlineDate);
    }

    /** Closed: deadline 30 days ago, hard close 2 days ago. */
    public String closedCycle(String code) {
        LocalDate today = today();
        return cycle(code, today.minusDays(90), today.minusDays(30), today.minusDays(2));
    }

    public String cycle(String code, LocalDate opens, LocalDate deadline, LocalDate hardClose, String zone) {
        if (QuarkusTransaction.requiringNew().call(() -> ReportingCycle.findById(code)) == null) {
            cycles.create(new CreateCycleRequest(code, titles("Test " + code), null, null, null, null, null, opens, deadline,
                    zone, hardClose, null, "2022.1"));
        }
        return code;
    }

    public QuestionnaireDefinition definition() {
        return catalog.require("2022.1").definition();
    }

    /** A valid answer for every relevant required question, choosing "no" so that follow-ups stay hidden. */
    public Map<String, JsonNode> completeAnswers(String state) {
        QuestionnaireDefinition d = definition();
        AnswerValidator validator = new AnswerValidator(code -> true);
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Question q : d.questions().toList()) {
            ReportEvaluation evaluation = new ReportEvaluation(d, answers, validator);
            if (q.required() && evaluation.checks().get(q.code()).state() != ReportEvaluation.QuestionState.HIDDEN) {
                answers.put(q.code(), valueFor(q, state));
            }
        }
        return answers;
    }

    public static JsonNode valueFor(Question q, String state) {
        return switch (q.type()) {
            case YES_NO, YES_NO_NA -> F.textNode("no");
            case SINGLE_CHOICE -> F.textNode(q.options().get(q.options().size() - 1).code());
            case MULTIPLE_CHOICE -> F.arrayNode().add(q.options().get(0).code());
            case SHORT_TEXT, LONG_TEXT -> F.textNode("Answer to " + q.code());
            case URL -> F.textNode("https://example.org/" + q.code());
            case URL_LIST -> F.arrayNode().add("https://example.org/" + q.code());
            case NUMBER -> F.numberNode(q.constraints() != null && q.constraints().min() != null ? q.constraints().min().intValue() : 1);
            case DATE -> F.textNode("2022-06-15");
            case MEMBER_STATE -> F.textNode(state);
            case CONTACT -> F.objectNode().put("name", "A. Person").put("email", "a.person@example.org");
            case PERSON_LIST -> F.arrayNode().add(F.objectNode().put("name", "B. Official"));
            case REPEATABLE_GROUP -> {
                ObjectNode item = F.objectNode();
                for (Field f : q.fields()) {
                    if (f.required()) {
                        item.set(f.code(), F.textNode("Item " + f.code()));
                    }
                }
                yield F.arrayNode().add(item);
            }
        };
    }

    // ---- HTTP helpers -----------------------------------------------------------------------

    public static String reportPath(String cycle, String state) {
        return "/api/cycles/" + cycle + "/reports/" + state;
    }

    public static int version(String auth, String cycle, String state) {
        return given().header("Authorization", auth).get(reportPath(cycle, state)).then().statusCode(200)
                .extract().path("version");
    }

    public static int patch(String auth, String cycle, String state, Map<String, ?> answers, int ifMatch) {
        return given().header("Authorization", auth).header("If-Match", "\"" + ifMatch + "\"")
                .contentType("application/json").body(Map.of("answers", answers))
                .patch(reportPath(cycle, state) + "/answers").then().statusCode(200).extract().path("version");
    }

    /** Submits the report at its current version, as a client that has just loaded it does (If-Match). */
    public static ValidatableResponse submit(String auth, String reportPath) {
        int version = given().header("Authorization", auth).get(reportPath).then().statusCode(200).extract().path("version");
        return given().header("Authorization", auth).header("If-Match", "\"" + version + "\"")
                .post(reportPath + "/submit").then();
    }

    /** Completes and submits the state's report as its focal point (designated already). */
    public void submitted(String auth, String cycle, String state) {
        patch(auth, cycle, state, completeAnswers(state), version(auth, cycle, state));
        submit(auth, reportPath(cycle, state)).statusCode(200);
    }

    /** Completes, submits and has the Secretariat return the report with one comment on a question. */
    public void returnedWithComment(String auth, String cycle, String state, String reason, String question, String comment) {
        submitted(auth, cycle, state);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("reason", reason, "comments", List.of(Map.of("question", question, "text", comment))))
                .post(reportPath(cycle, state) + "/return").then().statusCode(200);
    }

    public static List<String> list(String... values) {
        return List.of(values);
    }
}
