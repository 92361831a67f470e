package org.unesco.oer.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.security.Actor;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.Json;
import org.unesco.oer.registry.MemberState;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Extensions, and the deadlines that follow from them. */
@ApplicationScoped
public class ExtensionService {

    @Inject
    InstantSource clock;
    @Inject
    AuditTrail audit;

    /** What applies to one state: the later of the cycle's deadline and its extension. */
    public record StateDeadlines(Deadline effective, Extension extension) {

        public boolean extended() {
            return extension != null;
        }
    }

    public StateDeadlines deadlinesFor(ReportingCycle cycle, String stateCode) {
        Optional<Extension> extension = Extension.current(cycle.code, stateCode);
        Deadline effective = cycle.deadline()
                .laterOf(extension.map(e -> new Deadline(e.deadlineDate, cycle.zone())).orElse(null));
        return new StateDeadlines(effective, extension.orElse(null));
    }

    /**
     * After the hard close, only a state whose extension is still running may submit or edit.
     * Returns empty when allowed, otherwise the reason.
     */
    public Optional<Message> closedReason(ReportingCycle cycle, String stateCode, Instant now) {
        Deadline hardClose = cycle.hardClose();
        if (now.isBefore(cycle.opensAt())) {
            return Optional.of(Message.of("detail.cycle-not-open", cycle.openingDate));
        }
        if (hardClose == null || hardClose.isOnTime(now)) {
            return Optional.empty();
        }
        StateDeadlines d = deadlinesFor(cycle, stateCode);
        if (d.extended() && d.effective().isOnTime(now)) {
            return Optional.empty();
        }
        return Optional.of(d.extended()
                ? Message.of("detail.closed.extension-expired", cycle.hardCloseDate, cycle.timeZone, d.extension().deadlineDate)
                : Message.of("detail.closed.no-extension", cycle.hardCloseDate, cycle.timeZone));
    }

    @Transactional
    public Extension grant(ReportingCycle cycle, String stateCode, LocalDate deadline, String reason, Actor actor) {
        if (MemberState.findById(stateCode) == null) {
            throw new InvalidRequestException("state", "unknown-state", stateCode);
        }
        if (!deadline.isAfter(cycle.deadlineDate)) {
            throw new InvalidRequestException("deadline", "after-deadline", cycle.deadlineDate);
        }
        Extension previous = Extension.current(cycle.code, stateCode).orElse(null);
        Extension e = new Extension();
        e.cycleCode = cycle.code;
        e.stateCode = stateCode;
        e.deadlineDate = deadline;
        e.reason = reason.strip();
        e.grantedBy = actor.username();
        e.grantedAt = clock.instant();
        e.persist();
        audit.append(actor.username(), actor.role(), AuditEntry.of("EXTENSION_GRANTED", cycle.code, stateCode)
                .values(previous == null ? null : Json.write(previous.deadlineDate.toString()), Json.write(deadline.toString()))
                .detail(Json.write(Map.of("reason", e.reason, "timeZone", cycle.timeZone))));
        return e;
    }
}
