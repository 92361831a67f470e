package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each loader failure is reported with the file name and the JSON path of the fault. */
class QuestionnaireParserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private ObjectNode root;

    @BeforeEach
    void readFixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/questionnaires/minimal.json")) {
            root = (ObjectNode) MAPPER.readTree(in);
        }
    }

    private ObjectNode question(int index) {
        return (ObjectNode) root.path("sections").get(0).path("questions").get(index);
    }

    private void assertRejected(String expectedProblem) {
        assertThatThrownBy(() -> QuestionnaireParser.parse("broken.json", root.toString()))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining("broken.json")
                .satisfies(e -> assertThat(((InvalidQuestionnaireException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains(expectedProblem)));
    }

    @Test
    void aValidFileParsesWithAStableChecksum() {
        var first = QuestionnaireParser.parse("ok.json", root.toString());
        var reformatted = QuestionnaireParser.parse("ok.json", root.toPrettyString());
        assertThat(first.definition().questions()).hasSize(3);
        assertThat(first.checksum()).hasSize(64).isEqualTo(reformatted.checksum());
    }

    @Test
    void aContentChangeChangesTheChecksum() {
        String before = QuestionnaireParser.parse("ok.json", root.toString()).checksum();
        ((ObjectNode) question(0).path("label")).put("en", "Promoted and shared?");
        assertThat(QuestionnaireParser.parse("ok.json", root.toString()).checksum()).isNotEqualTo(before);
    }

    @Test
    void unknownTypeIsRejected() {
        question(1).put("type", "essay");
        assertRejected("$.sections[0].questions[1].type: unknown type 'essay'");
    }

    @Test
    void duplicateQuestionCodeIsRejected() {
        question(1).put("code", "Q01");
        assertRejected("$.sections[0].questions[1].code: duplicate question code 'Q01'");
    }

    @Test
    void duplicateOptionCodeIsRejected() {
        ((ObjectNode) question(0).path("options").get(1)).put("code", "yes");
        assertRejected("$.sections[0].questions[0].options[1].code: duplicate option code 'yes'");
    }

    @Test
    void duplicateSectionCodeIsRejected() {
        ((ArrayNode) root.path("sections")).add(root.path("sections").get(0).deepCopy());
        assertRejected("$.sections[1].code: duplicate section code 'GENERAL'");
    }

    @Test
    void relevanceToAMissingQuestionIsRejected() {
        ((ObjectNode) question(1).path("relevance")).put("question", "Q99");
        assertRejected("$.sections[0].questions[1].relevance.question: refers to 'Q99'");
    }

    @Test
    void relevanceToAMissingOptionIsRejected() {
        ((ArrayNode) question(1).path("relevance").path("values")).set(0, "maybe");
        assertRejected("$.sections[0].questions[1].relevance.values[0]: 'maybe' is not an option of question 'Q01'");
    }

    @Test
    void relevanceToALaterQuestionIsRejected() {
        question(0).set("relevance", MAPPER.createObjectNode().put("question", "Q02").set("values", MAPPER.createArrayNode().add("x")));
        assertRejected("$.sections[0].questions[0].relevance.question: refers to 'Q02', which is not an earlier question");
    }

    @Test
    void indicatorOnAMissingQuestionIsRejected() {
        ((ObjectNode) root.path("indicators").get(0)).put("question", "Q77");
        assertRejected("$.indicators[0].question: refers to missing question 'Q77'");
    }

    @Test
    void indicatorOnAMissingOptionIsRejected() {
        ((ArrayNode) root.path("indicators").get(0).path("values")).add("adopted");
        assertRejected("$.indicators[0].values[1]: 'adopted' is not an option of question 'Q01'");
    }

    @Test
    void missingTranslationIsRejectedWithItsLanguage() {
        ((ObjectNode) question(1).path("label")).remove("ar");
        assertRejected("$.sections[0].questions[1].label.ar: missing translation");
    }

    @Test
    void missingOptionTranslationIsRejected() {
        ((ObjectNode) question(0).path("options").get(0).path("label")).put("fr", " ");
        assertRejected("$.sections[0].questions[0].options[0].label.fr: missing translation");
    }

    @Test
    void undeclaredLanguageIsRejected() {
        ((ObjectNode) question(1).path("label")).put("es", "Detalles");
        assertRejected("$.sections[0].questions[1].label.es: language 'es' is not declared");
    }

    @Test
    void optionsOnATextQuestionAreRejected() {
        question(1).set("options", question(0).path("options").deepCopy());
        assertRejected("$.sections[0].questions[1].options: type 'long_text' takes no options");
    }

    @Test
    void choiceQuestionWithoutOptionsIsRejected() {
        question(0).remove("options");
        assertRejected("$.sections[0].questions[0].options: type 'yes_no' needs options");
    }

    @Test
    void groupFieldOfAComplexTypeIsRejected() {
        ((ObjectNode) question(2).path("fields").get(0)).put("type", "contact");
        assertRejected("$.sections[0].questions[2].fields[0].type: type 'contact' cannot be a field of a repeatable group");
    }

    @Test
    void unknownKeyIsRejected() {
        question(0).put("mandatory", true);
        assertRejected("$.sections[0].questions[0].mandatory: unknown key");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> QuestionnaireParser.parse("broken.json", "{\n  \"format\": 1,\n  \"id\" \"x\"\n}"))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("line 3");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        question(1).put("type", "essay");
        ((ObjectNode) question(0).path("label")).remove("fr");
        assertThatThrownBy(() -> QuestionnaireParser.parse("broken.json", root.toString()))
                .isInstanceOfSatisfying(InvalidQuestionnaireException.class, e -> assertThat(e.problems()).hasSize(2));
    }
}
