package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A report version's answers are written as JSON once and served as those bytes, unchanged, in any script. */
class WrittenOnceMapTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Map<String, JsonNode> answers() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("A1", JsonNodeFactory.instance.textNode("سياسة وطنية للموارد التعليمية المفتوحة \"2024\"\n"));
        answers.put("A2", JsonNodeFactory.instance.textNode("开放教育资源 — Открытые образовательные ресурсы 🎓"));
        answers.put("B1", JsonNodeFactory.instance.numberNode(12));
        return answers;
    }

    @Test
    void theBytesWrittenForAResponseAreTheJsonOfTheAnswersThemselves() throws Exception {
        Map<String, Object> response = Map.of("answers", new WrittenOnceMap<>(answers()));
        byte[] written = MAPPER.writeValueAsBytes(response);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(MAPPER.writeValueAsString(Map.of("answers", answers())));
    }

    @Test
    void aCharacterWriterGetsTheSameJson() throws Exception {
        Map<String, Object> response = Map.of("answers", new WrittenOnceMap<>(answers()));
        assertThat(MAPPER.writeValueAsString(response)).isEqualTo(MAPPER.writeValueAsString(Map.of("answers", answers())));
    }

    @Test
    void aResponseLongerThanTheGeneratorsBufferIsWrittenWhole() throws Exception {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            answers.put("Q" + i, JsonNodeFactory.instance.textNode("نص طويل ".repeat(200) + i));
        }
        byte[] written = MAPPER.writeValueAsBytes(Map.of("answers", new WrittenOnceMap<>(answers)));
        assertThat(MAPPER.readTree(written).get("answers")).isEqualTo(MAPPER.valueToTree(answers));
    }

    @Test
    void theJsonHandedOutCannotChangeWhatLaterResponsesServe() throws Exception {
        WrittenOnceMap<JsonNode> map = new WrittenOnceMap<>(answers());
        byte[] first = map.json().asUnquotedUTF8();
        first[0] = 'x';
        assertThat(new String(map.json().asUnquotedUTF8(), StandardCharsets.UTF_8)).startsWith("{");
    }

    @Test
    void answersDroppedUnderMemoryPressureAreReadBackFromTheirJsonUnchanged() throws Exception {
        Map<String, JsonNode> original = answers();
        original.put("C1", MAPPER.readTree("{\"urls\":[\"https://example.org/a\"],\"share\":12.5}"));
        WrittenOnceMap<JsonNode> map = WrittenOnceMap.ofAnswers(original);
        String json = MAPPER.writeValueAsString(Map.of("answers", map));
        map.forgetValues();
        assertThat(map).containsExactlyEntriesOf(original);
        assertThat(map.get("C1").get("share").isDouble()).isTrue();
        assertThat(MAPPER.writeValueAsString(Map.of("answers", map))).isEqualTo(json);
    }

    @Test
    void answersAreReadBackOnceAndThenKept() {
        WrittenOnceMap<JsonNode> map = WrittenOnceMap.ofAnswers(answers());
        map.forgetValues();
        assertThat(map.get("A1")).isSameAs(map.get("A1"));
    }
}
