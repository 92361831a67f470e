package org.unesco.oer.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.unesco.oer.bench.SyntheticData;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.report.ReportStatus;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both workbooks as files: strict zip readers and openpyxl take them as they are. */
class WorkbookFormatTest {

    static byte[] synthesis(String lang) throws IOException {
        QuestionnaireDefinition d = SynthesisWriterTest.shipped();
        List<StateEntry> states = SyntheticData.registry(12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SynthesisWriter.write(SynthesisWriterTest.context(d, states, lang), SyntheticData.source(d, states, 300, true), out);
        return out.toByteArray();
    }

    static byte[] nationalReport() throws IOException {
        QuestionnaireDefinition d = SynthesisWriterTest.shipped();
        Instant now = Instant.parse("2023-05-01T08:00:00Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NationalReportWorkbook.write(new NationalReportWorkbook.Content("oer-test", "Test", "KEN", "Kenya", ReportStatus.SUBMITTED,
                d, now, false, null, 1, "0".repeat(64), ZoneOffset.UTC, Map.of(), Set.of(), Map.of(), "en", now), out);
        return out.toByteArray();
    }

    /** Every entry read with {@link ZipInputStream}, which checks each entry's sizes and CRC against its data descriptor. */
    static Map<String, byte[]> unzipStrictly(byte[] file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void zipInputStreamReadsEveryEntryOfTheSynthesis() throws IOException {
        byte[] file = synthesis("en");
        Map<String, byte[]> entries = unzipStrictly(file);
        assertThat(entries).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml");
        try (var wb = ExportFixture.read(file)) {
            assertThat(entries.keySet().stream().filter(n -> n.matches("xl/worksheets/sheet\\d+\\.xml"))).hasSize(wb.getNumberOfSheets());
        }
    }

    @Test
    void zipInputStreamReadsEveryEntryOfTheNationalReport() throws IOException {
        byte[] file = nationalReport();
        assertThat(unzipStrictly(file)).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        try (var wb = ExportFixture.read(file)) {
            assertThat(wb.getSheet("Report")).isNotNull();
        }
    }

    @Test
    void bothWorkbooksDeclareTheDefaultCellStyleNormal() throws Exception {
        for (byte[] file : List.of(synthesis("en"), nationalReport())) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var styles = factory.newDocumentBuilder().parse(new ByteArrayInputStream(unzipStrictly(file).get("xl/styles.xml")));
            NodeList named = styles.getElementsByTagNameNS("*", "cellStyle");
            assertThat(named.getLength()).isEqualTo(1);
            Element normal = (Element) named.item(0);
            assertThat(normal.getAttribute("name")).isEqualTo("Normal");
            assertThat(normal.getAttribute("xfId")).isEqualTo("0");
            assertThat(normal.getAttribute("builtinId")).isEqualTo("0");
            assertThat(styles.getElementsByTagNameNS("*", "cellStyleXfs").item(0).getChildNodes().getLength()).isPositive();
        }
    }

    @Test
    void everyTableSheetIsAHeaderRowAndDataRowsWithinTheAutoFilter() throws IOException {
        try (XSSFWorkbook wb = ExportFixture.read(synthesis("en"))) {
            for (var s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                String name = sheet.getSheetName();
                int columns = ExportFixture.header(sheet).size();
                CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
                assertThat(filter.getFirstRow()).as(name).isZero();
                assertThat(filter.getLastRow()).as(name + ": the filter covers every row").isEqualTo(sheet.getLastRowNum());
                assertThat(filter.getLastColumn()).as(name).isEqualTo(columns - 1);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    assertThat(row).as(name + " row " + (r + 1) + " is blank").isNotNull();
                    assertThat(filled(row.getCell(0))).as(name + " row " + (r + 1) + ": no key in the first column").isTrue();
                    long cells = 0;
                    for (Cell c : row) {
                        cells += filled(c) ? 1 : 0;
                        assertThat(c.getColumnIndex()).as(name + " row " + (r + 1) + ": a cell outside the header").isLessThan(columns);
                    }
                    assertThat(cells).as(name + " row " + (r + 1) + ": a note, not a record").isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void everyCountOfTheSummarySheetsIsANumericCellInEveryRow() throws IOException {
        ExportWords words = ExportWords.of("en");
        try (XSSFWorkbook wb = ExportFixture.read(synthesis("en"))) {
            List<String> scopes = new ArrayList<>(List.of("ALL"));
            SyntheticData.REGIONS.forEach(r -> scopes.add(r.code()));
            List<String> shareCounts = new ArrayList<>();
            scopes.forEach(scope -> shareCounts.addAll(List.of(words.get("shares.col.count", scope), words.get("shares.col.denominator", scope))));
            Map<String, List<String>> counts = Map.of(
                    words.get("sheet.response"), words.all("response.col.expected", "response.col.reporting", "response.col.associates",
                            "response.col.associates_reporting", "response.col.all_reporting", "response.col.validated",
                            "response.col.awaiting", "response.col.other", "response.col.on_time", "response.col.late"),
                    words.get("sheet.indicators"), shareCounts,
                    words.get("sheet.questions"), shareCounts);
            counts.forEach((name, columns) -> {
                var sheet = wb.getSheet(name);
                assertThat(sheet.getLastRowNum()).as(name).isPositive();
                for (String column : columns) {
                    int c = ExportFixture.column(sheet, column);
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        Cell cell = sheet.getRow(r).getCell(c);
                        assertThat(cell).as(name + "!" + column + " row " + (r + 1)).isNotNull();
                        assertThat(cell.getCellType()).as(name + "!" + column + " row " + (r + 1)).isEqualTo(CellType.NUMERIC);
                        assertThat(cell.getNumericCellValue() % 1).isZero();
                    }
                }
            });
        }
    }

    static boolean filled(Cell cell) {
        return cell != null && cell.getCellType() != CellType.BLANK
                && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }
}
