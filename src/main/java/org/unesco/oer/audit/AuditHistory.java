package org.unesco.oer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.unesco.oer.platform.Json;
import org.unesco.oer.report.ReportDtos.HistoryEntry;
import org.unesco.oer.report.ReportDtos.HistoryPage;

import java.util.List;

/** Reads the audit trail of one state: its report in a cycle, and state-level records (region, contacts). */
@ApplicationScoped
public class AuditHistory {

    public HistoryPage forReport(String cycleCode, String stateCode, int page, int size) {
        String where = "stateCode = ?1 and (cycleCode = ?2 or cycleCode is null)";
        long total = AuditRecord.count(where, stateCode, cycleCode);
        List<HistoryEntry> entries = AuditRecord.<AuditRecord>find(where + " order by seq desc", stateCode, cycleCode)
                .page(page, size).list().stream()
                .map(r -> new HistoryEntry(r.seq, r.occurredAt, r.actor, r.actorRole, r.action, r.questionCode,
                        Json.read(r.oldValue), Json.read(r.newValue), Json.read(r.detail), r.hash))
                .toList();
        return new HistoryPage(page, size, total, entries);
    }
}
