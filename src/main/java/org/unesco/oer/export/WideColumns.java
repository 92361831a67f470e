package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The columns one question (or group field) takes in a one-row-per-state sheet: a choice is one
 * column; a multiple choice one 1/0 column per option plus the combined answer; a contact one
 * column per component; lists are joined one item per line. Unanswered means blank (never 0).
 */
final class WideColumns {

    static final List<String> CONTACT_PARTS = List.of("name", "title", "institution", "email", "phone");

    /** One column: its header, width, and how it writes a value (never null) into the current row. */
    record Column(String header, Integer width, CellWriter writer) {
    }

    @FunctionalInterface
    interface CellWriter {
        void write(JsonNode value, SheetWriter out);
    }

    /** Option labels in the export language, or codes, state names for member_state answers, and the workbook's words. */
    record Vocabulary(boolean codes, Function<Map<String, String>, String> label, Function<String, String> stateName,
                      ExportWords words) {
    }

    private WideColumns() {
    }

    static List<Column> of(String code, QuestionType type, List<Option> options, Integer width, Vocabulary v) {
        List<Column> columns = new ArrayList<>();
        switch (type) {
            case YES_NO, YES_NO_NA, SINGLE_CHOICE -> columns.add(new Column(code, width,
                    (value, out) -> out.text(choice(value.asText(), options, v))));
            case MULTIPLE_CHOICE -> {
                for (Option o : options) {
                    columns.add(new Column(code + "." + o.code(), 6, (value, out) -> out.integer(contains(value, o.code()) ? 1 : 0)));
                }
                columns.add(new Column(code, width, (value, out) -> {
                    StringJoiner joined = new StringJoiner("; ");
                    value.forEach(item -> joined.add(choice(item.asText(), options, v)));
                    out.wrappedWholeInFreeText(joined.toString());
                }));
            }
            case SHORT_TEXT, LONG_TEXT, URL -> columns.add(new Column(code, width,
                    (value, out) -> out.wrappedWholeInFreeText(value.asText())));
            case URL_LIST -> columns.add(new Column(code, width, (value, out) -> out.wrappedWholeInFreeText(lines(value))));
            case NUMBER -> columns.add(new Column(code, width, (value, out) -> number(value, out)));
            case DATE -> columns.add(new Column(code, width, (value, out) -> date(value, out)));
            case MEMBER_STATE -> columns.add(new Column(code, width,
                    (value, out) -> out.text(v.codes() ? value.asText() : v.stateName().apply(value.asText()))));
            case CONTACT -> CONTACT_PARTS.forEach(part -> columns.add(new Column(code + "." + part, width,
                    (value, out) -> out.text(value.hasNonNull(part) ? value.get(part).asText() : null))));
            case PERSON_LIST -> columns.add(new Column(code, width, (value, out) -> out.wrappedWholeInFreeText(persons(value))));
            case REPEATABLE_GROUP -> columns.add(new Column(v.words().get("col.items", code), 8, (value, out) -> out.integer(value.size())));
        }
        return columns;
    }

    static String choice(String code, List<Option> options, Vocabulary v) {
        if (v.codes() || options == null) {
            return code;
        }
        return options.stream().filter(o -> o.code().equals(code)).findFirst().map(o -> v.label().apply(o.label())).orElse(code);
    }

    static boolean contains(JsonNode array, String code) {
        for (JsonNode item : array) {
            if (code.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }

    static String lines(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        StringJoiner joined = new StringJoiner("\n");
        value.forEach(item -> joined.add(item.asText()));
        return joined.toString();
    }

    /** "Name (Title, Institution)", one person per line. */
    static String persons(JsonNode value) {
        StringJoiner joined = new StringJoiner("\n");
        for (JsonNode p : value) {
            StringJoiner extra = new StringJoiner(", ");
            for (String part : List.of("title", "institution")) {
                if (p.hasNonNull(part) && !p.get(part).asText().isBlank()) {
                    extra.add(p.get(part).asText());
                }
            }
            joined.add(p.path("name").asText() + (extra.length() == 0 ? "" : " (" + extra + ")"));
        }
        return joined.toString();
    }

    static void number(JsonNode value, RowSink out) {
        if (value.isNumber()) {
            out.number(value.isIntegralNumber() && value.canConvertToLong() ? (Number) value.asLong() : (Number) value.asDouble());
        } else {
            out.text(value.asText());
        }
    }

    static void date(JsonNode value, RowSink out) {
        try {
            out.date(LocalDate.parse(value.asText()));
        } catch (DateTimeParseException e) {
            out.text(value.asText());
        }
    }
}
