package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.registry.MemberState;

import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finds a report with what it needs (cycle, questionnaire, state) and locks it for changes. */
@ApplicationScoped
public class ReportLocator {

    @Inject
    InstantSource clock;
    @Inject
    CycleService cycles;
    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    EntityManager em;

    public record ReportContext(ReportingCycle cycle, QuestionnaireCatalog.Published questionnaire, MemberState state) {

        public QuestionnaireDefinition definition() {
            return questionnaire.definition();
        }

        public String cycleCode() {
            return cycle.code;
        }

        public String stateCode() {
            return state.code;
        }
    }

    public ReportContext context(String cycleCode, String stateCode) {
        ReportingCycle cycle = cycles.require(cycleCode);
        MemberState state = stateCode == null ? null : MemberState.findById(stateCode.toUpperCase());
        if (state == null) {
            throw new NotFoundException("report", cycleCode + "/" + stateCode);
        }
        return new ReportContext(cycle, catalog.require(cycle.questionnaireVersion), state);
    }

    /** The report row locked for this transaction, created (as a draft at version 0) if absent. */
    public NationalReport lockOrCreate(ReportContext ctx) {
        java.util.Optional<NationalReport> existing = NationalReport.findForUpdate(ctx.cycleCode(), ctx.stateCode());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into national_report (cycle_code, state_code, status, version, started_at, last_activity_at)
                values (?1, ?2, 'DRAFT', 0, ?3, ?3) on conflict (cycle_code, state_code) do nothing
                """).setParameter(1, ctx.cycleCode()).setParameter(2, ctx.stateCode()).setParameter(3, now).executeUpdate();
        return NationalReport.findForUpdate(ctx.cycleCode(), ctx.stateCode()).orElseThrow();
    }

    public static Map<String, JsonNode> answersOf(NationalReport report) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        if (report != null && report.id != null) {
            for (Answer a : Answer.forReport(report.id)) {
                answers.put(a.questionCode, Json.read(a.value));
            }
        }
        return answers;
    }

    /** The status as clients see it: a report with no saved version yet has not started. */
    public static ReportStatus statusOf(NationalReport report) {
        return report == null || report.version == 0 ? ReportStatus.NOT_STARTED : report.status;
    }
}
