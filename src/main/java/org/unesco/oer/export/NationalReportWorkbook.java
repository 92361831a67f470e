package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Section;
import org.unesco.oer.report.ReportStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One state's report as a readable document in one language: the report's status, dates and
 * receipt, then every question shown to the state, in order, with its answer.
 */
public final class NationalReportWorkbook {

    /**
     * What the document shows. {@code hidden} are questions not shown because of earlier answers
     * (left out); {@code digest} is the last submission's receipt, if any.
     */
    public record Content(String cycleCode, String cycleTitle, String stateCode, String stateName, ReportStatus status,
                          QuestionnaireDefinition definition, Instant submittedAt, Boolean late, Instant validatedAt,
                          int submissions, String digest, ZoneId zone, Map<String, JsonNode> answers, Set<String> hidden,
                          Map<String, String> stateNames, String lang, Instant generatedAt) {

        public String fileName() {
            return DownloadName.nationalReport(cycleCode, stateCode, lang);
        }
    }

    private final Content c;
    private final ExportWords words;
    private final SheetWriter sheet;

    private NationalReportWorkbook(ExportWorkbook book, Content content) {
        this.c = content;
        this.words = book.words();
        this.sheet = book.table(words.get("sheet.report"), List.of(), List.of(8, 60, 90));
    }

    public static void write(Content content, OutputStream out) throws IOException {
        try (ExportWorkbook book = new ExportWorkbook(ExportWords.of(content.lang()))) {
            new NationalReportWorkbook(book, content).write();
            book.write(out);
        }
    }

    private void write() {
        sheet.nextRow().skip().text(label(c.definition().title()) + " — " + c.stateName(), book().styles().title);
        info("cycle").wrapped(c.cycleCode() + " — " + c.cycleTitle());
        info("state").text(c.stateName() + " (" + c.stateCode() + ")");
        info("questionnaire").text(c.definition().version());
        info("status").text(words.status(c.status().code()));
        info("submitted").dateTime(local(c.submittedAt()));
        info("late").text(c.late() == null ? null : words.yesNo(c.late()));
        info("validated").dateTime(local(c.validatedAt()));
        info("submissions").integer(c.submissions());
        info("receipt").text(c.digest());
        info("exported").dateTime(local(c.generatedAt()));
        info("time_zone").text(c.zone().getId());
        sheet.nextRow();
        sheet.nextRow().header(word("number")).header(word("question")).header(word("answer"));
        for (Section section : c.definition().sections()) {
            sheet.nextRow().header(null).header(label(section.title()));
            for (Question q : section.questions()) {
                if (!c.hidden().contains(q.code())) {
                    question(q);
                }
            }
        }
        sheet.finish();
    }

    private ExportWorkbook book() {
        return (ExportWorkbook) sheet.sheet().getWorkbook();
    }

    private SheetWriter info(String key) {
        return sheet.nextRow().skip().header(word(key));
    }

    private void question(Question q) {
        JsonNode value = c.answers().get(q.code());
        sheet.nextRow().text(q.number()).wrapped(label(q.label()));
        if (value == null || value.isNull()) {
            return;
        }
        switch (q.type()) {
            case NUMBER -> WideColumns.number(value, sheet);
            case DATE -> WideColumns.date(value, sheet);
            default -> {
                List<String> parts = SafeText.split(text(q.type(), q.options(), q.fields(), value), SafeText.CELL_LIMIT);
                sheet.wrapped(parts.get(0));
                for (int i = 1; i < parts.size(); i++) {
                    sheet.nextRow().skip().text(word("continued")).wrapped(parts.get(i));
                }
            }
        }
    }

    /** An answer as a reader would write it out: labels, one list item per line. */
    private String text(QuestionType type, List<Option> options, List<Field> fields, JsonNode value) {
        return switch (type) {
            case YES_NO, YES_NO_NA, SINGLE_CHOICE -> option(options, value.asText());
            case MULTIPLE_CHOICE -> {
                StringJoiner j = new StringJoiner("\n");
                value.forEach(v -> j.add(option(options, v.asText())));
                yield j.toString();
            }
            case URL_LIST -> WideColumns.lines(value);
            case MEMBER_STATE -> c.stateNames().getOrDefault(value.asText(), value.asText());
            case CONTACT -> {
                StringJoiner j = new StringJoiner("\n");
                WideColumns.CONTACT_PARTS.forEach(part -> {
                    if (value.hasNonNull(part)) {
                        j.add(component(part) + ": " + value.get(part).asText());
                    }
                });
                yield j.toString();
            }
            case PERSON_LIST -> WideColumns.persons(value);
            case REPEATABLE_GROUP -> {
                StringJoiner items = new StringJoiner("\n\n");
                int n = 0;
                for (JsonNode item : value) {
                    StringJoiner j = new StringJoiner("\n", ++n + ".\n", "");
                    for (Field f : fields) {
                        JsonNode v = item.get(f.code());
                        if (v != null && !v.isNull()) {
                            j.add(label(f.label()) + ": " + text(f.type(), f.options(), null, v));
                        }
                    }
                    items.add(j.toString());
                }
                yield items.toString();
            }
            default -> value.isTextual() ? value.asText() : value.toString();
        };
    }

    private String option(List<Option> options, String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst().map(o -> label(o.label())).orElse(code);
    }

    private String component(String part) {
        Map<String, String> text = c.definition().components() == null ? null : c.definition().components().get(part);
        return text == null ? part : label(text);
    }

    private String label(Map<String, String> text) {
        return Languages.text(text, c.lang());
    }

    private String word(String key) {
        return words.get("report." + key);
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, c.zone());
    }
}
