package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.report.NationalReport;
import org.unesco.oer.report.ReportEvaluation;
import org.unesco.oer.report.ReportLocator;
import org.unesco.oer.report.ReportLocator.ReportContext;
import org.unesco.oer.report.ReportService;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.report.Submission;

import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads one report for its workbook: a single report is small, so it is read whole before writing. */
@ApplicationScoped
public class NationalReportExportService {

    @Inject
    InstantSource clock;
    @Inject
    ReportLocator locator;
    @Inject
    Languages languages;

    @Transactional
    public NationalReportWorkbook.Content load(String cycleCode, String stateCode, String lang) {
        String language = SynthesisParameters.language(languages.supported(), lang);
        ReportContext ctx = locator.context(cycleCode, stateCode);
        NationalReport report = NationalReport.find(ctx.cycleCode(), ctx.stateCode()).orElse(null);
        ReportStatus status = ReportLocator.statusOf(report);
        boolean started = status != ReportStatus.NOT_STARTED;
        Map<String, JsonNode> answers = ReportLocator.answersOf(report);
        ReportEvaluation evaluation = new ReportEvaluation(ctx.definition(), answers, ReportService.validator());
        Set<String> hidden = evaluation.checks().entrySet().stream()
                .filter(e -> e.getValue().state() == ReportEvaluation.QuestionState.HIDDEN)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        String digest = started && report.submissionCount > 0
                ? Submission.byNumber(report.id, report.submissionCount).map(s -> s.digest).orElse(null) : null;
        Map<String, String> stateNames = new HashMap<>();
        answers.values().stream().filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(v -> v.length() == 3).distinct()
                .forEach(code -> {
                    MemberState s = MemberState.findById(code);
                    if (s != null) {
                        stateNames.put(code, s.name(language));
                    }
                });
        return new NationalReportWorkbook.Content(ctx.cycleCode(), ctx.cycle().title(language), ctx.stateCode(),
                ctx.state().name(language), status, ctx.questionnaire().definitionInEveryLanguage(),
                started ? report.submittedAt : null, started ? report.submittedLate : null, started ? report.validatedAt : null,
                started ? report.submissionCount : 0, digest, ctx.cycle().zone(), answers, hidden, stateNames, language, clock.instant());
    }
}
