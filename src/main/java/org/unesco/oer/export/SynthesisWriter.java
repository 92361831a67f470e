package org.unesco.oer.export;

import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.FreeTextAnswer;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Writes the synthesis workbook in one pass over the counted reports: each report's rows go to
 * the answer sheets as it arrives and its figures into {@link Tallies}; a second cursor brings
 * the free texts question by question; the summary sheets are filled at the end. Memory holds the registry, the tallies and SXSSF's row window, whatever the
 * number of reports.
 */
public final class SynthesisWriter {

    private SynthesisWriter() {
    }

    /** Writes the workbook to {@code out}; temporary files are deleted even when writing fails. */
    public static int write(SynthesisContext ctx, SynthesisSource source, OutputStream out) throws IOException {
        try (ExportWorkbook book = new ExportWorkbook(ctx.words())) {
            int n = write(book, ctx, source);
            book.write(out);
            return n;
        }
    }

    static int write(ExportWorkbook book, SynthesisContext ctx, SynthesisSource source) throws IOException {
        Map<String, RegionEntry> regions = new HashMap<>();
        ctx.regions().forEach(r -> regions.put(r.code(), r));
        Map<String, StateEntry> states = new HashMap<>();
        ctx.states().forEach(s -> states.put(s.code(), s));
        WideColumns.Vocabulary vocabulary = new WideColumns.Vocabulary(ctx.params().codes(), ctx::label,
                code -> states.containsKey(code) ? states.get(code).name() : code, book.words());

        // Sheets are created in their final order and each is filled when its data is known.
        ReferenceSheets reference = new ReferenceSheets(book, ctx);
        ResponseSheet response = new ResponseSheet(book);
        ShareSheets shares = new ShareSheets(book, ctx);
        WideSheets wide = new WideSheets(book, ctx, vocabulary, regions);
        LongSheet tidy = new LongSheet(book, ctx, vocabulary.stateName());
        FreeTextSheet freeText = new FreeTextSheet(book, ctx, regions);
        reference.createTrailingSheets(book);

        Tallies tallies = new Tallies(ctx);
        MessageDigest digest = sha256();
        Set<String> counted = new HashSet<>();
        // the free texts are opened first: their query runs while the reports are written
        try (SynthesisSource.Cursor<FreeTextAnswer> texts = source.freeText(freeText.questions(), freeText.urls())) {
            try (SynthesisSource.Cursor<CountedReport> reports = source.reports()) {
                while (reports.hasNext()) {
                    CountedReport report = reports.next();
                    StateEntry state = states.get(report.stateCode());
                    if (state == null || !counted.add(state.code())) {
                        continue; // outside the region asked for, or already counted
                    }
                    tallies.add(report, state);
                    wide.add(report, state);
                    tidy.add(state, report.answers());
                    digest(digest, report, state);
                }
            }
            while (texts.hasNext()) {
                FreeTextAnswer text = texts.next();
                if (counted.contains(text.stateCode())) {
                    freeText.add(text, states.get(text.stateCode()));
                }
            }
        }
        wide.finish();
        tidy.finish();
        freeText.finish();
        response.write(tallies);
        shares.write(tallies);
        reference.writeAbout(counted.size(), HexFormat.of().formatHex(digest.digest()));
        reference.writeCodebook();
        reference.writeNotReporting(counted, regions);
        return counted.size();
    }

    private static void digest(MessageDigest digest, CountedReport report, StateEntry state) {
        digest.update((state.code() + '\t' + state.region() + '\t' + (state.member() ? "member" : "associate") + '\t'
                + report.status().code() + '\t' + report.late() + '\t' + report.submissionNumber() + '\t' + report.digest() + '\n')
                .getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
