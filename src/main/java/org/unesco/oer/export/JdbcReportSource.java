package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.FreeTextAnswer;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.export.SynthesisContext.ReportSummary;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.report.ReportStatus;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads what an export needs from PostgreSQL in one read-only, repeatable-read transaction (every
 * sheet sees the same snapshot). Counted reports, and then their free texts question by question,
 * come through server-side cursors a few rows at a time, so memory does not grow with their number.
 */
public final class JdbcReportSource implements AutoCloseable {

    /**
     * Rows fetched per round trip, and read ahead of the writer on a thread of their own
     * ({@link ReadAheadCursor}): a report's content can be a few hundred kilobytes, a free-text row
     * is one answer of a few kilobytes.
     */
    static final int FETCH_SIZE = 16;
    static final int FREE_TEXT_FETCH_SIZE = 256;

    private static final java.util.regex.Pattern SNAPSHOT_ID = java.util.regex.Pattern.compile("[0-9A-Fa-f-]{1,64}");
    /**
     * Exports that may read their free texts on a second connection at the same time (the pool has
     * 24 in production): the others read them after their reports, on their one connection.
     */
    static final java.util.concurrent.Semaphore BESIDE = new java.util.concurrent.Semaphore(4);

    private final DataSource dataSource;
    private final Connection connection;

    public JdbcReportSource(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        connection = dataSource.getConnection();
        readOnlySnapshot(connection);
    }

    private static void readOnlySnapshot(Connection c) throws SQLException {
        try {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            c.setReadOnly(true);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** The regions in their order, named in {@code lang} (English for a name older than the language). */
    public List<RegionEntry> regions(String lang) throws SQLException {
        List<RegionEntry> regions = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "select code, coalesce(names->>?, names->>'" + Languages.FALLBACK + "') from region order by sort_order")) {
            st.setString(1, lang);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    regions.add(new RegionEntry(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return regions;
    }

    /** The registry named in {@code lang}, ordered by region then code; one region only when {@code region} is set. */
    public List<StateEntry> states(String region, String lang) throws SQLException {
        List<StateEntry> states = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("""
                select s.code, coalesce(s.names->>?, s.names->>'%s'), s.region_code, s.status
                from member_state s join region r on r.code = s.region_code
                where cast(? as text) is null or s.region_code = ?
                order by r.sort_order, s.code""".formatted(Languages.FALLBACK))) {
            st.setString(1, lang);
            st.setString(2, region);
            st.setString(3, region);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    states.add(new StateEntry(rs.getString(1), rs.getString(2), rs.getString(3), "MEMBER".equals(rs.getString(4))));
                }
            }
        }
        return states;
    }

