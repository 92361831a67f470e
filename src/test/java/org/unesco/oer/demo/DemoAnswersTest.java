package org.unesco.oer.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireParser;
import org.unesco.oer.report.ReportEvaluation;
import org.unesco.oer.report.AnswerValidator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo reports' answers are reports a Secretariat could have received: complete and valid. */
class DemoAnswersTest {

    static QuestionnaireDefinition definition() throws Exception {
        String file = "questionnaire/oer-recommendation-2022.1.json";
        return QuestionnaireParser.parse(file, java.nio.file.Files.readString(Path.of(file))).definition();
    }

    @Test
    void aCompleteDemoReportHasNoBlockingIssueForAnyState() throws Exception {
        QuestionnaireDefinition d = definition();
        for (String state : List.of("GHA", "PER", "NZL", "MAR", "VNM", "EST", "CUB", "TUN", "FJI", "LKA")) {
            Map<String, JsonNode> answers = DemoAnswers.of(d, state, 1.0);
            ReportEvaluation evaluation = new ReportEvaluation(d, answers, new AnswerValidator(code -> true)); // every state code exists here
            assertThat(evaluation.blockingIssues()).as(state).isEmpty();
            assertThat(evaluation.completionPercent()).as(state).isEqualTo(100);
        }
    }

    @Test
    void demoReportsDifferBetweenStatesAndAnswerSomeFollowUps() throws Exception {
        QuestionnaireDefinition d = definition();
        Map<String, JsonNode> a = DemoAnswers.of(d, "GHA", 1.0);
        Map<String, JsonNode> b = DemoAnswers.of(d, "PER", 1.0);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.values()).anyMatch(v -> v.isTextual() && v.asText().equals("yes"));
    }

    @Test
    void theSameStateGetsTheSameDemoReportOnEveryStart() throws Exception {
        QuestionnaireDefinition d = definition();
        assertThat(DemoAnswers.of(d, "GHA", 1.0)).isEqualTo(DemoAnswers.of(d, "GHA", 1.0));
    }

    @Test
    void aDraftHoldsOnlyPartOfTheAnswers() throws Exception {
        QuestionnaireDefinition d = definition();
        assertThat(DemoAnswers.of(d, "GHA", 0.4).size()).isLessThan(DemoAnswers.of(d, "GHA", 1.0).size());
    }
}
