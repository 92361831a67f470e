package org.unesco.oer.bench;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of P1: the cells of a workbook (strings, numbers, date-times) read back with a
 * streaming SAX reader, and written again with plain SXSSF (same tuning: inline strings, deflate
 * level 4) and nothing else: no database, no JSON, no styles but one for dates, no guard.
 */
final class RawCells {

    record SheetCells(String name, List<Object[]> rows) {
        long cellCount() {
            return rows.stream().mapToLong(r -> Arrays.stream(r).filter(c -> c != null).count()).sum();
        }
    }

    private RawCells() {
    }

    static List<SheetCells> read(Path file) throws Exception {
        List<SheetCells> sheets = new ArrayList<>();
        Map<String, String> strings = new HashMap<>(); // the same text in several sheets is held once
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    List<Object[]> rows = new ArrayList<>();
                    SAXParserFactory.newInstance().newSAXParser().parse(in, new Handler(rows, styles, strings));
                    sheets.add(new SheetCells(it.getSheetName(), rows));
                }
            }
        }
        return sheets;
    }

    private static final class Handler extends DefaultHandler {
        private final List<Object[]> rows;
        private final StylesTable styles;
        private final Map<String, String> strings;
        private final List<Object> row = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int column;
        private String type;
        private int style;
        private boolean collecting;

        Handler(List<Object[]> rows, StylesTable styles, Map<String, String> strings) {
            this.rows = rows;
            this.styles = styles;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String local, String name, Attributes a) {
            switch (name) {
                case "row" -> {
                    int index = Integer.parseInt(a.getValue("r")) - 1;
                    while (rows.size() < index) {
                        rows.add(new Object[0]);
                    }
                    row.clear();
                }
                case "c" -> {
                    column = new CellReference(a.getValue("r")).getCol();
                    type = a.getValue("t");
                    style = a.getValue("s") == null ? 0 : Integer.parseInt(a.getValue("s"));
                    text.setLength(0);
                }
                case "v", "t" -> collecting = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String name) {
            switch (name) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    while (row.size() < column) {
                        row.add(null);
                    }
                    Object value;
                    if ("inlineStr".equals(type) || "s".equals(type) || "str".equals(type)) {
                        value = strings.computeIfAbsent(text.toString(), k -> k);
                    } else if (text.isEmpty()) {
                        value = null;
                    } else {
                        double d = Double.parseDouble(text.toString());
                        CellStyle s = styles.getStyleAt(style);
                        value = s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())
                                ? DateUtil.getLocalDateTime(d) : (Object) d;
                    }
                    row.add(value);
                }
                case "row" -> rows.add(row.toArray());
                default -> {
                }
            }
        }
    }

    static void write(List<SheetCells> sheets, OutputStream out) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, false) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream o) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(o);
                zip.setLevel(4);
                return zip;
            }
        }) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (SheetCells s : sheets) {
                SXSSFSheet sheet = wb.createSheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    Object[] cells = s.rows().get(r);
                    for (int c = 0; c < cells.length; c++) {
                        Object v = cells[c];
                        if (v instanceof String text) {
                            row.createCell(c).setCellValue(text);
                        } else if (v instanceof Double d) {
                            row.createCell(c).setCellValue(d);
                        } else if (v instanceof LocalDateTime t) {
                            var cell = row.createCell(c);
                            cell.setCellValue(t);
                            cell.setCellStyle(date);
                        }
                    }
                }
            }
            wb.write(out);
        }
    }
}
