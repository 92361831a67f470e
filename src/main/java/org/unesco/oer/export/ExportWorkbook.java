package org.unesco.oer.export;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A streaming workbook tuned as measured (shared/reference/excel-export-measurements.md): SXSSF
 * with inline strings and uncompressed temporary files, deflate level 4, one set of styles per
 * workbook, hyperlinks streamed ({@link StreamedHyperlinks}). {@link #close()} deletes the
 * temporary files, whatever happened before. The zip and the styles are written so that strict
 * readers (Java's {@code ZipInputStream}, openpyxl) take the file as it is.
 */
public class ExportWorkbook extends SXSSFWorkbook {

    /** Excel's hard limit on rows per sheet. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;
    /** Excel's limit on hyperlinks in a worksheet, kept for the whole workbook; past it, addresses are plain text. */
    public static final int MAX_HYPERLINKS = 65_530;
    /**
     * Rows kept in memory per sheet. The writers never go back to a written row, and the synthesis
     * fills several sheets at once: a window of 100 rows each kept tens of thousands of cells alive
     * across young collections, promoted them and cost a full collection per export in a 512 MiB
     * container. One row is flushed as soon as the next one starts.
     */
    private static final int ROW_WINDOW = 1;

    private final Styles styles;
    private final ExportWords words;
    private final boolean rightToLeft;
    private final int maxRows;
    private final int maxHyperlinks;
    private final StreamedHyperlinks links = new StreamedHyperlinks();
    private final Set<String> sheetNames = new HashSet<>();

    /** A workbook in the language of {@code words}: its font, and right to left when the language reads so. */
    public ExportWorkbook(ExportWords words) {
        this(words, EXCEL_MAX_ROWS);
    }

    /** {@code maxRows} below Excel's limit lets tests see a sheet continue on the next one. */
    ExportWorkbook(ExportWords words, int maxRows) {
        this(words, maxRows, MAX_HYPERLINKS);
    }

    /** Lower limits let tests see a sheet continue and hyperlinks stop. */
    ExportWorkbook(ExportWords words, int maxRows, int maxHyperlinks) {
        super(null, ROW_WINDOW, false, false);
        // POI's default (Always) writes 8-byte data descriptors that no local header announces:
        // ZipInputStream then reads a size of 0 and rejects the entry. AsNeeded writes the classic
        // 4-byte ones; Zip64 is needed only for an entry past 4 GiB uncompressed, orders of
        // magnitude beyond a real synthesis (206 states: 2.2 MB zipped).
        setZip64Mode(Zip64Mode.AsNeeded);
        declareNormalStyle();
        this.words = words;
        this.styles = new Styles(this, words);
        this.rightToLeft = words.rightToLeft();
        this.maxRows = maxRows;
        this.maxHyperlinks = maxHyperlinks;
    }

    /**
     * The named cell style "Normal" over the default format (xf 0), as Excel writes it: without a
     * {@code cellStyles} element openpyxl (and so pandas) warns "Workbook contains no default
     * style" on every file. POI writes none, and its lite schema jar has no class for it, so the
     * element is added as plain XML; POI's own elements are later inserted around it in schema order.
     */
    private void declareNormalStyle() {
        String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        try (XmlCursor c = getXSSFWorkbook().getStylesSource().getCTStylesheet().newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(ns, "cellStyles"));
            c.insertAttributeWithValue("count", "1");
            c.beginElement(new QName(ns, "cellStyle"));
            c.insertAttributeWithValue("name", "Normal");
            c.insertAttributeWithValue("xfId", "0");
            c.insertAttributeWithValue("builtinId", "0");
        }
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

    /**
     * Makes cell ({@code row}, {@code column}) a hyperlink to a checked address
     * ({@link SafeText#hyperlinkTarget}); false, and nothing done, once the workbook has its maximum.
     */
    boolean link(SXSSFSheet sheet, int row, int column, String address) {
        if (links.count() >= maxHyperlinks) {
            return false;
        }
        links.add(sheet, row, column, address);
        return true;
    }

    @Override
    protected void injectData(ZipEntrySource zipEntrySource, OutputStream out) throws IOException {
        // A sheet's entry in the template is its part name without the leading slash.
        super.injectData(links.splice(zipEntrySource,
                sheet -> getXSSFWorkbook().getSheet(sheet.getSheetName()).getPackagePart().getPartName().getName().substring(1)), out);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            links.close();
        }
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
