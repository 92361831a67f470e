package org.unesco.oer.questionnaire;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The first consultation's questionnaire, as shipped in questionnaire/. */
class ShippedQuestionnaireTest {

    private static QuestionnaireDefinition definition;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = ShippedQuestionnaireTest.class.getResourceAsStream("/questionnaire/oer-recommendation-2022.1.json")) {
            definition = QuestionnaireParser.parse("oer-recommendation-2022.1.json",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)).definition();
        }
    }

    @Test
    void recoveredQuestionsComeFirstInTheirOfficialOrder() {
        List<String> codes = definition.questions().map(QuestionnaireDefinition.Question::code).toList();
        assertThat(codes.subList(0, 5)).containsExactly("Q01", "Q02", "Q03", "Q04", "Q05");
        assertThat(codes).containsSubsequence("Q06", "Q07", "Q08", "Q09", "Q10");
        assertThat(definition.question("Q01").orElseThrow().type()).isEqualTo(QuestionType.MEMBER_STATE);
        assertThat(definition.question("Q03").orElseThrow().type()).isEqualTo(QuestionType.CONTACT);
        assertThat(definition.question("Q08").orElseThrow().type()).isEqualTo(QuestionType.YES_NO_NA);
        assertThat(definition.question("Q07").orElseThrow().relevance().question()).isEqualTo("Q06");
    }

    @Test
    void everyQuestionSaysWhetherItWasRecoveredOrReconstructed() {
        assertThat(definition.questions()).allSatisfy(q -> assertThat(q.origin()).isIn("recovered", "reconstructed"));
        assertThat(definition.questions().filter(q -> q.origin().equals("recovered"))).isNotEmpty();
    }

    @Test
    void everyAreaOfActionAndMonitoringHasQuestionsTaggedWithTheirParagraph() {
        Map<String, Integer> paragraphs = Map.of("i", 11, "ii", 12, "iii", 13, "iv", 14, "v", 15, "monitoring", 16);
        paragraphs.forEach((area, paragraph) -> assertThat(definition.questions()
                .filter(q -> q.reference() != null && area.equals(q.reference().area())))
                .as("area %s", area)
                .isNotEmpty()
                .anySatisfy(q -> assertThat(q.reference().paragraph()).isEqualTo(paragraph)));
    }

    @Test
    void theIncentivesQuestionCitesParagraph12() {
        assertThat(definition.questions().filter(q -> q.reference() != null
                && "ii".equals(q.reference().area()) && "recovered".equals(q.origin())
                && q.reference().items() != null && q.reference().items().containsAll(List.of("b", "c", "d", "f"))))
                .isNotEmpty();
    }

    @Test
    void theFiveHeadlineIndicatorsAreDefined() {
        assertThat(definition.indicators().stream().filter(QuestionnaireDefinition.Indicator::headline)
                .map(QuestionnaireDefinition.Indicator::code))
                .containsExactlyInAnyOrder("CAPACITY_BUILDING", "REPOSITORIES_EXIST_OR_PLANNED",
                        "POLICY_ADOPTED_OR_DEVELOPING", "OER_IN_NATIONAL_STRATEGIES", "FUNDING_SECURED");
    }

    @Test
    void everyTextExistsInEnglishFrenchAndArabic() {
        assertThat(definition.languages()).containsExactly("en", "fr", "ar");
        Stream<Map<String, String>> texts = definition.questions().flatMap(q -> Stream.concat(
                Stream.of(q.label()),
                q.options() == null ? Stream.empty() : q.options().stream().map(QuestionnaireDefinition.Option::label)));
        assertThat(texts).allSatisfy(t -> assertThat(t.get("ar")).matches(".*[\\u0600-\\u06FF].*"));
    }
}
