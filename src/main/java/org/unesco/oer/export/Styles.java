package org.unesco.oer.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Every style a workbook uses, created once. Every cell gets one of these explicitly: a cell
 * without its own style makes POI scan the column definitions (11–17× slower, as measured).
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
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    Styles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

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
        for (CellStyle base : new CellStyle[]{header, title, text, wrapped}) {
            CellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(base);
            q.setQuotePrefixed(true);
            quoted.put(base, q);
        }
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
