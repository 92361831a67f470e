package org.unesco.oer.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Every style a workbook uses, created once. Every cell gets one of these explicitly: a cell
 * without its own style makes POI scan the column definitions (11–17× slower, as measured).
 * Every font is the language's ({@code font.name}, {@code font.charset} in its words file).
 */
public final class Styles {

    public final CellStyle header;
    public final CellStyle title;
    public final CellStyle text;
    public final CellStyle wrapped;
    public final CellStyle integer;
    public final CellStyle decimal;
    public final CellStyle percent;
    public final CellStyle date;
    public final CellStyle dateTime;
    /** One style for every hyperlink cell (blue, underlined), never one per link. */
    public final CellStyle hyperlink;
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    Styles(Workbook wb, ExportWords words) {
        // Calibri (Excel's default) has Latin and Cyrillic but no Chinese or Arabic glyphs, and
        // Excel does not always substitute per character: so the language names a font that has
        // its script (Microsoft YaHei, Arial) and the charset Excel uses to pick a same-script
        // substitute where that font is missing; LibreOffice falls back to any installed font
        // covering the script. The default font (index 0) is what unstyled parts and widths use.
        font(wb.getFontAt(0), words);
        Font bold = font(wb.createFont(), words);
        bold.setBold(true);
        Font big = font(wb.createFont(), words);
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font link = font(wb.createFont(), words);
        link.setUnderline(Font.U_SINGLE);
        link.setColor(IndexedColors.BLUE.getIndex());

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        title = wb.createCellStyle();
        title.setFont(big);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        integer = numeric(wb, "0");
        decimal = numeric(wb, "General");
        percent = numeric(wb, "0.0%");
        date = numeric(wb, "yyyy-mm-dd");
        dateTime = numeric(wb, "yyyy-mm-dd hh:mm:ss");
        hyperlink = wb.createCellStyle();
        hyperlink.setFont(link);
        hyperlink.setWrapText(true);
        hyperlink.setVerticalAlignment(VerticalAlignment.TOP);
        for (CellStyle base : new CellStyle[]{header, title, text, wrapped, hyperlink}) {
            CellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(base);
            q.setQuotePrefixed(true);
            quoted.put(base, q);
        }
    }

    private static Font font(Font font, ExportWords words) {
        font.setFontName(words.fontName());
        font.setCharSet(words.fontCharset());
        if (font instanceof XSSFFont x) {
            x.setScheme(FontScheme.NONE); // a theme-scheme font would make Excel show the theme's font instead of this one
        }
        return font;
    }

    private static CellStyle numeric(Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** The quote-prefixed twin of a text style. */
    CellStyle quoted(CellStyle base) {
        CellStyle q = quoted.get(base);
        if (q == null) {
            throw new IllegalArgumentException("not a text style");
        }
        return q;
    }
}
