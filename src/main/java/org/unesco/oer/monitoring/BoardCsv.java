package org.unesco.oer.monitoring;

import org.unesco.oer.export.SafeText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The status board as CSV: UTF-8 with a byte-order mark (so Excel shows Arabic and accents),
 * RFC 4180 quoting, and text that could start a formula quote-prefixed so it never evaluates.
 */
public final class BoardCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final List<String> HEADER = List.of("state", "name", "region", "membership", "status", "last_activity",
            "submitted_at", "last_submitted_at", "deadline", "deadline_ends_at", "extended", "days_left", "days_late",
            "on_time", "late", "completion", "focal_points");

    private BoardCsv() {
    }

    public static void write(List<BoardRow> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, HEADER);
        for (BoardRow r : rows) {
            line(w, List.of(r.state(), r.name(), r.region(), r.membership().code(), r.status().code(), str(r.lastActivity()),
                    str(r.submittedAt()), str(r.lastSubmittedAt()), str(r.deadline()), str(r.deadlineEndsAt()),
                    str(r.extended()), str(r.daysLeft()), str(r.daysLate()), str(r.onTime()), str(r.late()),
                    str(r.completion()), String.join("; ", r.focalPoints())));
        }
        w.flush();
    }

    private static String str(Object o) {
        return o == null ? "" : Objects.toString(o);
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(inert(cells.get(i))));
        }
        w.write("\r\n");
    }

    /** Text a spreadsheet would read as a formula gets a leading apostrophe. */
    static String inert(String text) {
        if (SafeText.needsQuotePrefix(text) && !isNumber(text)) {
            return "'" + text;
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("^-?\\d+(\\.\\d+)?$");
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
