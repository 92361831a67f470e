package org.unesco.oer.export;

import org.unesco.oer.export.ExportRecords.CycleInfo;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.report.ReportStatus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything a synthesis workbook is written from except the reports themselves, which stream.
 *
 * @param definition the questionnaire with its texts in every configured language (translations included)
 * @param regions  the regions shown (one when the export is for a region)
 * @param states   the registry states of those regions, ordered by region then code
 * @param reports  what is known of every report of the cycle that is not counted, by state (Not reporting sheet)
 * @param cutoffEnd the first instant after the analysis cut-off (submissions before it count)
 */
public record SynthesisContext(CycleInfo cycle, QuestionnaireDefinition definition, List<RegionEntry> regions,
                               List<StateEntry> states, Map<String, ReportSummary> reports, SynthesisParameters params,
                               Instant generatedAt, Instant cutoffEnd) {

    /** A report's current status and first submission, to say why a state is not counted. */
    public record ReportSummary(ReportStatus status, Instant firstSubmittedAt, Boolean firstLate) {
    }

    public String lang() {
        return params.lang();
    }

    /** The workbook's fixed words in the export language. */
    public ExportWords words() {
        return ExportWords.of(params.lang());
    }

    /** A text of the questionnaire in the export language (the definition carries every configured one). */
    public String label(Map<String, String> text) {
        return Languages.text(text, params.lang());
    }

    /** An instant as a local date-time of the cycle's time zone (spreadsheets have no time zones). */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, cycle.zone());
    }
}
