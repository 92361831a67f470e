package org.unesco.oer.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV table (RFC 4180: comma, double quotes, CRLF) written row by row, as wide as its header.
 * Texts follow {@link SafeText}'s rules: characters XML cannot carry are replaced, and a text
 * starting with a formula character gets a leading apostrophe, so that a spreadsheet opening the
 * file never evaluates it. Numbers are written by the export itself (never from text) and left as
 * they are. The caller writes the byte-order mark and closes the stream.
 */
final class CsvTable implements RowSink {

    private final CSVPrinter printer;
    private final int width;
    private final List<String> row = new ArrayList<>();
    private boolean inRow;

    CsvTable(Appendable out, List<String> header) {
        this.width = header.size();
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RowSink nextRow() {
        flushRow();
        inRow = true;
        return this;
    }

    private RowSink add(String value) {
        row.add(value);
        return this;
    }

    @Override
    public RowSink skip() {
        return add(null);
    }

    @Override
    public RowSink text(String value) {
        return add(SafeText.forCsv(value));
    }

    @Override
    public RowSink wrapped(String value) {
        return text(value);
    }

    @Override
    public RowSink integer(long value) {
        return add(Long.toString(value));
    }

    @Override
    public RowSink number(Number value) {
        if (value == null) {
            return skip();
        }
        return add(value instanceof Integer || value instanceof Long ? value.toString()
                : BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString());
    }

    @Override
    public RowSink date(LocalDate value) {
        return add(value == null ? null : value.toString());
    }

    private void flushRow() {
        if (!inRow) {
            return;
        }
        while (row.size() < width) {
            row.add(null);
        }
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.clear();
        inRow = false;
    }

    @Override
    public void finish() {
        flushRow();
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
