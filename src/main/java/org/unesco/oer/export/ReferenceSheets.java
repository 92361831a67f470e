package org.unesco.oer.export;

import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.export.SynthesisContext.ReportSummary;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Section;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "About", "Codebook" and "Not reporting": what the export is, what the codes mean, who is missing. */
final class ReferenceSheets {

    private final SynthesisContext ctx;
    private final SheetWriter about;
    private SheetWriter codebook;
    private SheetWriter notReporting;

    ReferenceSheets(ExportWorkbook book, SynthesisContext ctx) {
        this.ctx = ctx;
        about = book.table("About", List.of("Item", "Value"), List.of(34, 90));
    }

    /** Created after the answer sheets, so that they come last in the workbook. */
    void createTrailingSheets(ExportWorkbook book) {
        List<String> header = new ArrayList<>(List.of("Question", "Section", "Number", "Paragraph", "Type", "Required",
                "Origin", "Shown when", "Field", "Option"));
        List<Integer> widths = new ArrayList<>(List.of(32, 20, 7, 16, 16, 8, 13, 30, 12, 18));
        for (String language : ctx.definition().languages()) {
            header.add("Label (" + language + ")");
            widths.add(60);
        }
        codebook = book.table("Codebook", header, widths);
        notReporting = book.table("Not reporting", List.of("Region", "Region name", "State", "State name", "Membership",
                "Report status", "Why not counted"), List.of(8, 30, 8, 30, 12, 12, 60));
    }

    void writeAbout(int reports, String dataDigest) {
        SynthesisParameters p = ctx.params();
        row("Export", "Synthesis of national reports");
        row("Cycle", ctx.cycle().code() + " — " + ctx.cycle().title());
        row("Circular letter", ctx.cycle().circularLetter());
        row("Questionnaire version", ctx.cycle().questionnaireVersion());
        about.nextRow().text("Deadline (last day, " + ctx.cycle().zone().getId() + ")").date(ctx.cycle().deadline());
        if (p.asOf() == null) {
            row("Analysis cut-off (asOf)", "none: every submission made before the generation time");
        } else {
            about.nextRow().text("Analysis cut-off (asOf), whole day in " + ctx.cycle().zone().getId()).date(p.asOf());
            row("Cut-off source", p.asOfGiven() ? "requested (asOf)" : "the cycle's analysis cut-off");
        }
        row("Reports counted", "status in {" + p.statusList() + "}, first submitted by the cut-off"
                + (p.late() ? ", on time or late" : ", on time only (late=false)")
                + "; values are those of the latest submission made by the cut-off");
        row("Region", p.region() == null ? "all" : p.region());
        row("Language of labels (lang)", p.lang());
        row("Answers shown as (values)", p.codes() ? "codes" : "labels");
        about.nextRow().text("Generated at (UTC)").dateTime(LocalDateTime.ofInstant(ctx.generatedAt(), ZoneOffset.UTC));
        about.nextRow().text("Reports included").integer(reports);
        row("Data SHA-256", dataDigest);
        row("What the SHA-256 covers", "For every report included, in state order: state, region, membership, status, late flag, "
                + "submission number and the submission's own SHA-256 (its receipt, which covers the exact content submitted). "
                + "The same reports with the same content give the same value, whatever the language, format or generation time.");
        row("Denominators", "Response rate: all Member States of the region. Indicator and option shares: reporting states of the region.");
        row("Column names", "Answer sheets name columns by question code (stable across languages); labels are in the Codebook.");
        about.finish();
    }

    private void row(String item, String value) {
        about.nextRow().text(item).wrapped(value);
    }

    void writeCodebook() {
        for (Section section : ctx.definition().sections()) {
            for (Question q : section.questions()) {
                String shown = q.relevance() == null ? null : q.relevance().question() + " in " + q.relevance().values();
                line(q.code(), section.code(), q.number(), q.reference() == null ? null : q.reference().display(),
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
        codebook.finish();
    }

    private void line(String code, String section, String number, String reference, String type, Boolean required,
                      String origin, String shown, String field, String option, Map<String, String> labels) {
        codebook.nextRow().text(code).text(section).text(number).text(reference).text(type)
                .text(required == null ? null : required ? "yes" : "no").text(origin).text(shown).text(field).text(option);
        for (String language : ctx.definition().languages()) {
            codebook.wrapped(labels.get(language));
        }
    }

    void writeNotReporting(Set<String> counted, Map<String, RegionEntry> regions) {
        for (StateEntry s : ctx.states()) {
            if (counted.contains(s.code())) {
                continue;
            }
            ReportSummary report = ctx.reports().get(s.code());
            notReporting.nextRow().text(s.region()).text(regions.get(s.region()).name(ctx.lang())).text(s.code())
                    .text(s.name(ctx.lang())).text(s.member() ? "member" : "associate")
                    .text(report == null ? "not_started" : report.status().code()).text(why(report));
        }
        notReporting.finish();
    }

    private String why(ReportSummary report) {
        SynthesisParameters p = ctx.params();
        if (report == null) {
            return "no report started";
        }
        if (report.firstSubmittedAt() == null) {
            return "never submitted";
        }
        if (!report.firstSubmittedAt().isBefore(ctx.cutoffEnd())) {
            return "first submitted after the cut-off";
        }
        if (!p.statuses().contains(report.status())) {
            return "status " + report.status().code() + " is not counted (status=" + p.statusList() + ")";
        }
        if (Boolean.TRUE.equals(report.firstLate()) && !p.late()) {
            return "submitted late; late reports excluded (late=false)";
        }
        return "not counted";
    }
}
