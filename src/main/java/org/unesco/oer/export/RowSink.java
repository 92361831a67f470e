package org.unesco.oer.export;

import java.time.LocalDate;

/**
 * Where a table's rows go, cell by cell: a sheet of the workbook ({@link SheetWriter}) or a CSV
 * file ({@link CsvTable}), so that the long table and the codebook are written by one code path
 * in both formats.
 */
interface RowSink {

    /** Starts the next row. */
    RowSink nextRow();

    /** Leaves the next cell empty. */
    RowSink skip();

    RowSink text(String value);

    /** A text that may run over several lines (wrapped in a sheet, the same as {@link #text} in CSV). */
    RowSink wrapped(String value);

    RowSink integer(long value);

    /** An integer or a decimal; null leaves the cell empty. */
    RowSink number(Number value);

    RowSink date(LocalDate value);

    /** After the last row. */
    void finish();
}
