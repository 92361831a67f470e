package org.unesco.oer.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.unesco.oer.cycle.Deadline;
import org.unesco.oer.cycle.Extension;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.identity.Designation;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.report.NationalReport;
import org.unesco.oer.report.ReportEvaluation;
import org.unesco.oer.report.ReportService;
import org.unesco.oer.report.ReportStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the status board: one row per Member State and Associate Member, started or not. */
@ApplicationScoped
public class StatusBoardService {

    @Inject
    EntityManager em;
    @Inject
    QuestionnaireCatalog catalog;

    public List<BoardRow> rows(ReportingCycle cycle, Instant now) {
        QuestionnaireDefinition definition = catalog.require(cycle.questionnaireVersion).definition();
        Map<String, NationalReport> reports = new HashMap<>();
        NationalReport.<NationalReport>list("cycleCode", cycle.code).forEach(r -> reports.put(r.stateCode, r));
        Map<String, Object[]> firstSubmissions = new HashMap<>();
        em.createQuery("""
                select r.stateCode, s.submittedAt, r.submittedLate from Submission s, NationalReport r
                where s.reportId = r.id and r.cycleCode = :cycle and s.number = 1""", Object[].class)
                .setParameter("cycle", cycle.code).getResultList()
                .forEach(row -> firstSubmissions.put((String) row[0], row));
        Map<String, Map<String, JsonNode>> answers = new HashMap<>();
        em.createQuery("""
                select r.stateCode, a.questionCode, a.value from Answer a, NationalReport r
                where a.reportId = r.id and r.cycleCode = :cycle""", Object[].class)
                .setParameter("cycle", cycle.code).getResultList()
                .forEach(row -> answers.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], Json.read((String) row[2])));
        Map<String, Extension> extensions = new HashMap<>();
        Extension.forCycle(cycle.code).forEach(e -> extensions.put(e.stateCode, e)); // ordered by grant: the last wins
        Map<String, List<String>> focalPoints = new HashMap<>();
        Designation.activeInCycle(cycle.code, now)
                .forEach(d -> focalPoints.computeIfAbsent(d.stateCode, k -> new ArrayList<>())
                        .add(d.personName != null ? d.personName + " <" + (d.email != null ? d.email : d.username) + ">" : d.username));

        var validator = ReportService.validator();
        List<BoardRow> rows = new ArrayList<>();
        for (MemberState s : MemberState.<MemberState>list("from MemberState s join fetch s.region order by s.code")) {
            NationalReport report = reports.get(s.code);
            ReportStatus status = report == null || report.version == 0 ? ReportStatus.NOT_STARTED : report.status;
            Extension extension = extensions.get(s.code);
            Deadline effective = cycle.deadline().laterOf(extension == null ? null : new Deadline(extension.deadlineDate, cycle.zone()));
            Object[] first = firstSubmissions.get(s.code);
            Instant submittedAt = first == null ? null : (Instant) first[1];
            Boolean onTime = first == null ? null : !((Boolean) first[2]);
            boolean late = first != null ? !onTime : !effective.isOnTime(now);
            Long daysLeft = first == null && effective.isOnTime(now) ? effective.daysLeft(now) : null;
            Long daysLate = first != null ? (onTime ? null : effective.daysLate(submittedAt)) : (late ? effective.daysLate(now) : null);
            int completion = new ReportEvaluation(definition, answers.getOrDefault(s.code, Map.of()), validator).completionPercent();
            rows.add(new BoardRow(s.code, s.name(Languages.FALLBACK), s.region.code, s.status, status,
                    report == null || report.version == 0 ? null : report.lastActivityAt, submittedAt,
                    report == null ? null : report.submittedAt, effective.lastDay(), effective.endsAt(), extension != null,
                    daysLeft, daysLate, onTime, late, status == ReportStatus.NOT_STARTED ? 0 : completion,
                    focalPoints.getOrDefault(s.code, List.of())));
        }
        return rows;
    }
}
