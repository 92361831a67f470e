package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Indicator;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.report.ReportStatus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts behind the Response, Indicators and Questions sheets, per region and overall. Its
 * size depends on the questionnaire and the regions only, never on the number of reports.
 * Index {@code regions.size()} of every array is the overall total.
 */
final class Tallies {

    final List<RegionEntry> regions;
    final int overall;
    private final Map<String, Integer> regionIndex = new HashMap<>();

    final int[] membersExpected;
    final int[] associates;
    final int[] reporting;
    final int[] membersReporting;
    final int[] associatesReporting;
    final int[] validated;
    final int[] submitted;
    final int[] otherStatus;
    final int[] onTime;
    final int[] late;
    final List<Indicator> indicators;
    final int[][] indicatorCounts;
    final List<Question> closed;
    final Map<String, int[][]> optionCounts = new LinkedHashMap<>();
    final Map<String, int[]> answered = new LinkedHashMap<>();

    Tallies(SynthesisContext ctx) {
        regions = ctx.regions();
        overall = regions.size();
        for (int i = 0; i < regions.size(); i++) {
            regionIndex.put(regions.get(i).code(), i);
        }
        membersExpected = counts();
        associates = counts();
        reporting = counts();
        membersReporting = counts();
        associatesReporting = counts();
        validated = counts();
        submitted = counts();
        otherStatus = counts();
        onTime = counts();
        late = counts();
        for (StateEntry s : ctx.states()) {
            add(s.member() ? membersExpected : associates, s);
        }
        indicators = ctx.definition().indicators();
        indicatorCounts = new int[indicators.size()][];
        for (int i = 0; i < indicatorCounts.length; i++) {
            indicatorCounts[i] = counts();
        }
        closed = ctx.definition().questions().filter(q -> q.type().isChoice()).toList();
        for (Question q : closed) {
            int[][] perOption = new int[q.options().size()][];
            for (int i = 0; i < perOption.length; i++) {
                perOption[i] = counts();
            }
            optionCounts.put(q.code(), perOption);
            answered.put(q.code(), counts());
        }
    }

    private int[] counts() {
        return new int[regions.size() + 1];
    }

    private void add(int[] counts, StateEntry state) {
        Integer r = regionIndex.get(state.region());
        if (r != null) {
            counts[r]++;
        }
        counts[overall]++;
    }

    void add(CountedReport report, StateEntry state) {
        add(reporting, state);
        add(state.member() ? membersReporting : associatesReporting, state);
        add(report.status() == ReportStatus.VALIDATED ? validated
                : report.status() == ReportStatus.SUBMITTED ? submitted : otherStatus, state);
        add(report.late() ? late : onTime, state);
        Map<String, JsonNode> answers = report.answers();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            JsonNode value = answers.get(indicator.question());
            if (value != null && indicator.values().stream().anyMatch(v -> matches(value, v))) {
                add(indicatorCounts[i], state);
            }
        }
        for (Question q : closed) {
            JsonNode value = answers.get(q.code());
            if (value == null || value.isNull()) {
                continue;
            }
            add(answered.get(q.code()), state);
            int[][] perOption = optionCounts.get(q.code());
            for (int i = 0; i < perOption.length; i++) {
                if (matches(value, q.options().get(i).code())) {
                    add(perOption[i], state);
                }
            }
        }
    }

    /** The answer is, or (multiple choice) includes, the option. */
    static boolean matches(JsonNode value, String option) {
        return value.isArray() ? WideColumns.contains(value, option) : option.equals(value.asText());
    }
}
