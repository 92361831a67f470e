package org.unesco.oer.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unesco.oer.platform.Sha256;
import org.unesco.oer.cycle.CycleDtos.CreateCycleRequest;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.platform.Json;
import org.unesco.oer.report.ReportStatus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores reports as the submit endpoint stores them (report row, numbered submissions with their
 * content and SHA-256) but at chosen times, so that cut-off and lateness can be tested; and reads
 * workbooks back.
 */
@ApplicationScoped
public class ExportFixture {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    CycleService cycles;
    @Inject
    EntityManager em;
    @Inject
    org.unesco.oer.platform.Languages languages;

    private Map<String, String> titles(String title) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        languages.supported().forEach(l -> titles.put(l, title + " [" + l + "]"));
        return titles;
    }

    /** One stored submission: when (Paris time), late or not, the answers submitted. */
    public record Stored(LocalDateTime at, boolean late, Map<String, ?> answers) {
    }

    public void cycle(String code, LocalDate opens, LocalDate deadline, LocalDate cutoff) {
        cycle(code, titles("Export test " + code), opens, deadline, cutoff);
    }

    public void cycle(String code, Map<String, String> titles, LocalDate opens, LocalDate deadline, LocalDate cutoff) {
        if (QuarkusTransaction.requiringNew().call(() -> ReportingCycle.findById(code)) == null) {
            cycles.create(new CreateCycleRequest(code, titles, null, null, null, "CL/9999", null, opens,
                    deadline, "Europe/Paris", null, cutoff, "2022.1"));
        }
    }

    /** A report with its submissions, as if submitted at those times; returns each submission's SHA-256. */
    public List<String> report(String cycle, String state, ReportStatus status, List<Stored> submissions) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant first = submissions.isEmpty() ? Instant.parse("2026-01-05T10:00:00Z") : submissions.get(0).at().atZone(PARIS).toInstant();
            Instant last = submissions.isEmpty() ? first : submissions.get(submissions.size() - 1).at().atZone(PARIS).toInstant();
            Number id = (Number) em.createNativeQuery("""
                    insert into national_report (cycle_code, state_code, status, version, started_at, last_activity_at,
                                                 submitted_at, submitted_late, submission_count)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) returning id""")
                    .setParameter(1, cycle).setParameter(2, state).setParameter(3, status.name()).setParameter(4, submissions.size() + 1)
                    .setParameter(5, first).setParameter(6, last)
                    .setParameter(7, submissions.isEmpty() ? null : last)
                    .setParameter(8, submissions.isEmpty() ? null : submissions.get(0).late()) // timeliness: the first submission's
                    .setParameter(9, submissions.size()).getSingleResult();
            List<String> digests = new ArrayList<>();
            int n = 0;
            for (Stored s : submissions) {
                n++;
                Instant at = s.at().atZone(PARIS).toInstant();
                Map<String, Object> content = new LinkedHashMap<>();
                content.put("cycle", cycle);
                content.put("state", state);
                content.put("questionnaireVersion", "2022.1");
                content.put("submission", n);
                content.put("submittedAt", at.toString());
                content.put("late", s.late());
                content.put("answers", s.answers());
                content.put("excludedHiddenAnswers", List.of());
                String text = Json.write(content);
                String digest = Sha256.hex(text);
                em.createNativeQuery("""
                        insert into submission (report_id, number, submitted_at, entered_at, submitted_by, submitted_by_role, late,
                                                effective_deadline, content, digest)
                        values (?1, ?2, ?3, ?3, 'test', 'focal-point', ?4, ?3, ?5, ?6)""")
                        .setParameter(1, id.longValue()).setParameter(2, n).setParameter(3, at).setParameter(4, s.late())
                        .setParameter(5, text).setParameter(6, digest).executeUpdate();
                digests.add(digest);
            }
            if (!submissions.isEmpty()) {
                // The live answers are those last submitted, as after a real submission.
                for (Map.Entry<String, ?> a : submissions.get(submissions.size() - 1).answers().entrySet()) {
                    em.createNativeQuery("""
                            insert into answer (report_id, question_code, value, version, updated_at, updated_by)
                            values (?1, ?2, cast(?3 as jsonb), 1, ?4, 'test')""")
                            .setParameter(1, id.longValue()).setParameter(2, a.getKey()).setParameter(3, Json.write(a.getValue()))
                            .setParameter(4, last).executeUpdate();
                }
            }
            return digests;
        });
    }

    /** Sessions other than this one left idle inside a transaction: an export must leave none. */
    public int idleInTransaction() {
        Number open = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from pg_stat_activity where state like 'idle in transaction%' and pid <> pg_backend_pid()").getSingleResult());
        return open.intValue();
    }

        // ---- reading workbooks back ---------------------------------------------------------------

    public static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row's texts, by column. */
    public static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    public static int column(Sheet sheet, String name) {
        int i = header(sheet).indexOf(name);
        if (i < 0) {
            throw new AssertionError("no column " + name + " in " + sheet.getSheetName());
        }
        return i;
    }

    /** The data rows whose cell in {@code column} has this text. */
    public static List<Row> rows(Sheet sheet, String column, String value) {
        int c = column(sheet, column);
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && value.equals(text(row.getCell(c)))) {
                rows.add(row);
            }
        }
        return rows;
    }

    public static Row row(Sheet sheet, String column, String value) {
        List<Row> rows = rows(sheet, column, value);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows with " + column + " = " + value + " in " + sheet.getSheetName());
        }
        return rows.get(0);
    }

    public static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    public static Double number(Cell cell) {
        return cell == null || cell.getCellType() != CellType.NUMERIC ? null : cell.getNumericCellValue();
    }

    public static Object value(Row row, Sheet sheet, String column) {
        Cell cell = row.getCell(column(sheet, column));
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue();
    }

    /** The About sheet's value for an item, in a workbook of that language ({@code key} of the words, e.g. about.digest). */
    public static String about(XSSFWorkbook wb, String lang, String key) {
        ExportWords words = ExportWords.of(lang);
        return about(wb.getSheet(words.get("sheet.about")), words.get(key));
    }

    /** The About sheet's value for an item. */
    public static String about(XSSFWorkbook wb, String item) {
        return about(wb.getSheet("About"), item);
    }

    private static String about(Sheet about, String item) {
        for (Row row : about) {
            if (item.equals(text(row.getCell(0)))) {
                Cell v = row.getCell(1);
                return v.getCellType() == CellType.NUMERIC ? String.valueOf((long) v.getNumericCellValue()) : v.getStringCellValue();
            }
        }
        throw new AssertionError("no About item " + item);
    }
}
