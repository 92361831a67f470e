package org.unesco.oer.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.monitoring.ReportingRates.DailyCount;
import org.unesco.oer.monitoring.ReportingRates.Rate;
import org.unesco.oer.platform.Json;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.registry.MembershipStatus;
import org.unesco.oer.registry.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reporting rates computed from the audit trail, so they can be taken at any past moment: a
 * state's status at T is the one set by its last status change at or before T.
 */
@ApplicationScoped
public class MonitoringService {

    static final List<String> STATUS_ACTIONS = List.of("STATUS_CHANGED", "REPORT_SUBMITTED", "REPORT_RETURNED",
            "REPORT_VALIDATED", "REPORT_REOPENED");

    @Inject
    EntityManager em;

    private record StateHistory(String status, Instant firstSubmittedAt, boolean firstLate) {
    }

    public ReportingRates rates(ReportingCycle cycle, Instant asOf, MembershipStatus membership) {
        Map<String, StateHistory> history = history(cycle.code, asOf);
        Map<String, int[]> byRegion = new HashMap<>();
        int[] total = new int[6];
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        List<MemberState> states = MemberState.list("from MemberState s join fetch s.region order by s.code");
        for (MemberState s : states) {
            if (membership != null && s.status != membership) {
                continue;
            }
            int[] c = byRegion.computeIfAbsent(s.region.code, k -> new int[6]);
            StateHistory h = history.get(s.code);
            boolean started = h != null && !"not_started".equals(h.status());
            boolean submitted = h != null && h.firstSubmittedAt() != null;
            int[] counts = {1, started ? 1 : 0, submitted ? 1 : 0, h != null && "validated".equals(h.status()) ? 1 : 0,
                    submitted && !h.firstLate() ? 1 : 0, submitted && h.firstLate() ? 1 : 0};
            for (int i = 0; i < counts.length; i++) {
                c[i] += counts[i];
                total[i] += counts[i];
            }
            if (submitted) {
                perDay.merge(h.firstSubmittedAt().atZone(cycle.zone()).toLocalDate(), 1, Integer::sum);
            }
        }
        List<Rate> regions = new ArrayList<>();
        for (Region r : Region.ordered()) {
            regions.add(rate(r.code, byRegion.getOrDefault(r.code, new int[6])));
        }
        return new ReportingRates(cycle.code, asOf, membership == null ? "all" : membership.code(), regions,
                rate("ALL", total), daily(cycle, asOf, perDay));
    }

    /** Status, first submission and its timeliness of every state, replayed from the audit up to {@code asOf}. */
    private Map<String, StateHistory> history(String cycleCode, Instant asOf) {
        Map<String, StateHistory> result = new HashMap<>();
        List<Object[]> rows = em.createQuery("""
                select a.stateCode, a.action, a.newValue, a.detail, a.occurredAt from AuditRecord a
                where a.cycleCode = :cycle and a.action in :actions and a.occurredAt <= :asOf order by a.seq""", Object[].class)
                .setParameter("cycle", cycleCode).setParameter("actions", STATUS_ACTIONS).setParameter("asOf", asOf)
                .getResultList();
        for (Object[] row : rows) {
            String state = (String) row[0];
            String status = Json.read((String) row[2]).asText();
            StateHistory previous = result.get(state);
            Instant firstSubmitted = previous == null ? null : previous.firstSubmittedAt();
            boolean firstLate = previous != null && previous.firstLate();
            if ("REPORT_SUBMITTED".equals(row[1]) && firstSubmitted == null) {
                firstSubmitted = (Instant) row[4];
                firstLate = Json.read((String) row[3]).path("late").asBoolean();
            }
            result.put(state, new StateHistory(status, firstSubmitted, firstLate));
        }
        return result;
    }

    private static List<DailyCount> daily(ReportingCycle cycle, Instant asOf, TreeMap<LocalDate, Integer> perDay) {
        List<DailyCount> days = new ArrayList<>();
        LocalDate last = asOf.atZone(cycle.zone()).toLocalDate();
        if (cycle.analysisCutoffDate != null && cycle.analysisCutoffDate.isBefore(last)) {
            last = cycle.analysisCutoffDate;
        }
        int cumulative = 0;
        for (LocalDate day = cycle.openingDate; !day.isAfter(last); day = day.plusDays(1)) {
            int that = perDay.getOrDefault(day, 0);
            cumulative += that;
            days.add(new DailyCount(day, that, cumulative));
        }
        return days;
    }

    private static Rate rate(String region, int[] c) {
        double responseRate = c[0] == 0 ? 0 : Math.round(1000.0 * c[2] / c[0]) / 10.0;
        return new Rate(region, c[0], c[1], c[2], c[3], c[4], c[5], responseRate);
    }
}
