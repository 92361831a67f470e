package org.unesco.oer.export;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.unesco.oer.bench.SyntheticData;
import org.unesco.oer.export.ExportRecords.CycleInfo;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireParser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer on its own (no database, no HTTP): sheet order, row-limit continuation, temporary files. */
class SynthesisWriterTest {

    static QuestionnaireDefinition shipped() throws IOException {
        String file = "questionnaire/oer-recommendation-2022.1.json";
        return QuestionnaireParser.parse(file, Files.readString(Path.of(file))).definition();
    }

    static SynthesisContext context(QuestionnaireDefinition d, List<StateEntry> states, String lang) {
        Instant now = Instant.parse("2023-05-01T08:00:00Z");
        return new SynthesisContext(new CycleInfo("oer-test", "Test cycle", "CL/0000", d.version(), LocalDate.of(2023, 1, 31),
                LocalDate.of(2023, 4, 30), ZoneId.of("Europe/Paris")), d, SyntheticData.REGIONS, states, Map.of(),
                SynthesisParameters.parse(List.of("ar", "zh", "en", "fr", "ru", "es"), lang, null, null, null, null, null, LocalDate.of(2023, 4, 30)), now, now);
    }

    @Test
    void theSheetsComeInTheDocumentedOrder() throws IOException {
        QuestionnaireDefinition d = shipped();
        List<StateEntry> states = SyntheticData.registry(12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = SynthesisWriter.write(context(d, states, "en"), SyntheticData.source(d, states, 300, true), out);

        assertThat(n).isEqualTo(12);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("About", "Response", "Indicators", "Questions", "Answers (wide)", "A1_INITIATIVES",
                    "Answers (long)", "Free text", "Codebook", "Not reporting");
            assertThat(wb.getSheet("Answers (wide)").getLastRowNum()).isEqualTo(12);
            assertThat(wb.getSheet("A1_INITIATIVES").getLastRowNum()).isEqualTo(36);
            assertThat(wb.getSheet("Response").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void aTableLongerThanTheRowLimitContinuesOnTheNextSheetWithItsHeader() throws IOException {
        QuestionnaireDefinition d = shipped();
        List<StateEntry> states = SyntheticData.registry(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWorkbook book = new ExportWorkbook(ExportWords.of("en"), 100)) {
            SynthesisWriter.write(book, context(d, states, "en"), SyntheticData.source(d, states, 300, true));
            book.write(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            int first = wb.getSheetIndex("Answers (long)");
            Sheet second = wb.getSheetAt(first + 1);
            assertThat(second.getSheetName()).isEqualTo("Answers (long) (2)");
            assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("State");
            assertThat(wb.getSheetAt(first).getLastRowNum()).isEqualTo(99);
            long dataRows = 0;
            for (int i = first; wb.getSheetAt(i).getSheetName().startsWith("Answers (long)"); i++) {
                dataRows += wb.getSheetAt(i).getLastRowNum();
            }
            assertThat(dataRows).isGreaterThan(300);
        }
    }

    @Test
    void temporaryFilesAreDeletedWhenTheClientGoesAwayMidDownload() throws IOException {
        QuestionnaireDefinition d = shipped();
        List<StateEntry> states = SyntheticData.registry(30);
        long before = temporaryFiles();
        OutputStream disconnecting = new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 10_000) {
                    throw new IOException("Connection reset by peer");
                }
            }
        };
        assertThatThrownBy(() -> SynthesisWriter.write(context(d, states, "en"), SyntheticData.source(d, states, 2000, true), disconnecting))
                .isInstanceOf(IOException.class);
        assertThat(temporaryFiles()).isEqualTo(before);
    }

    @Test
    void arabicSheetsReadRightToLeft() throws IOException {
        QuestionnaireDefinition d = shipped();
        List<StateEntry> states = SyntheticData.registry(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SynthesisWriter.write(context(d, states, "ar"), SyntheticData.source(d, states, 100, true), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            wb.forEach(s -> assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) s).isRightToLeft()).as(s.getSheetName()).isTrue());
            assertThat(wb.getSheet("الاستجابة")).isNotNull();
        }
    }

    @Test
    void aTextTooLongForACellIsCutWithAVisibleNoteRatherThanFailingTheExport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWorkbook book = new ExportWorkbook(ExportWords.of("en"))) {
            SheetWriter sheet = book.table("T", List.of("Text"), List.of(40));
            sheet.nextRow().text("=" + "x".repeat(40_000));
            sheet.finish();
            book.write(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var cell = wb.getSheet("T").getRow(1).getCell(0);
            assertThat(cell.getStringCellValue()).hasSizeLessThanOrEqualTo(SafeText.CELL_LIMIT).startsWith("=xxx").contains("40001 characters");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    static long temporaryFiles() {
        File dir = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        File[] files = dir.listFiles((f, name) -> name.startsWith("poi-sxssf"));
        return files == null ? 0 : Objects.requireNonNull(files).length;
    }
}
