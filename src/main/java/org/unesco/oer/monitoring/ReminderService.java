package org.unesco.oer.monitoring;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.security.Actor;
import org.unesco.oer.identity.Designation;
import org.unesco.oer.monitoring.ContactDtos.ReminderRound;
import org.unesco.oer.monitoring.ContactDtos.ReminderTarget;
import org.unesco.oer.monitoring.ContactDtos.SentReminder;
import org.unesco.oer.monitoring.ContactDtos.SkippedReminder;
import org.unesco.oer.monitoring.NationalContact.Kind;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.WorkMetrics;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.report.ReportStatus;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who to chase and how: the states in a stage, escalated from the focal points to the National
 * Commission and then the Permanent Delegation as reminders accumulate. Sending is throttled per
 * state and stage in the database, so no replica sends the same reminder twice.
 */
@ApplicationScoped
public class ReminderService {

    public enum Stage {
        NOT_STARTED, DRAFT_DUE, RETURNED, LATE;

        static Stage parse(String code) {
            return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("stage", "one-of", "not_started, draft_due, returned, late"));
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final List<String> LEVELS = List.of("FOCAL_POINT", "NATIONAL_COMMISSION", "PERMANENT_DELEGATION");

    @Inject
    InstantSource clock;
    @Inject
    StatusBoardService board;
    @Inject
    Mailer mailer;
    @Inject
    AuditTrail audit;
    @Inject
    ReminderConfig config;
    @Inject
    EntityManager em;
    @Inject
    WorkMetrics metrics;

    public List<ReminderTarget> targets(ReportingCycle cycle, String stageCode, Integer days) {
        Stage stage = Stage.parse(stageCode);
        int daysLeft = days != null ? days : config.draftDaysLeft();
        Instant now = clock.instant();
        List<ReminderTarget> targets = new ArrayList<>();
        Directory directory = directory(cycle.code, now);
        for (BoardRow row : board.rows(cycle, now)) {
            if (inStage(stage, daysLeft).test(row)) {
                targets.add(target(row, stage, directory));
            }
        }
        return targets;
    }

    /** Everything needed to address every state, read in four queries rather than per state. */
    private record Directory(Map<String, List<ContactLogEntry>> reminders, Map<String, List<String>> focalPoints,
                             Map<String, String> contacts, Map<String, String> languages) {

        Map<String, List<String>> recipients(String state) {
            Map<String, List<String>> recipients = new LinkedHashMap<>();
            recipients.put("FOCAL_POINT", focalPoints.getOrDefault(state, List.of()));
            for (Kind kind : Kind.values()) {
                String email = contacts.get(state + ":" + kind.name());
                recipients.put(kind.name(), email == null || email.isBlank() ? List.of() : List.of(email));
            }
            return recipients;
        }
    }

    @SuppressWarnings("unchecked")
    private Directory directory(String cycleCode, Instant now) {
        Map<String, List<ContactLogEntry>> reminders = new HashMap<>();
        ContactLogEntry.<ContactLogEntry>list("cycleCode = ?1 and kind = 'REMINDER' order by occurredAt desc, id desc", cycleCode)
                .forEach(e -> reminders.computeIfAbsent(e.stateCode, k -> new ArrayList<>()).add(e));
        Map<String, List<String>> focalPoints = new HashMap<>();
        Designation.activeInCycle(cycleCode, now).stream().filter(d -> d.email != null && !d.email.isBlank())
                .forEach(d -> {
                    List<String> emails = focalPoints.computeIfAbsent(d.stateCode, k -> new ArrayList<>());
                    if (!emails.contains(d.email)) {
                        emails.add(d.email);
                    }
                });
        Map<String, String> contacts = new HashMap<>();
        NationalContact.<NationalContact>listAll().forEach(c -> contacts.put(c.stateCode + ":" + c.kind.name(), c.email));
        Map<String, String> languages = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select code, language from member_state").getResultList())
                .forEach(row -> languages.put((String) row[0], (String) row[1]));
        return new Directory(reminders, focalPoints, contacts, languages);
    }

    private static Predicate<BoardRow> inStage(Stage stage, int daysLeft) {
        Set<ReportStatus> open = Set.of(ReportStatus.NOT_STARTED, ReportStatus.DRAFT, ReportStatus.RETURNED);
        return switch (stage) {
            case NOT_STARTED -> r -> r.status() == ReportStatus.NOT_STARTED;
            case DRAFT_DUE -> r -> r.status() == ReportStatus.DRAFT && r.daysLeft() != null && r.daysLeft() <= daysLeft;
            case RETURNED -> r -> r.status() == ReportStatus.RETURNED;
            case LATE -> r -> open.contains(r.status()) && r.daysLeft() == null && r.late();
        };
    }

    private static ReminderTarget target(BoardRow row, Stage stage, Directory directory) {
        List<ContactLogEntry> previous = directory.reminders().getOrDefault(row.state(), List.of());
        Map<String, List<String>> recipients = directory.recipients(row.state());
        String level = escalate(previous.isEmpty() ? null : previous.get(0).level, recipients);
        return new ReminderTarget(row.state(), row.name(), stage.code(), row.status().code(), row.daysLeft(),
                row.deadlineEndsAt(), level == null ? null : level.toLowerCase(Locale.ROOT), level == null ? List.of() : recipients.get(level),
                directory.languages().get(row.state()), previous.size());
    }

