package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.export.WideColumns.Column;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Answers (wide)": one row per state, then one column (or more) per question; and one sheet
 * per repeatable group, one row per item with the state code.
 */
final class WideSheets {

    private final SynthesisContext ctx;
    private final ExportWords words;
    private final Map<String, RegionEntry> regions;
    private final SheetWriter wide;
    private final List<Map.Entry<Question, List<Column>>> questionColumns = new ArrayList<>();
    private final Map<String, SheetWriter> groupSheets = new LinkedHashMap<>();
    private final Map<String, List<Map.Entry<Field, List<Column>>>> groupColumns = new LinkedHashMap<>();

    WideSheets(ExportWorkbook book, SynthesisContext ctx, WideColumns.Vocabulary vocabulary, Map<String, RegionEntry> regions) {
        this.ctx = ctx;
        this.words = book.words();
        this.regions = regions;
        String zone = ctx.cycle().zone().getId();
        List<String> header = new ArrayList<>(words.all("col.state", "col.state_name", "col.region", "col.membership", "col.status"));
        header.add(words.get("col.first_submitted_at", zone));
        header.add(words.get("col.late"));
        header.add(words.get("col.submission_number"));
        header.add(words.get("col.submission_at", zone));
        List<Integer> widths = new ArrayList<>(List.of(8, 28, 24, 12, 11, 19, 6, 11, 19));
        for (Question q : ctx.definition().questions().toList()) {
            List<Column> columns = WideColumns.of(q.code(), q.type(), q.options(), q.width(), vocabulary);
            questionColumns.add(Map.entry(q, columns));
            columns.forEach(c -> {
                header.add(c.header());
                widths.add(c.width());
            });
        }
        wide = book.table(words.get("sheet.wide"), header, widths);
        for (Question q : ctx.definition().questions().filter(q -> q.type() == QuestionType.REPEATABLE_GROUP).toList()) {
            List<String> gHeader = new ArrayList<>(words.all("col.state", "col.region", "col.item"));
            List<Integer> gWidths = new ArrayList<>(List.of(8, 24, 6));
            List<Map.Entry<Field, List<Column>>> fields = new ArrayList<>();
            for (Field f : q.fields()) {
                List<Column> columns = WideColumns.of(q.code() + "." + f.code(), f.type(), f.options(), q.width(), vocabulary);
                fields.add(Map.entry(f, columns));
                columns.forEach(c -> {
                    gHeader.add(c.header());
                    gWidths.add(c.width());
                });
            }
            groupColumns.put(q.code(), fields);
            groupSheets.put(q.code(), book.table(q.code(), gHeader, gWidths));
        }
    }

    /** Membership and status as codes with {@code values=codes} (for scripts), else in the export language. */
    void add(CountedReport report, StateEntry state) {
        boolean codes = ctx.params().codes();
        wide.nextRow()
                .text(state.code()).text(state.name()).text(regions.get(state.region()).name())
                .text(codes ? (state.member() ? "member" : "associate") : words.membership(state.member()))
                .text(codes ? report.status().code() : words.status(report.status().code()))
                .dateTime(ctx.local(report.firstSubmittedAt())).integer(report.late() ? 1 : 0)
                .integer(report.submissionNumber()).dateTime(ctx.local(report.submissionAt()));
        for (Map.Entry<Question, List<Column>> e : questionColumns) {
            JsonNode value = report.answers().get(e.getKey().code());
            writeColumns(value, e.getValue(), wide);
            if (value != null && e.getKey().type() == QuestionType.REPEATABLE_GROUP) {
                addItems(e.getKey().code(), value, state);
            }
        }
    }

    private void addItems(String group, JsonNode items, StateEntry state) {
        SheetWriter sheet = groupSheets.get(group);
        int n = 0;
        for (JsonNode item : items) {
            sheet.nextRow().text(state.code()).text(regions.get(state.region()).name()).integer(++n);
            for (Map.Entry<Field, List<Column>> f : groupColumns.get(group)) {
                writeColumns(item.get(f.getKey().code()), f.getValue(), sheet);
            }
        }
    }

    private static void writeColumns(JsonNode value, List<Column> columns, SheetWriter out) {
        if (value == null || value.isNull()) {
            columns.forEach(c -> out.skip());
        } else {
            columns.forEach(c -> c.writer().write(value, out));
        }
    }

    void finish() {
        wide.finish();
        groupSheets.values().forEach(SheetWriter::finish);
    }
}
