package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.export.ExportRecords.FreeTextAnswer;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Free text": every text answer in full, with the hyperlinks given with it, question by question
 * and state by state, for the qualitative synthesis; each row names the section (area of action)
 * of its question. A details question and the hyperlink list that follows it with the same number
 * (the form's "details and hyperlinks" pattern) share rows, and a repeatable group item's address
 * stands beside each of its texts. Each address is a cell of its own, a real cell hyperlink: an
 * answer takes as many rows as it has text parts or addresses, whichever is more (the text in the
 * first). Text over a cell's limit continues on the next rows, numbered in "Part", so the whole
 * text is always there.
 */
final class FreeTextSheet {

    /** A text question (or group field), the hyperlink question that goes with it, and a group's address field, if any. */
    record Item(Question question, Field field, Question urls, Field urlField) {
    }

    private final SynthesisContext ctx;
    private final Map<String, RegionEntry> regions;
    private final SheetWriter sheet;
    private final List<Item> items;
    private final Map<String, String> sections = new HashMap<>();

    FreeTextSheet(ExportWorkbook book, SynthesisContext ctx, Map<String, RegionEntry> regions) {
        this.ctx = ctx;
        this.regions = regions;
        this.items = items(ctx.definition().questions().toList());
        for (Section section : ctx.definition().sections()) {
            String title = ctx.label(section.title());
            section.questions().forEach(q -> sections.put(q.code(), title));
        }
        sheet = book.table(book.words().get("sheet.free_text"), book.words().all("col.section", "col.question", "col.number",
                        "col.question_label", "col.state", "col.state_name", "col.region", "col.item", "col.field", "col.part", "col.text",
                        "col.urls"),
                List.of(30, 30, 7, 40, 8, 24, 22, 6, 12, 6, 100, 50));
    }

    static List<Item> items(List<Question> questions) {
        List<Item> items = new ArrayList<>();
        List<Question> paired = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (isText(q.type())) {
                Question next = i + 1 < questions.size() ? questions.get(i + 1) : null;
                boolean companion = next != null && isUrl(next.type()) && next.number() != null && Objects.equals(next.number(), q.number());
                items.add(new Item(q, null, companion ? next : null, null));
                if (companion) {
                    paired.add(next);
                }
            } else if (isUrl(q.type()) && !paired.contains(q)) {
                items.add(new Item(null, null, q, null));
            } else if (q.type() == QuestionType.REPEATABLE_GROUP) {
                Field address = q.fields().stream().filter(f -> isUrl(f.type())).findFirst().orElse(null);
                q.fields().stream().filter(f -> isText(f.type())).forEach(f -> items.add(new Item(q, f, null, address)));
            }
        }
        return items;
    }

    private static boolean isText(QuestionType type) {
        return type == QuestionType.SHORT_TEXT || type == QuestionType.LONG_TEXT;
    }

    private static boolean isUrl(QuestionType type) {
        return type == QuestionType.URL || type == QuestionType.URL_LIST;
    }

    /** The question codes the source is asked for, one per item (the group, for a group field). */
    List<String> questions() {
        return items.stream().map(i -> i.question() == null ? null : i.question().code()).toList();
    }

    /** The hyperlink question codes, one per item (null when the item has none). */
    List<String> urls() {
        return items.stream().map(i -> i.urls() == null ? null : i.urls().code()).toList();
    }

    /** One state's answer to item {@code a.item()}; answers arrive question by question, then state by state. */
    void add(FreeTextAnswer a, StateEntry state) {
        Item item = items.get(a.item());
        Question main = item.question() != null ? item.question() : item.urls();
        if (item.field() != null) {
            int n = 0;
            for (JsonNode element : a.text() == null ? List.<JsonNode>of() : a.text()) {
                n++;
                JsonNode v = element.get(item.field().code());
                if (v != null && !v.asText().isBlank()) {
                    rows(main, state, n, item.field().code(), v.asText(), addresses(item.urlField() == null ? null : element.get(item.urlField().code())));
                }
            }
        } else if (a.text() != null || a.urls() != null) {
            rows(main, state, null, null, a.text() == null ? null : a.text().asText(), addresses(a.urls()));
        }
    }

    /** The addresses of a URL or URL-list answer, in order. */
    private static List<String> addresses(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            return value.asText().isBlank() ? List.of() : List.of(value.asText());
        }
        List<String> urls = new ArrayList<>(value.size());
        value.forEach(u -> {
            if (!u.asText().isBlank()) {
                urls.add(u.asText());
            }
        });
        return urls;
    }

    private void rows(Question q, StateEntry state, Integer item, String field, String text, List<String> urls) {
        List<String> textParts = text == null ? List.of() : SafeText.split(text, SafeText.CELL_LIMIT);
        int rows = Math.max(textParts.size(), urls.size());
        for (int i = 0; i < rows; i++) {
            sheet.nextRow().text(sections.get(q.code())).text(q.code()).text(q.number()).text(ctx.label(q.label()))
                    .text(state.code()).text(state.name()).text(regions.get(state.region()).name());
            if (item == null) {
                sheet.skip();
            } else {
                sheet.integer(item);
            }
            sheet.text(field).text(textParts.size() > 1 && i < textParts.size() ? (i + 1) + "/" + textParts.size() : null)
                    .wrapped(i < textParts.size() ? textParts.get(i) : null)
                    .link(i < urls.size() ? urls.get(i) : null);
        }
    }

    void finish() {
        sheet.finish();
    }
}
