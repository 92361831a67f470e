package org.unesco.oer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.platform.Json;
import org.unesco.oer.report.ReportDtos.HistoryEntry;
import org.unesco.oer.report.ReportDtos.HistoryPage;

import java.util.List;

/** Reads the audit trail of one state (its report in a cycle, and state-level records: region, contacts), or of one cycle. */
@ApplicationScoped
public class AuditHistory {

    /** The records of a cycle itself (its chain: creation, edits of dates and titles), newest first. */
    public HistoryPage forCycle(String cycleCode, int page, int size) {
        return page("cycleCode = ?1 and stateCode is null", page, size, cycleCode);
    }

    public HistoryPage forReport(String cycleCode, String stateCode, int page, int size) {
        return page("stateCode = ?1 and (cycleCode = ?2 or cycleCode is null)", page, size, stateCode, cycleCode);
    }

    private static HistoryPage page(String where, int page, int size, Object... parameters) {
        long total = AuditRecord.count(where, parameters);
        List<HistoryEntry> entries = AuditRecord.<AuditRecord>find(where + " order by seq desc", parameters)
                .page(page, size).list().stream()
                .map(r -> new HistoryEntry(r.seq, r.occurredAt, r.actor, r.actorRole, r.action, r.questionCode,
                        Json.read(r.oldValue), Json.read(r.newValue), Json.read(r.detail), r.hash))
                .toList();
        return new HistoryPage(page, size, total, entries);
    }
}
