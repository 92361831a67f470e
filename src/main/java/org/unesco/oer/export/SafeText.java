package org.unesco.oer.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The one gate every text passes before it becomes a cell or a sheet name. Spreadsheet programs
 * treat text that starts with {@code = + - @}, tab, CR, LF (or NUL, ASVS 1.2.10) as a formula
 * when a user edits or re-imports it, so such cells are stored with a quote prefix; characters
 * XML cannot carry are replaced so that the file always opens.
 */
public final class SafeText {

    /** Excel's hard limit on the characters in one cell. */
    public static final int CELL_LIMIT = 32_767;
    /** Excel's hard limit on sheet-name length. */
    public static final int SHEET_NAME_LIMIT = 31;
    private static final String SHEET_NAME_FORBIDDEN = "/\\?*[]:";
    /** Excel's limit on a hyperlink's address. */
    public static final int HYPERLINK_LIMIT = 2_079;

    private SafeText() {
    }

    /** True when the text must be stored as quote-prefixed text to stay inert. */
    public static boolean needsQuotePrefix(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' || c == '\0';
    }

    /**
     * A text for a CSV cell: {@link #clean cleaned}, and with a leading apostrophe when it must
     * stay inert ({@link #needsQuotePrefix}), as OWASP advises against CSV injection; null stays null.
     */
    public static String forCsv(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = clean(text);
        return needsQuotePrefix(text) ? "'" + cleaned : cleaned;
    }

    /** The text with NUL, other C0 controls (except tab, CR, LF) and lone surrogates replaced by U+FFFD. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int i = firstInvalid(text);
        if (i < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else {
                b.append(isInvalid(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    private static int firstInvalid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue; // nearly every character of real text: one test
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isInvalid(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isInvalid(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    /**
     * Cuts a text into pieces of at most {@code limit} characters, never between the two halves
     * of a surrogate pair. Concatenating the pieces gives the text back.
     */
    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (text.length() - from > limit) {
            int to = from + limit;
            if (Character.isHighSurrogate(text.charAt(to - 1)) && Character.isLowSurrogate(text.charAt(to))) {
                to--;
            }
            parts.add(text.substring(from, to));
            from = to;
        }
        parts.add(text.substring(from));
        return parts;
    }

    /**
     * A text that fits one cell: itself, or its beginning followed by a visible note saying how
     * long it was and where the whole text is ({@code note} of the length, in the workbook's
     * language, see {@link ExportWords#cutNote}). Never cut silently.
     */
    public static String fitOrMark(String text, IntFunction<String> note) {
        if (text.length() <= CELL_LIMIT) {
            return text;
        }
        String mark = clean(note.apply(text.length()));
        return split(text, CELL_LIMIT - mark.length()).get(0) + mark;
    }

    /**
     * The address a cell hyperlink may point to, or null: only an absolute http or https URL with
     * a host (as the answer validator accepts them), at most {@link #HYPERLINK_LIMIT} characters
     * once non-ASCII characters are percent-encoded. Anything else (javascript:, file:, mailto:,
     * a relative path, text with spaces) stays plain text.
     */
    public static String hyperlinkTarget(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            String address = uri.toASCIIString();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null && address.length() <= HYPERLINK_LIMIT ? address : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * A legal, unique sheet name: forbidden characters replaced, no leading formula character or
     * apostrophe, at most 31 characters, unique ignoring case (as Excel compares them).
     * {@code taken} holds the upper-cased names already used and is updated.
     */
    public static String sheetName(String wanted, Set<String> taken) {
        StringBuilder b = new StringBuilder();
        String cleaned = clean(wanted == null ? "" : wanted);
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            b.append(SHEET_NAME_FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) || c == '\uFFFD' ? '_' : c);
        }
        String name = b.toString().strip();
        if (name.isEmpty()) {
            name = "Sheet";
        }
        if (needsQuotePrefix(name) || name.startsWith("'")) {
            name = "_" + name;
        }
        if (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1) + "_";
        }
        String base = truncate(name, SHEET_NAME_LIMIT);
        String candidate = base;
        for (int n = 2; taken.contains(candidate.toUpperCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = truncate(base, SHEET_NAME_LIMIT - suffix.length()) + suffix;
        }
        taken.add(candidate.toUpperCase(Locale.ROOT));
        return candidate;
    }

    private static String truncate(String text, int limit) {
        return text.length() <= limit ? text : split(text, limit).get(0);
    }
}
