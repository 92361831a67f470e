package org.unesco.oer.export;

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
}
