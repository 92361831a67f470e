package org.unesco.oer.export;

import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.StateEntry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The synthesis for R, Stata and pandas: one zip with {@code answers_long.csv} (the rows of the
 * Answers (long) sheet, the same reports counted) and {@code codebook.csv}. UTF-8 with a
 * byte-order mark (Excel and Stata then read it as UTF-8), column names fixed in every language,
 * values in the export language as in the workbook. Reports stream from the source into the zip
 * one at a time, so memory does not grow with their number.
 */
public final class SynthesisCsvWriter {

    static final String LONG = "answers_long.csv";
    static final String CODEBOOK = "codebook.csv";

    private SynthesisCsvWriter() {
    }

    /** Writes the zip to {@code out} (left open); returns the number of reports included. */
    public static int write(SynthesisContext ctx, SynthesisSource source, OutputStream out) throws IOException {
        Map<String, StateEntry> states = new HashMap<>();
        ctx.states().forEach(s -> states.put(s.code(), s));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(4); // as the workbook: less CPU for a slightly larger file
        Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        try {
            entry(zip, w, CODEBOOK);
            new CodebookTable(new CsvTable(w, CodebookTable.csvHeader(ctx)), ctx, ctx.words()).write();
            end(zip, w);

            entry(zip, w, LONG);
            LongSheet tidy = new LongSheet(new CsvTable(w, LongSheet.CSV_HEADER), ctx,
                    code -> states.containsKey(code) ? states.get(code).name() : code);
            Set<String> counted = new HashSet<>();
            try (SynthesisSource.Cursor<CountedReport> reports = source.reports()) {
                while (reports.hasNext()) {
                    CountedReport report = reports.next();
                    StateEntry state = states.get(report.stateCode());
                    if (state != null && counted.add(state.code())) { // as the workbook: in the region asked for, once
                        tidy.add(state, report.answers());
                    }
                }
            }
            tidy.finish();
            end(zip, w);
            zip.finish();
            return counted.size();
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the client went away, or the database failed mid-export
        }
    }

    private static void entry(ZipOutputStream zip, Writer w, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write('\uFEFF');
    }

    private static void end(ZipOutputStream zip, Writer w) throws IOException {
        w.flush();
        zip.closeEntry();
    }
}
