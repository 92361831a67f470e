package org.unesco.oer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedField;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedQuestion;
import org.unesco.oer.questionnaire.QuestionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Between an answer's JSON value (as the API stores it) and the fields of an HTML form, one rule
 * per question type. Form field names start with the question code: {@code Q03.email},
 * {@code Q04.0.name}, {@code A1_INITIATIVES.2.YEAR}; a list says how many rows it showed in
 * {@code <code>.rows}. What cannot be read (a number that is not one) is an error in the
 * user's words, and the form keeps what they typed.
 */
public final class FormCodec {

    static final List<String> CONTACT_KEYS = List.of("name", "title", "institution", "email", "phone");
    static final List<String> PERSON_KEYS = List.of("name", "title", "institution");
    private static final int MAX_ROWS = 100;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormCodec() {
    }

    /** Read from the form, or an error; {@code value} null means "no answer" (clears). */
    public record Decoded(JsonNode value, FormValue shown, String error) {
    }

    public static FormValue toForm(LocalizedQuestion q, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return FormValue.EMPTY;
        }
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                Set<String> selected = new LinkedHashSet<>();
                v.forEach(item -> selected.add(item.asText()));
                yield new FormValue("", selected, Map.of(), List.of());
            }
            case YES_NO, YES_NO_NA, SINGLE_CHOICE, MEMBER_STATE -> new FormValue(v.asText(), Set.of(v.asText()), Map.of(), List.of());
            case URL_LIST -> {
                List<String> lines = new ArrayList<>();
                v.forEach(item -> lines.add(item.asText()));
                yield new FormValue(String.join("\n", lines), Set.of(), Map.of(), List.of());
            }
            case NUMBER -> new FormValue(v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText(),
                    Set.of(), Map.of(), List.of());
            case CONTACT -> new FormValue("", Set.of(), texts(v, CONTACT_KEYS), List.of());
            case PERSON_LIST -> new FormValue("", Set.of(), Map.of(), rows(v, PERSON_KEYS));
            case REPEATABLE_GROUP -> new FormValue("", Set.of(), Map.of(),
                    rows(v, q.fields() == null ? List.of() : q.fields().stream().map(LocalizedField::code).toList()));
            default -> new FormValue(v.isTextual() ? v.asText() : v.toString(), Set.of(), Map.of(), List.of());
        };
    }

    public static Decoded fromForm(LocalizedQuestion q, MultivaluedMap<String, String> form, Msg msg) {
        String code = q.code();
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                List<String> ticked = form.getOrDefault(code, List.of()).stream().filter(s -> !s.isBlank()).distinct().toList();
                FormValue shown = new FormValue("", new LinkedHashSet<>(ticked), Map.of(), List.of());
                if (ticked.isEmpty()) {
                    yield new Decoded(null, shown, null);
                }
                ArrayNode items = JSON.arrayNode();
                ticked.forEach(items::add);
                yield new Decoded(items, shown, null);
            }
            case YES_NO, YES_NO_NA, SINGLE_CHOICE, MEMBER_STATE -> {
                String chosen = trimmed(form.getFirst(code));
                yield new Decoded(chosen.isEmpty() ? null : JSON.textNode(chosen),
                        new FormValue(chosen, chosen.isEmpty() ? Set.of() : Set.of(chosen), Map.of(), List.of()), null);
            }
            case URL_LIST -> {
                String text = form.getFirst(code) == null ? "" : form.getFirst(code);
                ArrayNode items = JSON.arrayNode();
                text.lines().map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
                yield new Decoded(items.isEmpty() ? null : items, new FormValue(text, Set.of(), Map.of(), List.of()), null);
            }
            case NUMBER -> {
                String text = trimmed(form.getFirst(code));
                FormValue shown = new FormValue(text, Set.of(), Map.of(), List.of());
                if (text.isEmpty()) {
                    yield new Decoded(null, shown, null);
                }
                JsonNode number = number(text);
                yield number == null ? new Decoded(null, shown, msg.enterNumber()) : new Decoded(number, shown, null);
            }
            case CONTACT -> {
                Map<String, String> fields = new LinkedHashMap<>();
                ObjectNode contact = JSON.objectNode();
                for (String key : CONTACT_KEYS) {
                    String text = trimmed(form.getFirst(code + "." + key));
                    fields.put(key, text);
                    if (!text.isEmpty()) {
                        contact.put(key, text);
                    }
                }
                yield new Decoded(contact.isEmpty() ? null : contact, new FormValue("", Set.of(), fields, List.of()), null);
            }
            case PERSON_LIST -> list(code, PERSON_KEYS.stream().map(k -> new Column(k, QuestionType.SHORT_TEXT)).toList(), form, msg);
            case REPEATABLE_GROUP -> list(code, q.fields() == null ? List.of()
                    : q.fields().stream().map(f -> new Column(f.code(), f.type())).toList(), form, msg);
            default -> {
                String raw = form.getFirst(code) == null ? "" : form.getFirst(code);
                String text = q.type() == QuestionType.LONG_TEXT ? raw.strip() : raw.trim();
                yield new Decoded(text.isEmpty() ? null : JSON.textNode(text), new FormValue(raw, Set.of(), Map.of(), List.of()), null);
            }
        };
    }

    private record Column(String code, QuestionType type) {
    }

    /** Rows of a person list or group; blank rows are dropped, numbers of a group are read as numbers. */
    private static Decoded list(String code, List<Column> columns, MultivaluedMap<String, String> form, Msg msg) {
        int shownRows = Math.min(MAX_ROWS, parseRows(form.getFirst(code + ".rows")));
        List<Map<String, String>> rows = new ArrayList<>();
        ArrayNode items = JSON.arrayNode();
        String error = null;
        for (int i = 0; i < shownRows; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            ObjectNode item = JSON.objectNode();
            for (Column c : columns) {
                String text = trimmed(form.getFirst(code + "." + i + "." + c.code()));
                row.put(c.code(), text);
                if (text.isEmpty()) {
                    continue;
                }
                if (c.type() == QuestionType.NUMBER) {
                    JsonNode number = number(text);
                    if (number == null) {
                        error = msg.enterNumber();
                    } else {
                        item.set(c.code(), number);
                    }
                } else {
                    item.put(c.code(), text);
                }
            }
            if (!item.isEmpty() || row.values().stream().anyMatch(s -> !s.isEmpty())) {
                rows.add(row);
                items.add(item);
            }
        }
        FormValue shown = new FormValue("", Set.of(), Map.of(), rows);
        return new Decoded(items.isEmpty() ? null : items, shown, error);
    }

    private static int parseRows(String rows) {
        try {
            return rows == null ? 0 : Math.max(0, Integer.parseInt(rows.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A decimal as people write it: 1200, 1 200, 12.5 or 12,5. */
    static JsonNode number(String text) {
        String plain = text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!plain.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain);
        return value.scale() <= 0 ? JSON.numberNode(value.longValueExact()) : JSON.numberNode(value);
    }

    private static Map<String, String> texts(JsonNode v, List<String> keys) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : keys) {
            JsonNode f = v.get(key);
            fields.put(key, f == null || f.isNull() ? "" : f.asText());
        }
        return fields;
    }

    private static List<Map<String, String>> rows(JsonNode v, List<String> keys) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(item -> rows.add(texts(item, keys)));
        }
        return rows;
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.trim();
    }
}
