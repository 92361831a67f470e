package org.unesco.oer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.platform.Json;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Fills a freshly migrated database with the registry and one submitted report per state. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /** Registry from the shipped file (plus synthetic states up to {@code states}), every question answered. */
    static int fill(DataSource ds, QuestionnaireDefinition d, String cycle, int states, int longText) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement(
                    "insert into member_state (code, names, region_code, status) values (?, cast(? as jsonb), ?, ?)")) {
                for (List<String> row : registry()) {
                    st.setString(1, row.get(0));
                    st.setString(2, names("State " + row.get(0), "État " + row.get(0), "دولة " + row.get(0)));
                    st.setString(3, row.get(1));
                    st.setString(4, row.get(2).toUpperCase());
                    st.addBatch();
                    codes.add(row.get(0));
                }
                for (char x = 'A'; codes.size() < states; x++) {
                    String code = "ZZ" + x; // synthetic, to reach the requested number of states
                    st.setString(1, code);
                    st.setString(2, names("Synthetic " + x, "Synthétique " + x, "اصطناعي " + x));
                    st.setString(3, "AFR");
                    st.setString(4, "MEMBER");
                    st.addBatch();
                    codes.add(code);
                }
                st.executeBatch();
            }
            List<Question> questions = d.questions().toList();
            Instant base = Instant.parse("2023-01-10T09:00:00Z");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (PreparedStatement report = c.prepareStatement("""
                    insert into national_report (cycle_code, state_code, status, version, started_at, last_activity_at,
                                                 submitted_at, submitted_late, submission_count)
                    values (?, ?, ?, 2, ?, ?, ?, ?, 1) returning id""");
                 PreparedStatement submission = c.prepareStatement("""
                         insert into submission (report_id, number, submitted_at, entered_at, submitted_by, submitted_by_role, late,
                                                 effective_deadline, content, digest)
                         values (?, 1, ?, ?, 'bench', 'focal-point', ?, ?, ?, ?)""")) {
                for (int i = 0; i < codes.size(); i++) {
                    String code = codes.get(i);
                    Random random = new Random(i);
                    Map<String, JsonNode> answers = new LinkedHashMap<>();
                    for (Question q : questions) {
                        answers.put(q.code(), SyntheticData.value(q.type(), q.options(), q.fields(), random, longText, true, code));
                    }
                    boolean late = i % 9 == 8;
                    Timestamp at = Timestamp.from(base.plusSeconds(3600L * 5 * i));
                    Map<String, Object> content = new LinkedHashMap<>();
                    content.put("cycle", cycle);
                    content.put("state", code);
                    content.put("questionnaireVersion", d.version());
                    content.put("submission", 1);
                    content.put("answers", answers);
                    content.put("excludedHiddenAnswers", List.of());
                    String text = Json.write(content);
                    report.setString(1, cycle);
                    report.setString(2, code);
                    report.setString(3, i % 3 == 0 ? "VALIDATED" : "SUBMITTED");
                    report.setTimestamp(4, at);
                    report.setTimestamp(5, at);
                    report.setTimestamp(6, at);
                    report.setBoolean(7, late);
                    long id;
                    try (ResultSet rs = report.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    submission.setLong(1, id);
                    submission.setTimestamp(2, at);
                    submission.setTimestamp(3, at);
                    submission.setBoolean(4, late);
                    submission.setTimestamp(5, at);
                    submission.setString(6, text);
                    submission.setString(7, HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8))));
                    submission.executeUpdate();
                }
            }
            c.commit();
        }
        return codes.size();
    }

    private static String names(String en, String fr, String ar) {
        return org.unesco.oer.platform.Json.write(java.util.Map.of("en", en, "fr", fr, "ar", ar));
    }

    /** The shipped registry file: code, region, status, language (quoted fields allowed). */
    static List<List<String>> registry() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = BenchDatabase.class.getClassLoader().getResourceAsStream("registry/member-states.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(fields(line));
                }
            }
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                fields.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        fields.add(b.toString());
        return fields;
    }
}
