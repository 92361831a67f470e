package org.unesco.oer.export;

import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.Dates;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.report.ReportStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of a synthesis export, checked before a single byte is written.
 *
 * @param lang      language of labels and words, one of the configured languages
 * @param codes     answers as option codes rather than labels in the wide sheet
 * @param statuses  report statuses that count
 * @param region    one region only, or null for all
 * @param asOf      the analysis cut-off (last day included, cycle time zone), or null for none
 * @param asOfGiven whether asOf came from the request (otherwise it is the cycle's)
 * @param late      whether reports first submitted after the deadline count
 */
public record SynthesisParameters(String lang, boolean codes, Set<ReportStatus> statuses, String region,
                                  LocalDate asOf, boolean asOfGiven, boolean late) {

    /** Statuses a counted report may have: every one reached through a submission. */
    static final Set<ReportStatus> COUNTABLE = EnumSet.of(ReportStatus.DRAFT, ReportStatus.SUBMITTED,
            ReportStatus.RETURNED, ReportStatus.VALIDATED);
    static final Set<ReportStatus> DEFAULT_STATUSES = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.VALIDATED);

    /** Parses the raw query values; {@code languages} are those configured, {@code cycleCutoff} is the default for asOf. */
    public static SynthesisParameters parse(List<String> languages, String lang, String values, List<String> status, String region,
                                            String asOf, String late, LocalDate cycleCutoff) {
        String language = language(languages, lang);
        boolean codes = switch (values == null || values.isBlank() ? "labels" : values.trim().toLowerCase(Locale.ROOT)) {
            case "labels" -> false;
            case "codes" -> true;
            default -> throw new InvalidRequestException("values", "one-of", "labels, codes");
        };
        Set<ReportStatus> statuses = statuses(status);
        String regionCode = region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT);
        LocalDate cutoff = cycleCutoff;
        if (asOf != null && !asOf.isBlank()) {
            cutoff = Dates.parse(asOf.trim());
            if (cutoff == null) {
                throw new InvalidRequestException("asOf", "date", Dates.EARLIEST, Dates.LATEST);
            }
        }
        boolean includeLate = switch (late == null || late.isBlank() ? "true" : late.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException("late", "boolean");
        };
        return new SynthesisParameters(language, codes, statuses, regionCode, cutoff, asOf != null && !asOf.isBlank(), includeLate);
    }

    /** The language of a workbook: English by default, else one of the configured languages (a 400 names them). */
    static String language(List<String> languages, String lang) {
        String language = lang == null || lang.isBlank() ? Languages.FALLBACK : lang.trim().toLowerCase(Locale.ROOT);
        if (!languages.contains(language)) {
            throw new InvalidRequestException("lang", "unsupported-language", lang.strip(), String.join(", ", languages));
        }
        return language;
    }

    private static Set<ReportStatus> statuses(List<String> raw) {
        List<String> items = new ArrayList<>();
        if (raw != null) {
            raw.forEach(r -> {
                for (String s : r.split(",")) {
                    if (!s.isBlank()) {
                        items.add(s.trim().toLowerCase(Locale.ROOT));
                    }
                }
            });
        }
        if (items.isEmpty()) {
            return DEFAULT_STATUSES;
        }
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        String allowed = COUNTABLE.stream().map(ReportStatus::code).collect(Collectors.joining(", "));
        for (String item : items) {
            ReportStatus s = COUNTABLE.stream().filter(c -> c.code().equals(item)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("status", "unknown-value", Message.of("violation.unknown-value.status", item, allowed)));
            statuses.add(s);
        }
        return statuses;
    }

    /** How the parameters read in the About sheet. */
    public String statusList() {
        return statuses.stream().map(ReportStatus::code).collect(Collectors.joining(", "));
    }
}
