package org.unesco.oer.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes one table row by row: a frozen header row, real number and date cells, every text
 * through {@link SafeText}, an explicit style on every cell. A table longer than Excel's row
 * limit continues on a new sheet ("Name (2)") right after it, with the same header.
 */
public final class SheetWriter implements RowSink {

    private static final int MAX_WIDTH_CHARS = 255;

    private final ExportWorkbook book;
    private final Styles styles;
    private final IntFunction<String> wholeInReport;
    private final IntFunction<String> wholeInFreeText;
    private final String baseName;
    private final List<String> header;
    private final List<Integer> widths;
    private SXSSFSheet sheet;
    private SXSSFRow row;
    private int rowIndex = -1;
    private int column;
    private int lastColumn;
    private int part = 1;

    SheetWriter(ExportWorkbook book, String name, List<String> header, List<Integer> widths) {
        this.book = book;
        this.styles = book.styles();
        ExportWords words = book.words();
        this.wholeInReport = length -> words.cutNote(length, words.get("note.where.stored_report"));
        this.wholeInFreeText = length -> words.cutNote(length, words.get("note.where.free_text", words.get("sheet.free_text")));
        this.baseName = name;
        this.header = header;
        this.widths = widths;
        open(name);
    }

    private void open(String name) {
        SXSSFSheet previous = sheet;
        sheet = book.newSheet(name);
        if (previous != null) {
            book.setSheetOrder(sheet.getSheetName(), book.getSheetIndex(previous) + 1);
        }
        rowIndex = -1;
        lastColumn = Math.max(0, header.size() - 1);
        for (int i = 0; i < widths.size(); i++) {
            if (widths.get(i) != null) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH_CHARS, Math.max(4, widths.get(i))) * 256);
            }
        }
        if (!header.isEmpty()) {
            nextRow();
            header.forEach(h -> text(h, styles.header));
            sheet.createFreezePane(0, 1);
        }
    }

    public String sheetName() {
        return sheet.getSheetName();
    }

    public SXSSFSheet sheet() {
        return sheet;
    }

    /** Starts the next row; continues on a new sheet when this one is full. */
    @Override
    public SheetWriter nextRow() {
        if (rowIndex + 1 >= book.maxRows()) {
            finish();
            open(baseName + " (" + (++part) + ")");
        }
        row = sheet.createRow(++rowIndex);
        column = 0;
        return this;
    }

    /** The index of the current row (0 is the header). */
    public int rowIndex() {
        return rowIndex;
    }

    @Override
    public SheetWriter skip() {
        column++;
        return this;
    }

    @Override
    public SheetWriter text(String value) {
        return text(value, styles.text);
    }

    @Override
    public SheetWriter wrapped(String value) {
        return text(value, styles.wrapped);
    }

    public SheetWriter header(String value) {
        return text(value, styles.header);
    }

    /**
     * A wrapped text that must fit one cell (a one-row-per-state sheet): cut, if it is too long,
     * with a visible note that the whole text is in the Free text sheet.
     */
    public SheetWriter wrappedWholeInFreeText(String value) {
        return value == null ? skip() : wrapped(SafeText.fitOrMark(value, wholeInFreeText));
    }

    /**
     * A text cell, made inert. Callers split long answers over rows (SafeText.split) or point to
     * where they are whole ({@link #wrappedWholeInFreeText}); anything else still too long is cut
     * with a visible note rather than failing the whole export.
     */
    public SheetWriter text(String value, CellStyle style) {
        if (value == null) {
            return skip();
        }
        String safe = SafeText.fitOrMark(SafeText.clean(value), wholeInReport);
        Cell cell = cell(SafeText.needsQuotePrefix(value) ? styles.quoted(style) : style);
        cell.setCellValue(safe);
        return this;
    }

    /**
     * An address shown as it was given: a cell hyperlink (never a HYPERLINK formula) when it is an
     * http(s) URL and the workbook is under Excel's hyperlink limit, else wrapped plain text.
     */
    public SheetWriter link(String url) {
        if (url == null) {
            return skip();
        }
        String target = SafeText.hyperlinkTarget(url);
        if (target == null || !book.link(sheet, rowIndex, column, target)) {
            return wrapped(url);
        }
        return text(url, styles.hyperlink);
    }

    @Override
    public SheetWriter number(Number value) {
        if (value == null) {
            return skip();
        }
        cell(value instanceof Integer || value instanceof Long ? styles.integer : styles.decimal).setCellValue(value.doubleValue());
        return this;
    }

    @Override
    public SheetWriter integer(long value) {
        cell(styles.integer).setCellValue(value);
        return this;
    }

    /** A share as a real number (0.25) shown as a percentage; blank when the denominator is 0. */
    public SheetWriter share(long count, long denominator) {
        if (denominator == 0) {
            return skip();
        }
        cell(styles.percent).setCellValue((double) count / denominator);
        return this;
    }

    @Override
    public SheetWriter date(LocalDate value) {
        if (value == null) {
            return skip();
        }
        cell(styles.date).setCellValue(value);
        return this;
    }

    public SheetWriter dateTime(LocalDateTime value) {
        if (value == null) {
            return skip();
        }
        cell(styles.dateTime).setCellValue(value);
        return this;
    }

    private Cell cell(CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        lastColumn = Math.max(lastColumn, column - 1);
        return cell;
    }

    /**
     * Applies the auto-filter over the table; call once, after the last row. A table is only
     * its header and data rows: notes go to the About sheet, so the filter covers every row.
     */
    @Override
    public void finish() {
        if (!header.isEmpty() && rowIndex >= 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, rowIndex, 0, lastColumn));
        }
    }
}
