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
 * Reporting rates at a moment, told once: a state counts as submitted when its first submission
 * counts by the cut-off (the analysis cut-off, or the moment asked for if earlier), dated as the
 * synthesis and the board date it (for entries on a state's behalf, the date received), and was in
 * the system by that moment. The curve is the daily count of the same submissions, so its last
 * cumulative equals the total. Statuses at the moment are replayed from the audit trail.
 */
@ApplicationScoped
public class MonitoringService {

    static final List<String> STATUS_ACTIONS = List.of("STATUS_CHANGED", "REPORT_SUBMITTED", "REPORT_RETURNED",
            "REPORT_VALIDATED", "REPORT_REOPENED");

    @Inject
    EntityManager em;

    /** A first submission that counts: when it counts from, and its timeliness as it counts now. */
    private record Counted(Instant submittedAt, boolean late) {
    }

    /** The end of the cycle's analysis cut-off day, or {@code asOf} when that is earlier (or there is no cut-off). */
    public static Instant cutoff(ReportingCycle cycle, Instant asOf) {
        if (cycle.analysisCutoffDate == null) {
            return asOf;
        }
        Instant end = cycle.analysisCutoffDate.plusDays(1).atStartOfDay(cycle.zone()).toInstant().minusNanos(1000);
        return end.isBefore(asOf) ? end : asOf;
    }

    public ReportingRates rates(ReportingCycle cycle, Instant asOf, MembershipStatus membership) {
        Instant cutoff = cutoff(cycle, asOf);
        Map<String, String> statuses = statuses(cycle.code, asOf);
        Map<String, Counted> counted = counted(cycle.code, cutoff, asOf);
        Map<String, int[]> byRegion = new HashMap<>();
        int[] total = new int[6];
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        List<MemberState> states = MemberState.list("from MemberState s join fetch s.region order by s.code");
        for (MemberState s : states) {
            if (membership != null && s.status != membership) {
                continue;
            }
            int[] c = byRegion.computeIfAbsent(s.region.code, k -> new int[6]);
            String status = statuses.get(s.code);
            Counted first = counted.get(s.code);
            boolean submitted = first != null;
            boolean started = submitted || (status != null && !"not_started".equals(status));
            int[] counts = {1, started ? 1 : 0, submitted ? 1 : 0, submitted && "validated".equals(status) ? 1 : 0,
                    submitted && !first.late() ? 1 : 0, submitted && first.late() ? 1 : 0};
            for (int i = 0; i < counts.length; i++) {
                c[i] += counts[i];
                total[i] += counts[i];
            }
            if (submitted) {
                perDay.merge(first.submittedAt().atZone(cycle.zone()).toLocalDate(), 1, Integer::sum);
            }
        }
        List<Rate> regions = new ArrayList<>();
        for (Region r : Region.ordered()) {
            regions.add(rate(r.code, byRegion.getOrDefault(r.code, new int[6])));
        }
        return new ReportingRates(cycle.code, asOf, cutoff, cutoff.atZone(cycle.zone()).toLocalDate(),
                membership == null ? "all" : membership.code(), regions, rate("ALL", total), daily(cycle, cutoff, perDay));
    }

    /** Every state's status at {@code asOf}, replayed from the audit trail. */
    private Map<String, String> statuses(String cycleCode, Instant asOf) {
        Map<String, String> result = new HashMap<>();
        em.createQuery("""
                select a.stateCode, a.newValue from AuditRecord a
                where a.cycleCode = :cycle and a.action in :actions and a.occurredAt <= :asOf order by a.seq""", Object[].class)
                .setParameter("cycle", cycleCode).setParameter("actions", STATUS_ACTIONS).setParameter("asOf", asOf)
                .getResultList()
                .forEach(row -> result.put((String) row[0], Json.read((String) row[1]).asText()));
        return result;
    }

    /** The first submissions that count by {@code cutoff} and were entered by {@code asOf}. */
    private Map<String, Counted> counted(String cycleCode, Instant cutoff, Instant asOf) {
        Map<String, Counted> result = new HashMap<>();
        em.createQuery("""
                select r.stateCode, s.submittedAt, r.submittedLate from Submission s, NationalReport r
                where s.reportId = r.id and r.cycleCode = :cycle and s.number = 1
                  and s.submittedAt <= :cutoff and s.enteredAt <= :asOf""", Object[].class)
                .setParameter("cycle", cycleCode).setParameter("cutoff", cutoff).setParameter("asOf", asOf)
                .getResultList()
                .forEach(row -> result.put((String) row[0], new Counted((Instant) row[1], Boolean.TRUE.equals(row[2]))));
        return result;
    }

    /** Day by day from the opening to the cut-off's day, in the cycle's zone. */
    private static List<DailyCount> daily(ReportingCycle cycle, Instant cutoff, TreeMap<LocalDate, Integer> perDay) {
        List<DailyCount> days = new ArrayList<>();
        LocalDate last = cutoff.atZone(cycle.zone()).toLocalDate();
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
