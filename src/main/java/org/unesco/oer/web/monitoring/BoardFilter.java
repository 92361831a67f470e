package org.unesco.oer.web.monitoring;

import org.unesco.oer.monitoring.BoardQuery;
import org.unesco.oer.monitoring.BoardRow;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.registry.MemberState;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The status board's filters as the page's GET form sends them: the API's {@link BoardQuery}
 * (region, status, late, membership, sort) plus what the page adds, an extension filter and a
 * search by name in any of the states' languages. Every field is checked, and every problem is
 * reported at once (the API stops at the first).
 */
public record BoardFilter(String region, String status, String late, String extended, String membership,
                          String q, String sort, BoardQuery query, Boolean extendedOnly, String needle,
                          List<Issue> issues) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_SEARCH = 200;

    public static BoardFilter parse(String region, String status, String late, String extended, String membership,
                                    String q, String sort, Set<String> regions) {
        List<Issue> issues = new ArrayList<>();
        String r = blank(region) ? null : region.trim().toUpperCase(Locale.ROOT);
        if (r != null && !regions.contains(r)) {
            issues.add(Issue.of("region", "unknown-value", org.unesco.oer.platform.Message.of("violation.unknown-value",
                    region, regions.stream().sorted().toList())));
            r = null;
        }
        String st = check(issues, () -> BoardQuery.parse(null, status, null, null, null)) ? status : null;
        String lt = check(issues, () -> BoardQuery.parse(null, null, late, null, null)) ? late : null;
        String mb = check(issues, () -> BoardQuery.parse(null, null, null, membership, null)) ? membership : null;
        String so = check(issues, () -> BoardQuery.parse(null, null, null, null, sort)) ? sort : null;
        Boolean ext = null;
        if (!blank(extended)) {
            switch (extended.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> ext = true;
                case "false" -> ext = false;
                default -> issues.add(Issue.of("extended", "boolean", org.unesco.oer.platform.Message.of("violation.boolean")));
            }
        }
        String needle = blank(q) ? null : fold(q.length() > MAX_SEARCH ? q.substring(0, MAX_SEARCH) : q);
        BoardQuery query = BoardQuery.parse(r, st, lt, mb, so);
        return new BoardFilter(r, blank(st) ? null : st.trim().toLowerCase(Locale.ROOT), blank(lt) ? null : lt.trim().toLowerCase(Locale.ROOT),
                ext == null ? null : ext.toString(), blank(mb) ? null : mb.trim(), blank(q) ? null : q.trim(),
                blank(so) ? null : so.trim(), query, ext, needle, List.copyOf(issues));
    }

    private static boolean check(List<Issue> issues, Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (InvalidRequestException e) {
            issues.addAll(e.issues());
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Lower case without accents, so that "cote d'ivoire" finds "Côte d'Ivoire" and "egypte" "Égypte". */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text.trim(), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The rows the filters keep, in the order asked for; the search looks at the code and every name. */
    public List<BoardRow> apply(List<BoardRow> rows, Map<String, MemberState> states) {
        Predicate<BoardRow> extra = row -> (extendedOnly == null || extendedOnly == row.extended())
                && (needle == null || matches(row, states.get(row.state())));
        return query.apply(rows).stream().filter(extra).toList();
    }

    private boolean matches(BoardRow row, MemberState state) {
        if (fold(row.state()).equals(needle)) {
            return true;
        }
        if (state == null || state.names == null) {
            return fold(row.name()).contains(needle);
        }
        return state.names.values().stream().anyMatch(n -> n != null && fold(n).contains(needle));
    }

    /** The query string of these filters (without sort and page), for links that keep them. */
    public String filterQuery() {
        StringBuilder s = new StringBuilder();
        add(s, "region", region);
        add(s, "status", status);
        add(s, "late", late);
        add(s, "extended", extended);
        add(s, "membership", membership);
        add(s, "q", q);
        return s.toString();
    }

    static void add(StringBuilder s, String name, String value) {
        if (value != null && !value.isEmpty()) {
            s.append(s.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public boolean any() {
        return region != null || status != null || late != null || extended != null || membership != null || q != null;
    }
}
