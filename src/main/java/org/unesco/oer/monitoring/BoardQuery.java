package org.unesco.oer.monitoring;

import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.registry.MembershipStatus;
import org.unesco.oer.report.ReportStatus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Filters and sort order of the status board, parsed and checked once. */
public record BoardQuery(String region, Set<ReportStatus> statuses, Boolean late, MembershipStatus membership,
                         Comparator<BoardRow> order) {

    private static final Map<String, Function<BoardRow, Comparable<?>>> SORT_KEYS = Map.of(
            "state", BoardRow::state,
            "name", BoardRow::name,
            "region", BoardRow::region,
            "status", BoardRow::status,
            "lastActivity", BoardRow::lastActivity,
            "submittedAt", BoardRow::submittedAt,
            "deadline", BoardRow::deadline,
            "daysLeft", BoardRow::daysLeft,
            "daysLate", BoardRow::daysLate,
            "completion", BoardRow::completion);

    public static BoardQuery parse(String region, String status, String late, String membership, String sort) {
        Set<ReportStatus> statuses = null;
        if (status != null && !status.isBlank()) {
            statuses = Arrays.stream(status.split(",")).map(String::trim).map(code -> Arrays.stream(ReportStatus.values())
                    .filter(s -> s.code().equals(code.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("status", "unknown-value", code,
                            Arrays.stream(ReportStatus.values()).map(ReportStatus::code).toList())))
                    .collect(Collectors.toSet());
        }
        MembershipStatus member = membership == null || membership.isBlank() || membership.equals("all") ? null
                : MembershipStatus.fromCode(membership).orElseThrow(
                        () -> new InvalidRequestException("membership", "one-of", "member, associate, all"));
        return new BoardQuery(region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT),
                statuses, late(late), member, order(sort));
    }

    /** Only true or false: JAX-RS would read any other text as false. */
    private static Boolean late(String late) {
        if (late == null || late.isBlank()) {
            return null;
        }
        return switch (late.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException("late", "boolean");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<BoardRow> order(String sort) {
        Comparator<BoardRow> order = Comparator.comparing(BoardRow::state);
        if (sort == null || sort.isBlank()) {
            return order;
        }
        Comparator<BoardRow> result = null;
        for (String raw : sort.split(",", -1)) {
            String key = raw.trim();
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            if (name.isEmpty()) {
                throw new InvalidRequestException("sort", "empty-sort-field");
            }
            Function<BoardRow, Comparable<?>> extractor = SORT_KEYS.get(name);
            if (extractor == null) {
                throw new InvalidRequestException("sort", "unknown-value", name, SORT_KEYS.keySet().stream().sorted().toList());
            }
            Comparator<Comparable> values = descending ? Comparator.nullsLast(Comparator.<Comparable>reverseOrder())
                    : Comparator.nullsLast(Comparator.<Comparable>naturalOrder());
            Comparator<BoardRow> c = (a, b) -> values.compare((Comparable) extractor.apply(a), (Comparable) extractor.apply(b));
            result = result == null ? c : result.thenComparing(c);
        }
        return result.thenComparing(order);
    }

    public Predicate<BoardRow> filter() {
        return r -> (region == null || region.equals(r.region()))
                && (statuses == null || statuses.contains(r.status()))
                && (late == null || late == r.late())
                && (membership == null || membership == r.membership());
    }

    public List<BoardRow> apply(List<BoardRow> rows) {
        return rows.stream().filter(filter()).sorted(order).toList();
    }
}
