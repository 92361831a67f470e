package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.report.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** What the export writers read: plain records, so that any source (database or generator) can feed them. */
public final class ExportRecords {

    private ExportRecords() {
    }

    /** A region of the registry, in its display order, named in the export's language. */
    public record RegionEntry(String code, String name) {
    }

    /** A Member State ({@code member}) or Associate Member of the registry, named in the export's language. */
    public record StateEntry(String code, String name, String region, boolean member) {
    }

    /** The reporting cycle as the About sheet and the file name need it. */
    public record CycleInfo(String code, String title, String circularLetter, String questionnaireVersion,
                            LocalDate deadline, LocalDate analysisCutoff, ZoneId zone) {
    }

    /**
     * A report that counts, with the answers of the submission exported (the latest one made at
     * or before the cut-off) and what identifies that submission.
     */
    public record CountedReport(String stateCode, ReportStatus status, Instant firstSubmittedAt, boolean late,
                                int submissionNumber, Instant submissionAt, String digest, Map<String, JsonNode> answers) {
    }

    /** One state's answer to a free-text item: the text (or group) answer and the hyperlinks given with it. */
    public record FreeTextAnswer(int item, String stateCode, JsonNode text, JsonNode urls) {
    }
}
