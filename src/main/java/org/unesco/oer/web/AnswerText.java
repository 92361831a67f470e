package org.unesco.oer.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedField;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedOption;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** An answer as a sentence a reader understands: option labels, one entry per line. */
final class AnswerText {

    private AnswerText() {
    }

    static String of(LocalizedQuestion q, JsonNode v, Map<String, String> components, Function<String, String> stateName) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        return switch (q.type()) {
            case YES_NO, YES_NO_NA, SINGLE_CHOICE -> label(q.options(), v.asText());
            case MULTIPLE_CHOICE -> join(v, item -> label(q.options(), item.asText()));
            case URL_LIST -> join(v, JsonNode::asText);
            case MEMBER_STATE -> stateName.apply(v.asText());
            case CONTACT -> fields(v, FormCodec.CONTACT_KEYS, components);
            case PERSON_LIST -> join(v, item -> fields(item, FormCodec.PERSON_KEYS, components).replace("\n", ", "));
            case REPEATABLE_GROUP -> join(v, item -> group(q, item));
            default -> v.isTextual() ? v.asText() : v.toString();
        };
    }

    private static String group(LocalizedQuestion q, JsonNode item) {
        List<String> parts = new ArrayList<>();
        for (LocalizedField f : q.fields() == null ? List.<LocalizedField>of() : q.fields()) {
            JsonNode v = item.get(f.code());
            if (v != null && !v.isNull()) {
                String text = f.options() != null ? label(f.options(), v.asText()) : v.asText();
                parts.add(f.label() + ": " + text);
            }
        }
        return String.join("; ", parts);
    }

    private static String fields(JsonNode v, List<String> keys, Map<String, String> components) {
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            JsonNode f = v.get(key);
            if (f != null && !f.isNull() && !f.asText().isBlank()) {
                lines.add(components.getOrDefault(key, key) + ": " + f.asText());
            }
        }
        return String.join("\n", lines);
    }

    private static String join(JsonNode v, Function<JsonNode, String> each) {
        List<String> lines = new ArrayList<>();
        v.forEach(item -> lines.add(each.apply(item)));
        return String.join("\n", lines);
    }

    private static String label(List<LocalizedOption> options, String code) {
        if (options != null) {
            for (LocalizedOption o : options) {
                if (o.code().equals(code)) {
                    return o.label();
                }
            }
        }
        return code;
    }
}
