package org.unesco.oer.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A streaming workbook tuned as measured (shared/reference/excel-export-measurements.md): SXSSF
 * with inline strings and uncompressed temporary files, deflate level 4, one set of styles per
 * workbook. {@link #close()} deletes the temporary files, whatever happened before.
 */
public class ExportWorkbook extends SXSSFWorkbook {

    /** Excel's hard limit on rows per sheet. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;
    private static final int ROW_WINDOW = 100;

    private final Styles styles;
    private final ExportWords words;
    private final boolean rightToLeft;
    private final int maxRows;
    private final Set<String> sheetNames = new HashSet<>();

    /** A workbook in the language of {@code words}: its font, and right to left when the language reads so. */
    public ExportWorkbook(ExportWords words) {
        this(words, EXCEL_MAX_ROWS);
    }

    /** {@code maxRows} below Excel's limit lets tests see a sheet continue on the next one. */
    ExportWorkbook(ExportWords words, int maxRows) {
        super(null, ROW_WINDOW, false, false);
        this.words = words;
        this.styles = new Styles(this, words);
        this.rightToLeft = words.rightToLeft();
        this.maxRows = maxRows;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(4); // 22–26 % less CPU than POI's level 6 for files 6–13 % larger
        return zip;
    }

    public Styles styles() {
        return styles;
    }

    public ExportWords words() {
        return words;
    }

    int maxRows() {
        return maxRows;
    }

    /** A new sheet with a safe, unique name, reading right to left when the language does (Arabic). */
    SXSSFSheet newSheet(String wantedName) {
        SXSSFSheet sheet = createSheet(SafeText.sheetName(wantedName, sheetNames));
        sheet.setRightToLeft(rightToLeft);
        return sheet;
    }

    /** A sheet of records: header row frozen, auto-filter, widths in characters. */
    public SheetWriter table(String name, List<String> header, List<Integer> widths) {
        return new SheetWriter(this, name, header, widths);
    }
}
