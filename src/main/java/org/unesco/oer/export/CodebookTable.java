package org.unesco.oer.export;

import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Reference;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The codebook's rows: every question, option and group field with its section, number,
 * paragraph, type, required, origin, when shown and labels in every questionnaire language.
 * Written into the Codebook sheet and into the CSV download's {@code codebook.csv}.
 */
final class CodebookTable {

    private final RowSink out;
    private final SynthesisContext ctx;
    private final ExportWords words;

    CodebookTable(RowSink out, SynthesisContext ctx, ExportWords words) {
        this.out = out;
        this.ctx = ctx;
        this.words = words;
    }

    /** The columns' names in CSV, the same in every language. */
    static List<String> csvHeader(SynthesisContext ctx) {
        List<String> header = new ArrayList<>(List.of("question", "section", "number", "paragraph", "type", "required", "origin",
                "shown_when", "field", "option"));
        ctx.definition().languages().forEach(language -> header.add("label_" + language));
        return header;
    }

    void write() {
        for (Section section : ctx.definition().sections()) {
            for (Question q : section.questions()) {
                String shown = q.relevance() == null ? null
                        : words.get("codebook.shown_when", q.relevance().question(), String.join(", ", q.relevance().values()));
                line(q.code(), section.code(), q.number(), paragraph(q.reference()),
                        q.type().code(), q.required(), q.origin(), shown, null, null, q.label());
                for (Option o : q.options() == null ? List.<Option>of() : q.options()) {
                    line(q.code(), section.code(), q.number(), null, null, null, null, null, null, o.code(), o.label());
                }
                for (Field f : q.fields() == null ? List.<Field>of() : q.fields()) {
                    line(q.code(), section.code(), q.number(), null, f.type().code(), f.required(), null, null, f.code(), null, f.label());
                    for (Option o : f.options() == null ? List.<Option>of() : f.options()) {
                        line(q.code(), section.code(), q.number(), null, null, null, null, null, f.code(), o.code(), o.label());
                    }
                }
            }
        }
        out.finish();
    }

    /** "(ii), 12, (b)" as printed; the general provisions and monitoring are named in the export language. */
    private String paragraph(Reference reference) {
        if (reference == null) {
            return null;
        }
        // display() prints these two areas by their code ("general, 5"); areas (i)–(v) need no words.
        String display = reference.display();
        String area = reference.area();
        return "general".equals(area) || "monitoring".equals(area)
                ? words.get("codebook.area." + area) + display.substring(area.length()) : display;
    }

    private void line(String code, String section, String number, String reference, String type, Boolean required,
                      String origin, String shown, String field, String option, Map<String, String> labels) {
        // The questionnaire format's two origins have words; any other value is shown as it is.
        String originText = "recovered".equals(origin) || "reconstructed".equals(origin) ? words.get("codebook.origin." + origin) : origin;
        out.nextRow().text(code).text(section).text(number).text(reference).text(type)
                .text(required == null ? null : words.yesNo(required)).text(originText).text(shown).text(field).text(option);
        for (String language : ctx.definition().languages()) {
            out.wrapped(labels.get(language));
        }
    }
}
