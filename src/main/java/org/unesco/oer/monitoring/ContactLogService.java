package org.unesco.oer.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.security.Actor;
import org.unesco.oer.monitoring.ContactDtos.LogEntry;
import org.unesco.oer.monitoring.ContactDtos.ManualContact;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Json;
import org.unesco.oer.registry.MemberState;

import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The contact log of a cycle: reminders sent and contacts recorded by hand. */
@ApplicationScoped
public class ContactLogService {

    @Inject
    InstantSource clock;
    @Inject
    AuditTrail audit;

    public List<LogEntry> list(ReportingCycle cycle, String state) {
        List<ContactLogEntry> entries = state == null || state.isBlank()
                ? ContactLogEntry.list("cycleCode = ?1 order by occurredAt, id", cycle.code)
                : ContactLogEntry.list("cycleCode = ?1 and stateCode = ?2 order by occurredAt, id", cycle.code, state.toUpperCase(Locale.ROOT));
        return entries.stream().map(LogEntry::of).toList();
    }

    @Transactional
    public LogEntry record(ReportingCycle cycle, ManualContact contact, Actor actor) {
        String state = contact.state().toUpperCase(Locale.ROOT);
        if (MemberState.findById(state) == null) {
            throw new InvalidRequestException("state", "unknown-state", contact.state());
        }
        // A contact is recorded after it happened: a later day (in the cycle's zone) is a typing error.
        LocalDate today = LocalDate.ofInstant(clock.instant(), cycle.zone());
        if (contact.date().isAfter(today)) {
            throw new InvalidRequestException("date", "past", today, cycle.timeZone);
        }
        ContactLogEntry e = new ContactLogEntry();
        e.cycleCode = cycle.code;
        e.stateCode = state;
        e.occurredAt = contact.date().atStartOfDay(cycle.zone()).toInstant();
        e.kind = "MANUAL";
        e.channel = contact.channel().toUpperCase(Locale.ROOT);
        e.level = contact.level().toUpperCase(Locale.ROOT);
        e.note = contact.note().strip();
        e.recordedBy = actor.username();
        e.persist();
        audit.append(actor.username(), actor.role(), AuditEntry.of("CONTACT_RECORDED", cycle.code, state)
                .values(null, Json.write(Map.of("date", contact.date().toString(), "channel", contact.channel(),
                        "level", contact.level(), "note", e.note))));
        return LogEntry.of(e);
    }
}
