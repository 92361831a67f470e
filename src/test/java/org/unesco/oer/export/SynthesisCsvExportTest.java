package org.unesco.oer.export;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.export.ExportFixture.Stored;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV download next to the workbook: the same reports, the long table and the codebook as
 * UTF-8 CSV with a byte-order mark, formula-safe; the same access; names that tell variants apart.
 */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class SynthesisCsvExportTest {

    static final String CYCLE = "export-csv";
    static final String BASE = "/api/cycles/" + CYCLE + "/exports/";
    static final List<String> HOSTILE = List.of("=1+1", "-2 initiatives", "@SUM(A1)", "+44 20 7946 0000");
    private static boolean stored;

    @Inject
    ExportFixture fixture;
    @Inject
    ReportFixture reports;
    @Inject
    SynthesisExportService service;

    @BeforeEach
    void storeReports() {
        if (stored) {
            return;
        }
        fixture.cycle(CYCLE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        fixture.report(CYCLE, "KEN", ReportStatus.VALIDATED, List.of(new Stored(at(3, 10), false, answers("KEN", true))));
        fixture.report(CYCLE, "JOR", ReportStatus.SUBMITTED, List.of(new Stored(at(3, 12), false, answers("JOR", false))));
        fixture.report(CYCLE, "GHA", ReportStatus.SUBMITTED, List.of(new Stored(at(4, 2), true, answers("GHA", false))));
        stored = true;
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 11, 30);
    }

    private Map<String, Object> answers(String state, boolean hostile) {
        Map<String, Object> a = new LinkedHashMap<>();
        reports.completeAnswers(state).forEach((code, value) -> a.put(code, value.isTextual() ? value.asText() : value));
        if (hostile) {
            a.put("Q02", HOSTILE.get(0));
            a.put("Q05", HOSTILE.get(1));
            a.put("A2_INCENTIVES", HOSTILE.get(2));
            a.put("Q03", Map.of("name", "Focal point", "phone", HOSTILE.get(3), "email", "focal@example.org"));
        }
        return a;
    }

    static Response get(String file, String query) {
        Response r = given().header("Authorization", Tokens.analyst()).get(BASE + file + query);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        return r;
    }

    /** The zip's files as text, read with ZipInputStream; each must begin with the UTF-8 byte-order mark. */
    static Map<String, String> csvFiles(String query) throws IOException {
        Response r = get("synthesis.csv.zip", query);
        assertThat(r.contentType()).isEqualTo("application/zip");
        Map<String, String> files = new LinkedHashMap<>();
        WorkbookFormatTest.unzipStrictly(r.asByteArray()).forEach((name, bytes) -> {
            assertThat(Arrays.copyOf(bytes, 3)).as(name + " begins with a BOM").containsExactly(0xEF, 0xBB, 0xBF);
            files.put(name, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        });
        return files;
    }

    static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void theZipHoldsTheLongTableAndTheCodebookEachWithAByteOrderMark() throws IOException {
        Map<String, String> files = csvFiles("");
        assertThat(files.keySet()).containsExactlyInAnyOrder("answers_long.csv", "codebook.csv");
        assertThat(files.get("answers_long.csv")).startsWith("state,region,question,item,field,option,label,text,number,date,part\r\n");
        assertThat(files.get("codebook.csv")).startsWith("question,section,number,paragraph,type,required,origin,shown_when,field,option,label_");
    }

    @Test
    void theLongTableHasTheWorkbooksRowsAndTheCodebookItsEntries() throws IOException {
        Map<String, String> files = csvFiles("?lang=fr");
        List<CSVRecord> rows = records(files.get("answers_long.csv"));
        ExportWords fr = ExportWords.of("fr");
        try (XSSFWorkbook wb = ExportFixture.read(get("synthesis.xlsx", "?lang=fr").asByteArray())) {
            assertThat(rows).hasSize(wb.getSheet(fr.get("sheet.long")).getLastRowNum());
            assertThat(records(files.get("codebook.csv"))).hasSize(wb.getSheet(fr.get("sheet.codebook")).getLastRowNum());
        }
        Set<String> states = new HashSet<>();
        rows.forEach(r -> states.add(r.get("state")));
        assertThat(states).containsExactlyInAnyOrder("KEN", "JOR", "GHA");
        CSVRecord q02 = rows.stream().filter(r -> r.get("state").equals("JOR") && r.get("question").equals("Q02")).findFirst().orElseThrow();
        assertThat(q02.get("region")).isEqualTo("ARB");
        assertThat(rows.stream().filter(r -> r.get("state").equals("KEN") && r.get("question").equals("Q06")).findFirst().orElseThrow()
                .get("label")).as("labels in the language asked").isEqualTo("Non");
    }

    @Test
    void noCellStartsWithAFormulaCharacterAndHostileTextsKeepTheirContentAfterAnApostrophe() throws IOException {
        Map<String, String> files = csvFiles("");
        List<String> values = new ArrayList<>();
        for (String csv : files.values()) {
            for (CSVRecord r : records(csv)) {
                r.forEach(values::add);
            }
        }
        assertThat(values).noneMatch(SafeText::needsQuotePrefix);
        assertThat(values).contains("'" + HOSTILE.get(0), "'" + HOSTILE.get(1), "'" + HOSTILE.get(2), "'" + HOSTILE.get(3));
    }

    @Test
    void onlyAnalystsAndTheSecretariatMayDownloadTheCsv() {
        String path = BASE + "synthesis.csv.zip";
        given().get(path).then().statusCode(401);
        given().header("Authorization", Tokens.focalPoint("fp-export-csv")).get(path).then().statusCode(403);
        given().header("Authorization", Tokens.admin()).get(path).then().statusCode(403);
        given().header("Authorization", Tokens.secretariat()).get(path).then().statusCode(200);
        given().header("Authorization", Tokens.analyst()).queryParam("status", "not_started").get(path).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void eachVariantHasItsOwnSafeDownloadName() {
        List<String> queries = List.of("", "?lang=fr", "?values=codes", "?status=validated", "?region=AFR", "?asOf=2026-03-31", "?late=false");
        Set<String> names = new HashSet<>();
        for (String file : List.of("synthesis.xlsx", "synthesis.csv.zip")) {
            for (String query : queries) {
                String header = get(file, query).header("Content-Disposition");
                assertThat(header).matches("attachment; filename=\"([a-z0-9._-]+)\"; filename\\*=UTF-8''\\1");
                names.add(header);
            }
        }
        assertThat(names).hasSize(2 * queries.size());
    }

    @Test
    void bothWorkbooksFromTheEndpointsPassZipInputStream() throws IOException {
        assertThat(WorkbookFormatTest.unzipStrictly(get("synthesis.xlsx", "").asByteArray())).containsKey("xl/workbook.xml");
        byte[] national = given().header("Authorization", Tokens.analyst()).get(ReportFixture.reportPath(CYCLE, "KEN") + "/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        assertThat(WorkbookFormatTest.unzipStrictly(national)).containsKey("xl/workbook.xml");
    }

    @Test
    void aClientThatGoesAwayMidDownloadGetsAnIOExceptionAndLeavesNoOpenTransaction() {
        java.io.OutputStream disconnecting = new java.io.OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 2_000) {
                    throw new IOException("Connection reset by peer");
                }
            }
        };
        SynthesisExportService.Prepared prepared = service.prepare(CYCLE, null, null, null, null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.writeCsv(prepared, disconnecting)).isInstanceOf(IOException.class);
        assertThat(fixture.idleInTransaction()).isZero();
    }
}
