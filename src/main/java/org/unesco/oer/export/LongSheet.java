package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * "Answers (long)": one row per state × question × value, the tidy layout pandas and R read
 * directly. A multiple choice gives one row per option chosen, a list one row per item, a
 * contact one row per component, a group one row per item × field. A text longer than a cell
 * continues on the next rows, numbered in "Part" ("1/2", "2/2"). The same rows are the CSV
 * download's {@code answers_long.csv}.
 */
final class LongSheet {

    private final SynthesisContext ctx;
    private final Function<String, String> stateName;
    /** The columns' names in CSV, the same in every language (valid R, Stata and pandas names). */
    static final List<String> CSV_HEADER = List.of("state", "region", "question", "item", "field", "option", "label", "text",
            "number", "date", "part");

    private final RowSink sheet;
    private final List<Question> questions;

    LongSheet(ExportWorkbook book, SynthesisContext ctx, Function<String, String> stateName) {
        this(book.table(book.words().get("sheet.long"), book.words().all("col.state", "col.region", "col.question", "col.item",
                        "col.field", "col.option", "col.label", "col.text", "col.numeric_value", "col.date", "col.part"),
                List.of(8, 8, 34, 6, 14, 18, 30, 60, 12, 12, 6)), ctx, stateName);
    }

    /** The same rows into any table, a CSV file included (columns as {@link #CSV_HEADER}). */
    LongSheet(RowSink out, SynthesisContext ctx, Function<String, String> stateName) {
        this.ctx = ctx;
        this.questions = ctx.definition().questions().toList();
        this.stateName = stateName;
        this.sheet = out;
    }

    void add(StateEntry state, Map<String, JsonNode> answers) {
        for (Question q : questions) {
            JsonNode value = answers.get(q.code());
            if (value == null || value.isNull()) {
                continue;
            }
            switch (q.type()) {
                case CONTACT -> WideColumns.CONTACT_PARTS.forEach(part -> {
                    if (value.hasNonNull(part)) {
                        text(state, q.code(), null, part, value.get(part).asText());
                    }
                });
                case PERSON_LIST -> {
                    int i = 0;
                    for (JsonNode person : value) {
                        i++;
                        for (String part : List.of("name", "title", "institution")) {
                            if (person.hasNonNull(part)) {
                                text(state, q.code(), i, part, person.get(part).asText());
                            }
                        }
                    }
                }
                case REPEATABLE_GROUP -> {
                    int i = 0;
                    for (JsonNode item : value) {
                        i++;
                        for (Field f : q.fields()) {
                            JsonNode v = item.get(f.code());
                            if (v != null && !v.isNull()) {
                                simple(state, q.code(), i, f.code(), f.type(), f.options(), v);
                            }
                        }
                    }
                }
                default -> simple(state, q.code(), null, null, q.type(), q.options(), value);
            }
        }
    }

    private void simple(StateEntry state, String question, Integer item, String field, QuestionType type,
                        List<Option> options, JsonNode value) {
        switch (type) {
            case YES_NO, YES_NO_NA, SINGLE_CHOICE -> option(state, question, item, field, value.asText(), options);
            case MULTIPLE_CHOICE -> value.forEach(o -> option(state, question, item, field, o.asText(), options));
            case URL_LIST -> {
                int i = 0;
                for (JsonNode url : value) {
                    text(state, question, ++i, field, url.asText());
                }
            }
            case NUMBER -> {
                start(state, question, item, field).skip().skip().skip();
                WideColumns.number(value, sheet);
            }
            case DATE -> {
                LocalDate date = parseDate(value.asText());
                if (date == null) {
                    text(state, question, item, field, value.asText());
                } else {
                    start(state, question, item, field).skip().skip().skip().skip().date(date);
                }
            }
            case MEMBER_STATE -> start(state, question, item, field).text(value.asText()).text(stateName.apply(value.asText()));
            default -> text(state, question, item, field, value.asText());
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void option(StateEntry state, String question, Integer item, String field, String code, List<Option> options) {
        String label = options.stream().filter(o -> o.code().equals(code)).findFirst().map(o -> ctx.label(o.label())).orElse(null);
        start(state, question, item, field).text(code).text(label);
    }

    private void text(StateEntry state, String question, Integer item, String field, String text) {
        List<String> parts = SafeText.split(text, SafeText.CELL_LIMIT);
        for (int i = 0; i < parts.size(); i++) {
            start(state, question, item, field).skip().skip().wrapped(parts.get(i)).skip().skip();
            if (parts.size() > 1) {
                sheet.text((i + 1) + "/" + parts.size());
            }
        }
    }

    private RowSink start(StateEntry state, String question, Integer item, String field) {
        sheet.nextRow().text(state.code()).text(state.region()).text(question);
        if (item == null) {
            sheet.skip();
        } else {
            sheet.integer(item);
        }
        return sheet.text(field);
    }

    void finish() {
        sheet.finish();
    }
}
