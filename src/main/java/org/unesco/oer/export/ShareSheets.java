package org.unesco.oer.export;

import org.unesco.oer.questionnaire.QuestionnaireDefinition.Indicator;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * "Indicators" and "Questions": counts and shares of reporting states, overall and per region.
 * Each scope's denominator (its reporting states) is a column beside its count, so that every
 * row is data and a script can recompute or pool shares; the notes are on the About sheet.
 */
final class ShareSheets {

    private final SynthesisContext ctx;
    private final ExportWords words;
    private final SheetWriter indicators;
    private final SheetWriter questions;

    ShareSheets(ExportWorkbook book, SynthesisContext ctx) {
        this.ctx = ctx;
        this.words = book.words();
        List<String> figures = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<String> scopes = new ArrayList<>(List.of("ALL"));
        ctx.regions().forEach(r -> scopes.add(r.code()));
        for (String scope : scopes) {
            figures.add(words.get("shares.col.count", scope));
            figures.add(words.get("shares.col.denominator", scope));
            figures.add(words.get("shares.col.share", scope));
        }
        figures.forEach(f -> widths.add(10));
        indicators = book.table(words.get("sheet.indicators"), concat(words.all("col.indicator", "col.headline", "col.indicator_label",
                        "col.question", "col.counted_answers"), figures), concat(List.of(30, 9, 45, 30, 20), widths));
        questions = book.table(words.get("sheet.questions"), concat(words.all("col.question", "col.number", "col.question_label",
                        "col.option", "col.option_label"), figures), concat(List.of(30, 7, 50, 18, 30), widths));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    void write(Tallies t) {
        for (int i = 0; i < t.indicators.size(); i++) {
            Indicator ind = t.indicators.get(i);
            indicators.nextRow().text(ind.code()).text(words.yesNo(ind.headline())).wrapped(ctx.label(ind.label()))
                    .text(ind.question()).text(String.join(", ", ind.values()));
            figures(indicators, t, t.indicatorCounts[i]);
        }
        indicators.finish();

        for (Question q : t.closed) {
            int[][] perOption = t.optionCounts.get(q.code());
            for (int i = 0; i < perOption.length; i++) {
                Option o = q.options().get(i);
                questions.nextRow().text(q.code()).text(q.number()).wrapped(ctx.label(q.label())).text(o.code()).text(ctx.label(o.label()));
                figures(questions, t, perOption[i]);
            }
            questions.nextRow().text(q.code()).text(q.number()).wrapped(ctx.label(q.label()))
                    .text(words.get("shares.answered")).text(words.get("shares.answered_label"));
            figures(questions, t, t.answered.get(q.code()));
        }
        questions.finish();
    }

    private static void figures(SheetWriter sheet, Tallies t, int[] counts) {
        for (int r : order(t)) {
            sheet.integer(counts[r]).integer(t.reporting[r]).share(counts[r], t.reporting[r]);
        }
    }

    /** Overall first, then the regions in their order. */
    private static int[] order(Tallies t) {
        int[] order = new int[t.overall + 1];
        order[0] = t.overall;
        for (int r = 0; r < t.overall; r++) {
            order[r + 1] = r;
        }
        return order;
    }
}
