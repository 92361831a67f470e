package org.unesco.oer.export;

import org.unesco.oer.export.ExportRecords.CycleInfo;
import org.unesco.oer.report.ReportStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Download names: every parameter that changes the content is in the name, so that variants
 * saved side by side never overwrite each other; only {@code [a-z0-9.-]} and {@code _} between
 * parts, so that the name is safe on every file system and in every shell.
 */
public final class DownloadName {

    private DownloadName() {
    }

    /**
     * {@code synthesis_<cycle>_<lang>_cutoff-<day|none>_<region|all-regions>_<statuses>_<labels|codes>_<with-late|on-time-only>.<extension>},
     * e.g. {@code synthesis_oer-2023_en_cutoff-2023-04-30_all-regions_submitted-validated_labels_with-late.xlsx}.
     */
    public static String synthesis(CycleInfo cycle, SynthesisParameters p, String extension) {
        String statuses = p.statuses().stream().map(ReportStatus::code).sorted().collect(Collectors.joining("-"));
        return String.join("_", "synthesis", part(cycle.code()), part(p.lang()),
                "cutoff-" + (p.asOf() == null ? "none" : p.asOf().toString()),
                p.region() == null ? "all-regions" : part(p.region()), part(statuses), p.codes() ? "codes" : "labels",
                p.late() ? "with-late" : "on-time-only") + "." + extension;
    }

    /** {@code report_<cycle>_<state>_<lang>.xlsx}. */
    public static String nationalReport(String cycle, String state, String lang) {
        return String.join("_", "report", part(cycle), part(state), part(lang)) + ".xlsx";
    }

    /** Lower case; any character but a letter, digit, dot or hyphen becomes a hyphen. */
    static String part(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }

    /** An attachment header with the plain and the RFC 6266 / RFC 5987 ({@code filename*}) forms of the name. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