    /** Every report of the cycle: current status and first submission (to explain who is not counted). */
    public Map<String, ReportSummary> summaries(String cycle) throws SQLException {
        Map<String, ReportSummary> reports = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("""
                select r.state_code, r.status, f.submitted_at, case when f.id is null then null else r.submitted_late end
                from national_report r left join submission f on f.report_id = r.id and f.number = 1
                where r.cycle_code = ?""")) {
            st.setString(1, cycle);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reports.put(rs.getString(1), new ReportSummary(ReportStatus.valueOf(rs.getString(2)), instant(rs, 3),
                            (Boolean) rs.getObject(4)));
                }
            }
        }
        return reports;
    }

    /** The reports that count: the same filter for both cursors (binds 7 parameters). */
    private static final String COUNTED = """
            from national_report r
            join member_state m on m.code = r.state_code
            join submission f on f.report_id = r.id and f.number = 1
            join lateral (select x.number, x.submitted_at, x.digest, x.content from submission x
                          where x.report_id = r.id and x.submitted_at < ?
                          order by x.number desc limit 1) s on true
            where r.cycle_code = ? and r.status = any(cast(? as text[])) and f.submitted_at < ?
              and (? or not r.submitted_late) and (cast(? as text) is null or m.region_code = ?)
            """;

    /**
     * The counted reports of a cycle: status in {@code statuses}, first submitted before
     * {@code cutoffEnd} (and on time unless {@code late}), with the content of the latest
     * submission made before {@code cutoffEnd}.
     */
    public SynthesisSource synthesis(String cycle, Set<ReportStatus> statuses, Instant cutoffEnd, boolean late, String region) {
        return new SynthesisSource() {
            @Override
            public Cursor<CountedReport> reports() throws IOException {
                return query("select r.state_code, r.status, f.submitted_at, r.submitted_late, s.number, s.submitted_at, s.digest, s.content "
                        + COUNTED + " order by r.state_code", st -> bind(st, cycle, statuses, cutoffEnd, late, region),
                        rs -> new CountedReport(rs.getString(1), ReportStatus.valueOf(rs.getString(2)), instant(rs, 3), rs.getBoolean(4),
                                rs.getInt(5), instant(rs, 6), rs.getString(7), answers(rs.getString(8))), FETCH_SIZE);
            }

            /**
             * Read on a second connection that shares this transaction's snapshot, by a thread of its
             * own from the moment it is opened: the server's pairing and sorting (a tenth of the whole
             * export) runs while the report rows are still being written. When {@link #BESIDE} has no
             * permit left, they are read after the reports, on this connection, when first asked for.
             */
            @Override
            public Cursor<FreeTextAnswer> freeText(List<String> questions, List<String> urls) throws IOException {
                // The server pairs every counted report with every item and sorts: the JVM only sees rows in order.
                String sql = "with counted as materialized (select r.state_code, cast(s.content as jsonb) -> 'answers' as answers "
                        + COUNTED + """
                        )
                        select q.ord, c.state_code, c.answers -> q.code, c.answers -> q.urls
                        from unnest(cast(? as text[]), cast(? as text[])) with ordinality as q(code, urls, ord)
                        join counted c on (c.answers -> q.code) is not null or (c.answers -> q.urls) is not null
                        order by q.ord, c.state_code""";
                Binder binder = st -> {
                    bind(st, cycle, statuses, cutoffEnd, late, region);
                    st.setArray(8, st.getConnection().createArrayOf("text", questions.toArray()));
                    st.setArray(9, st.getConnection().createArrayOf("text", urls.toArray()));
                };
                RowReader<FreeTextAnswer> reader = rs -> new FreeTextAnswer(rs.getInt(1) - 1, rs.getString(2), json(rs.getString(3)),
                        json(rs.getString(4)));
                String snapshot = exportSnapshot();
                if (!BESIDE.tryAcquire()) {
                    return new OpenedWhenReached<>(() -> query(sql, binder, reader, FREE_TEXT_FETCH_SIZE));
                }
                return new ReadAheadCursor<>(() -> onSnapshot(snapshot, sql, binder, reader, FREE_TEXT_FETCH_SIZE), FREE_TEXT_FETCH_SIZE,
                        "export-read-ahead");
            }
        };
    }

    private void bind(PreparedStatement st, String cycle, Set<ReportStatus> statuses, Instant cutoffEnd, boolean late, String region)
            throws SQLException {
        OffsetDateTime end = OffsetDateTime.ofInstant(cutoffEnd, ZoneOffset.UTC);
        st.setObject(1, end);
        st.setString(2, cycle);
        st.setArray(3, st.getConnection().createArrayOf("text", statuses.stream().map(Enum::name).toArray()));
        st.setObject(4, end);
        st.setBoolean(5, late);
        st.setString(6, region);
        st.setString(7, region);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> SynthesisSource.Cursor<T> query(String sql, Binder binder, RowReader<T> reader, int fetchSize) throws IOException {
        try {
            return new ReadAheadCursor<>(cursor(connection, sql, binder, reader, fetchSize, () -> {
            }), fetchSize, "export-read-ahead");
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static <T> JdbcCursor<T> cursor(Connection c, String sql, Binder binder, RowReader<T> reader, int fetchSize, Release release)
            throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        try {
            binder.bind(st);
            st.setFetchSize(fetchSize);
            return new JdbcCursor<>(st, st.executeQuery(), reader, release);
        } catch (SQLException e) {
            st.close();
            throw e;
        }
    }

    /** The id of this transaction's snapshot, for a second connection to read exactly what this one reads. */
    private String exportSnapshot() throws IOException {
        try (PreparedStatement st = connection.prepareStatement("select pg_export_snapshot()"); ResultSet rs = st.executeQuery()) {
            rs.next();
            String id = rs.getString(1);
            if (!SNAPSHOT_ID.matcher(id).matches()) {
                throw new IOException("Unexpected snapshot id from PostgreSQL: " + id);
            }
            return id;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * A cursor on a connection of its own in the exported snapshot {@code snapshot}, holding a
     * {@link #BESIDE} permit: closing the cursor hands both back, and so does any failure to open it.
     */
    private <T> SynthesisSource.Cursor<T> onSnapshot(String snapshot, String sql, Binder binder, RowReader<T> reader, int fetchSize)
            throws IOException {
        boolean handedToCursor = false;
        try {
            Connection other = dataSource.getConnection();
            readOnlySnapshot(other);
            try {
                try (java.sql.Statement st = other.createStatement()) {
                    st.execute("set transaction snapshot '" + snapshot + "'"); // checked against SNAPSHOT_ID
                }
                JdbcCursor<T> cursor = cursor(other, sql, binder, reader, fetchSize, () -> {
                    try {
                        release(other);
                    } finally {
                        BESIDE.release();
                    }
                });
                handedToCursor = true;
                return cursor;
            } catch (SQLException e) {
                release(other);
                throw e;
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            if (!handedToCursor) {
                BESIDE.release();
            }
        }
    }

    private static IOException failed(SQLException e) {
        return new IOException("Reading reports for the export failed", e);
    }

    /** A cursor whose query runs when its first row is asked for: after the cursor before it has been read and closed. */
    private static final class OpenedWhenReached<T> implements SynthesisSource.Cursor<T> {

        private final ReadAheadCursor.Opener<T> opener;
        private SynthesisSource.Cursor<T> opened;

        OpenedWhenReached(ReadAheadCursor.Opener<T> opener) {
            this.opener = opener;
        }

        private SynthesisSource.Cursor<T> opened() {
            if (opened == null) {
                try {
                    opened = opener.open();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return opened;
        }

        @Override
        public boolean hasNext() {
            return opened().hasNext();
        }

        @Override
        public T next() {
            return opened().next();
        }

        @Override
        public void close() throws IOException {
            if (opened != null) {
                opened.close();
            }
        }
    }

    static Map<String, JsonNode> answers(String content) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        Json.read(content).path("answers").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue()));
        return answers;
    }

    private static JsonNode json(String text) {
        return text == null ? null : Json.read(text);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Ends the read-only transaction and hands the connection back as it was found. */
    @Override
    public void close() throws SQLException {
        release(connection);
    }

    private static void release(Connection c) throws SQLException {
        try {
            c.rollback();
            c.setReadOnly(false);
            c.setAutoCommit(true);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } finally {
            c.close();
        }
    }

    @FunctionalInterface
    private interface Release {
        void run() throws SQLException;
    }

    /** Rows read a few at a time from a server-side cursor; each is turned into a record as it is reached. */
    private static final class JdbcCursor<T> implements SynthesisSource.Cursor<T> {

        private final PreparedStatement statement;
        private final ResultSet rs;
        private final RowReader<T> reader;
        private final Release release;
        private Boolean hasNext;
        private boolean closed;

        JdbcCursor(PreparedStatement statement, ResultSet rs, RowReader<T> reader, Release release) {
            this.statement = statement;
            this.rs = rs;
            this.reader = reader;
            this.release = release;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = rs.next();
                } catch (SQLException e) {
                    throw new ExportReadFailedException(e);
                }
            }
            return hasNext;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                return reader.read(rs);
            } catch (SQLException e) {
                throw new ExportReadFailedException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return; // the connection, and its permit, are handed back once
            }
            closed = true;
            try {
                try (statement; rs) {
                    // closed in reverse order: result set, then statement
                } finally {
                    release.run();
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }

    /** The database failed while an export was being written (the response is then cut short). */
    public static final class ExportReadFailedException extends UncheckedIOException {
        ExportReadFailedException(SQLException cause) {
            super(failed(cause));
        }
    }
}
