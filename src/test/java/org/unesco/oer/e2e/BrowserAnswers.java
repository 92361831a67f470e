package org.unesco.oer.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers the end-to-end tests send through the API: every required question that shows whatever
 * is answered ("no" and the last option keep follow-ups hidden), read from the shipped questionnaire.
 */
final class BrowserAnswers {

    private BrowserAnswers() {
    }

    /** A complete report: submittable as it is. */
    static Map<String, Object> complete(String state) {
        return except(state, Set.of());
    }

    /** Every section's answers but those of {@code skipped}. */
    static Map<String, Object> except(String state, Set<String> skipped) {
        JsonNode questionnaire;
        try {
            questionnaire = new ObjectMapper().readTree(LocalStack.ROOT.resolve("questionnaire/oer-recommendation-2022.1.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (JsonNode s : questionnaire.path("sections")) {
            if (skipped.contains(s.path("code").asText())) {
                continue;
            }
            for (JsonNode q : s.path("questions")) {
                if (!q.path("required").asBoolean() || q.has("relevance")) {
                    continue;
                }
                JsonNode options = q.path("options");
                Object value = switch (q.path("type").asText()) {
                    case "yes_no", "yes_no_na" -> "no";
                    case "single_choice" -> options.get(options.size() - 1).path("code").asText();
                    case "member_state" -> state;
                    case "contact" -> Map.of("name", "Ana Souza", "email", "ana.souza@example.org");
                    case "person_list" -> List.of(Map.of("name", "Ana Souza"));
                    default -> "Answer to " + q.path("code").asText();
                };
                answers.put(q.path("code").asText(), value);
            }
        }
        return answers;
    }
}