    /**
     * The first reminder goes to the focal points, each further one a level above the last one
     * used; a level with nobody to write to is passed over.
     */
    static String escalate(String lastLevel, Map<String, List<String>> recipients) {
        int start = lastLevel == null ? 0 : Math.min(LEVELS.indexOf(lastLevel) + 1, LEVELS.size() - 1);
        for (int i = start; i < LEVELS.size(); i++) {
            if (!recipients.get(LEVELS.get(i)).isEmpty()) {
                return LEVELS.get(i);
            }
        }
        for (int i = start - 1; i >= 0; i--) {
            if (!recipients.get(LEVELS.get(i)).isEmpty()) {
                return LEVELS.get(i);
            }
        }
        return null;
    }

    /** The letter a state in a stage would get now, in its language (what {@link #send} would mail). */
    public record Preview(String state, String language, String level, List<String> recipients, String subject, String body) {
    }

    /** The reminder a state of the stage would be sent, without sending it; empty when the state is not in the stage. */
    public java.util.Optional<Preview> preview(ReportingCycle cycle, String stageCode, String stateCode, String note) {
        String code = stateCode == null ? "" : stateCode.toUpperCase(Locale.ROOT);
        return targets(cycle, stageCode, null).stream().filter(t -> t.state().equals(code)).findFirst().map(target -> {
            MemberState state = MemberState.findById(target.state());
            ReminderTemplates.Message message = ReminderTemplates.render(target.language(), state.name(target.language()), cycle.code,
                    target.status(), target.deadlineEndsAt().atZone(cycle.zone()), note);
            return new Preview(target.state(), target.language(), target.level(), target.recipients(), message.subject(), message.body());
        });
    }

    public ReminderRound send(ReportingCycle cycle, String stageCode, List<String> only, String note, Actor actor) {
        Stage stage = Stage.parse(stageCode);
        List<SentReminder> sent = new ArrayList<>();
        List<SkippedReminder> skipped = new ArrayList<>();
        List<ReminderTarget> targets = targets(cycle, stageCode, null);
        if (only != null && !only.isEmpty()) {
            List<String> wanted = only.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
            wanted.stream().filter(s -> targets.stream().noneMatch(t -> t.state().equals(s)))
                    .forEach(s -> skipped.add(new SkippedReminder(s, "not in stage " + stage.code())));
            targets.removeIf(t -> !wanted.contains(t.state()));
        }
        for (ReminderTarget target : targets) {
            // One transaction per state: a failure for one state does not undo the others.
            QuarkusTransaction.requiringNew().run(() -> sendOne(cycle, stage, target, note, actor, sent, skipped));
        }
        return new ReminderRound(stage.code(), sent, skipped);
    }

    private void sendOne(ReportingCycle cycle, Stage stage, ReminderTarget target, String note, Actor actor,
                         List<SentReminder> sent, List<SkippedReminder> skipped) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "reminder:" + cycle.code + ":" + target.state())
                .getSingleResult();
        Instant now = clock.instant();
        List<?> last = em.createQuery("""
                select max(e.occurredAt) from ContactLogEntry e
                where e.cycleCode = ?1 and e.stateCode = ?2 and e.kind = 'REMINDER' and e.stage = ?3""")
                .setParameter(1, cycle.code).setParameter(2, target.state()).setParameter(3, stage.code()).getResultList();
        Instant lastSent = last.isEmpty() ? null : (Instant) last.get(0);
        if (lastSent != null && lastSent.plus(config.minInterval()).isAfter(now)) {
            skipped.add(new SkippedReminder(target.state(), "already reminded for " + stage.code() + " at " + lastSent));
            return;
        }
        if (target.level() == null) {
            skipped.add(new SkippedReminder(target.state(), "no focal point or national contact with an e-mail address"));
            return;
        }
        MemberState state = MemberState.findById(target.state());
        ReminderTemplates.Message message = ReminderTemplates.render(target.language(), state.name(target.language()), cycle.code,
                target.status(), target.deadlineEndsAt().atZone(cycle.zone()), note);
        Mail mail = Mail.withText(target.recipients().get(0), message.subject(), message.body());
        target.recipients().stream().skip(1).forEach(mail::addTo);
        mailer.send(mail);

        ContactLogEntry entry = new ContactLogEntry();
        entry.cycleCode = cycle.code;
        entry.stateCode = target.state();
        entry.occurredAt = now;
        entry.kind = "REMINDER";
        entry.channel = "EMAIL";
        entry.level = target.level().toUpperCase(Locale.ROOT);
        entry.stage = stage.code();
        entry.recipients = String.join(", ", target.recipients());
        entry.language = target.language();
        entry.note = note;
        entry.recordedBy = actor.username();
        entry.persist();
        audit.append(actor.username(), actor.role(), AuditEntry.of("REMINDER_SENT", cycle.code, target.state())
                .values(null, Json.write(Map.of("stage", stage.code(), "level", target.level(), "recipients", target.recipients(),
                        "language", target.language()))));
        sent.add(new SentReminder(target.state(), target.level(), target.recipients(), target.language(), message.subject()));
        metrics.reminderSent(stage.code());
    }
}
