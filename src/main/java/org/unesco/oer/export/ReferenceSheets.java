package org.unesco.oer.export;

import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.export.SynthesisContext.ReportSummary;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "About", "Codebook" ({@link CodebookTable}) and "Not reporting": what the export is, what the codes mean, who is missing. */
final class ReferenceSheets {

    private final SynthesisContext ctx;
    private final ExportWords words;
    private final SheetWriter about;
    private SheetWriter codebook;
    private SheetWriter notReporting;

    ReferenceSheets(ExportWorkbook book, SynthesisContext ctx) {
        this.ctx = ctx;
        this.words = book.words();
        about = book.table(words.get("sheet.about"), words.all("about.col.item", "about.col.value"), List.of(34, 90));
    }

    /** Created after the answer sheets, so that they come last in the workbook. */
    void createTrailingSheets(ExportWorkbook book) {
        List<String> header = new ArrayList<>(words.all("col.question", "col.section", "col.number", "col.paragraph", "col.type",
                "col.required", "col.origin", "col.shown_when", "col.field", "col.option"));
        List<Integer> widths = new ArrayList<>(List.of(32, 20, 7, 16, 16, 8, 13, 30, 12, 18));
        for (String language : ctx.definition().languages()) {
            header.add(words.get("col.label_in", language));
            widths.add(60);
        }
        codebook = book.table(words.get("sheet.codebook"), header, widths);
        notReporting = book.table(words.get("sheet.not_reporting"), words.all("col.region", "col.region_name", "col.state",
                "col.state_name", "col.membership", "col.report_status", "col.why_not_counted"), List.of(8, 30, 8, 30, 12, 12, 60));
    }

    void writeAbout(int reports, String dataDigest) {
        SynthesisParameters p = ctx.params();
        String zone = ctx.cycle().zone().getId();
        row("about.export", words.get("about.export.value"));
        row("about.cycle", ctx.cycle().code() + " — " + ctx.cycle().title());
        row("about.circular_letter", ctx.cycle().circularLetter());
        row("about.questionnaire_version", ctx.cycle().questionnaireVersion());
        about.nextRow().text(words.get("about.deadline", zone)).date(ctx.cycle().deadline());
        if (p.asOf() == null) {
            row("about.cutoff", words.get("about.cutoff.none"));
        } else {
            about.nextRow().text(words.get("about.cutoff.day", zone)).date(p.asOf());
            row("about.cutoff_source", words.get(p.asOfGiven() ? "about.cutoff_source.requested" : "about.cutoff_source.cycle"));
        }
        row("about.counted", words.get(p.late() ? "about.counted.with_late" : "about.counted.on_time_only", p.statusList()));
        row("about.region", p.region() == null ? words.get("about.region.all") : p.region());
        row("about.language", p.lang());
        row("about.values", words.get(p.codes() ? "about.values.codes" : "about.values.labels"));
        about.nextRow().text(words.get("about.generated_at")).dateTime(LocalDateTime.ofInstant(ctx.generatedAt(), ZoneOffset.UTC));
        about.nextRow().text(words.get("about.reports")).integer(reports);
        row("about.digest", dataDigest);
        row("about.digest_covers", words.get("about.digest_covers.value"));
        row("about.denominators", words.get("about.denominators.value"));
        row("about.column_names", words.get("about.column_names.value"));
        // The summary sheets' notes live here, so that those sheets hold nothing but their table.
        notes("sheet.response", "response.note.rate", "response.note.associates", "response.note.sum", "response.note.timeliness");
        notes("sheet.indicators", "shares.note.indicators");
        notes("sheet.questions", "shares.note.questions");
        about.finish();
    }

    private void notes(String sheet, String... notes) {
        about.nextRow().text(words.get("about.notes", words.get(sheet))).wrapped(String.join("\n", words.all(notes)));
    }

    private void row(String item, String value) {
        about.nextRow().text(words.get(item)).wrapped(value);
    }

    void writeCodebook() {
        new CodebookTable(codebook, ctx, words).write();
    }

    void writeNotReporting(Set<String> counted, Map<String, RegionEntry> regions) {
        for (StateEntry s : ctx.states()) {
            if (counted.contains(s.code())) {
                continue;
            }
            ReportSummary report = ctx.reports().get(s.code());
            notReporting.nextRow().text(s.region()).text(regions.get(s.region()).name()).text(s.code())
                    .text(s.name()).text(words.membership(s.member()))
                    .text(words.status(report == null ? "not_started" : report.status().code())).text(why(report));
        }
        notReporting.finish();
    }

    private String why(ReportSummary report) {
        SynthesisParameters p = ctx.params();
        if (report == null) {
            return words.get("reason.no_report");
        }
        if (report.firstSubmittedAt() == null) {
            return words.get("reason.never_submitted");
        }
        if (!report.firstSubmittedAt().isBefore(ctx.cutoffEnd())) {
            return words.get("reason.after_cutoff");
        }
        if (!p.statuses().contains(report.status())) {
            return words.get("reason.status_not_counted", words.status(report.status().code()), p.statusList());
        }
        if (Boolean.TRUE.equals(report.firstLate()) && !p.late()) {
            return words.get("reason.late_excluded");
        }
        return words.get("reason.not_counted");
    }
}
