package org.unesco.oer.cycle;

import org.unesco.oer.platform.Message;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.cycle.CycleDtos.CreateCycleRequest;
import org.unesco.oer.cycle.CycleDtos.FieldChange;
import org.unesco.oer.cycle.CycleDtos.OnTimeChange;
import org.unesco.oer.cycle.CycleDtos.UpdateCycleRequest;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.WorkMetrics;
import org.unesco.oer.report.NationalReport;
import org.unesco.oer.report.PreconditionRequiredException;
import org.unesco.oer.security.Actor;
import org.unesco.oer.platform.DomainException;
import org.jboss.logging.Logger;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class CycleService {

    private static final Logger LOG = Logger.getLogger(CycleService.class);

    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    Languages languages;
    @Inject
    AuditTrail audit;
    @Inject
    WorkMetrics metrics;

    /** A cycle whose questionnaire version was never published cannot be served: refuse to start. */
    void onStart(@Observes @Priority(30) StartupEvent event) {
        for (ReportingCycle cycle : ReportingCycle.<ReportingCycle>listAll()) {
            if (catalog.find(cycle.questionnaireVersion).isEmpty()) {
                throw new IllegalStateException("Reporting cycle " + cycle.code + " uses questionnaire version "
                        + cycle.questionnaireVersion + ", which is not published (add its file to questionnaire/index.json)");
            }
            ZoneId.of(cycle.timeZone);
            List<String> missing = languages.supported().stream()
                    .filter(l -> cycle.titles.get(l) == null || cycle.titles.get(l).isBlank()).toList();
            if (!missing.isEmpty()) {
                LOG.warnf("Reporting cycle %s has no title in %s: served in English with titleLanguage=en until "
                        + "terms/<lang>.json gives cycle.%s", cycle.code, missing, cycle.code);
            }
        }
    }

    public List<ReportingCycle> list() {
        return ReportingCycle.byOpening();
    }

    /** The cycle the Secretariat's pages open on: the latest that has opened by {@code now}, else the first to come. */
    public java.util.Optional<ReportingCycle> current(java.time.Instant now) {
        List<ReportingCycle> all = list(); // latest opening first
        return all.stream().filter(c -> !c.opensAt().isAfter(now)).findFirst()
                .or(() -> all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1)));
    }

    public ReportingCycle require(String code) {
        ReportingCycle cycle = code == null ? null : ReportingCycle.findById(code);
        if (cycle == null) {
            throw new NotFoundException("cycle", code);
        }
        return cycle;
    }

    @Transactional
    public ReportingCycle create(CreateCycleRequest r) {
        if (ReportingCycle.findById(r.code()) != null) {
            throw new CycleCodeTakenException(r.code());
        }
        if (catalog.find(r.questionnaireVersion()).isEmpty()) {
            throw new InvalidRequestException("questionnaireVersion", "unpublished", r.questionnaireVersion());
        }
        String zone = zone(r.timeZone());
        checkDates(r.opensOn(), r.deadline(), r.hardClose(), r.analysisCutoff());
        if (r.dispatchDate() != null && r.dispatchDate().isAfter(r.opensOn())) {
            throw new InvalidRequestException("dispatchDate", "order", Message.of("violation.order.not-after", "opensOn"));
        }
        ReportingCycle c = new ReportingCycle();
        c.code = r.code();
        c.titles = titles(r.allTitles());
        c.circularLetter = r.circularLetter();
        c.dispatchDate = r.dispatchDate();
        c.openingDate = r.opensOn();
        c.deadlineDate = r.deadline();
        c.timeZone = zone;
        c.hardCloseDate = r.hardClose();
        c.analysisCutoffDate = r.analysisCutoff();
        c.questionnaireVersion = r.questionnaireVersion();
        c.persist();
        return c;
    }

    /**
     * Edits a cycle's dates, time zone or titles (only what the request names), on the version the
     * administrator saw (If-Match): the new dates obey the same rules as a new cycle's. Each changed
     * field is audited old → new with the reason. A change of deadline or time zone that would turn
     * submitted reports from on time to late or back is refused, listing them, unless the request
     * accepts it; then their flags follow, each audited in its report's history, while the
     * submission receipts (what was submitted, when, and the flag it was given then) stay as they are.
     */
    @Transactional
    public CycleEdit edit(String code, UpdateCycleRequest r, Integer ifMatch, Actor actor) {
        require(code);
        if (ifMatch == null) {
            throw new PreconditionRequiredException(Message.of("detail.if-match-required.cycle"));
        }
        ReportingCycle c = ReportingCycle.findForUpdate(code).orElseThrow(() -> new NotFoundException("cycle", code));
        if (ifMatch != c.version) {
            metrics.cycleConflict();
            throw new StaleCycleVersionException(ifMatch, c.version);
        }
        String zone = r.timeZone() == null ? c.timeZone : zone(r.timeZone());
        LocalDate opens = r.opensOn() == null ? c.openingDate : r.opensOn();
        LocalDate deadline = r.deadline() == null ? c.deadlineDate : r.deadline();
        LocalDate hardClose = r.hardClose() == null ? c.hardCloseDate : r.hardClose();
        LocalDate cutoff = r.analysisCutoff() == null ? c.analysisCutoffDate : r.analysisCutoff();
        checkDates(opens, deadline, hardClose, cutoff);
        if (c.dispatchDate != null && opens.isBefore(c.dispatchDate)) {
            throw new InvalidRequestException("opensOn", "order", Message.of("violation.order.not-before", "dispatchDate " + c.dispatchDate));
        }
        Map<String, String> titles = new LinkedHashMap<>(c.titles);
        if (r.titles() != null) {
            r.titles().forEach((key, title) -> {
                // keys as on creation: "FR" and " fr" are French
                String language = key.strip().toLowerCase(Locale.ROOT);
                if (!languages.isSupported(language)) {
                    throw new InvalidRequestException("titles." + key, "unsupported-title-language", String.join(", ", languages.supported()));
                }
                titles.put(language, title.strip());
            });
        }

        List<FieldChange> changes = new ArrayList<>();
        changed(changes, "opensOn", c.openingDate, opens);
        changed(changes, "deadline", c.deadlineDate, deadline);
        changed(changes, "hardClose", c.hardCloseDate, hardClose);
        changed(changes, "analysisCutoff", c.analysisCutoffDate, cutoff);
        changed(changes, "timeZone", c.timeZone, zone);
        for (String language : titles.keySet()) {
            changed(changes, "titles." + language, c.titles.get(language), titles.get(language));
        }
        if (changes.isEmpty()) {
            return new CycleEdit(c, List.of(), List.of());
        }
        boolean deadlineMoves = !deadline.equals(c.deadlineDate) || !zone.equals(c.timeZone);
        List<Reassessed> reassessed = deadlineMoves ? reassess(c, new Deadline(deadline, ZoneId.of(zone))) : List.of();
        List<OnTimeChange> flips = reassessed.stream().map(Reassessed::change).toList();
        if (!flips.isEmpty() && !Boolean.TRUE.equals(r.acceptOnTimeChanges())) {
            throw new OnTimeFlagsWouldChangeException(flips);
        }

        c.openingDate = opens;
        c.deadlineDate = deadline;
        c.hardCloseDate = hardClose;
        c.analysisCutoffDate = cutoff;
        c.timeZone = zone;
        c.titles = titles;
        c.version++;
        String reason = r.reason().strip();
        List<AuditEntry> entries = new ArrayList<>();
        for (FieldChange change : changes) {
            entries.add(AuditEntry.of("CYCLE_CHANGED", c.code, null)
                    .values(Json.write(change.from()), Json.write(change.to()))
                    .detail(Json.write(Map.of("field", change.field(), "reason", reason, "version", c.version))));
        }
        if (!flips.isEmpty()) {
            entries.add(AuditEntry.of("ON_TIME_FLAGS_CHANGED", c.code, null).values(null, Json.write(flips))
                    .detail(Json.write(Map.of("reason", reason, "version", c.version, "reports", flips.size()))));
        }
        for (Reassessed x : reassessed) {
            // the report's flag follows the new deadline; its receipts keep the flag they were given
            x.report().submittedLate = !x.change().onTimeAfter();
            x.report().version++;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("reason", reason);
            detail.put("cycleVersion", c.version);
            detail.put("submittedAt", x.change().submittedAt().toString());
            detail.put("effectiveDeadline", x.change().effectiveDeadlineAfter().toString());
            entries.add(AuditEntry.of("ON_TIME_FLAG_CHANGED", c.code, x.report().stateCode)
                    .values(Json.write(timeliness(x.change().onTimeBefore())), Json.write(timeliness(x.change().onTimeAfter())))
                    .detail(Json.write(detail)));
        }
        audit.append(actor.username(), actor.role(), entries);
        return new CycleEdit(c, changes, flips);
    }

    /** What an edit did: the cycle as it is now, the fields changed, the reports whose on-time flag turned over. */
    public record CycleEdit(ReportingCycle cycle, List<FieldChange> changes, List<OnTimeChange> onTimeChanges) {
    }

    private record Reassessed(NationalReport report, OnTimeChange change) {
    }

    /**
     * The submitted reports whose on-time flag the new cycle deadline turns over, each judged against
     * its state's effective deadline (the later of the cycle's and its extension, in the new zone).
     * Their rows are locked: a submission cannot slip in between the judgement and the update.
     */
    private List<Reassessed> reassess(ReportingCycle c, Deadline newDeadline) {
        Map<String, Extension> extensions = new HashMap<>();
        Extension.forCycle(c.code).forEach(e -> extensions.put(e.stateCode, e)); // in grant order: the current one wins
        List<NationalReport> submitted = NationalReport.<NationalReport>find(
                        "cycleCode = ?1 and submittedAt is not null order by stateCode", (Object) c.code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Map<Long, Instant> firstSubmitted = new HashMap<>();
        if (!submitted.isEmpty()) {
            NationalReport.getEntityManager().createQuery("""
                            select s.reportId, s.submittedAt from Submission s where s.number = 1 and s.reportId in :ids""", Object[].class)
                    .setParameter("ids", submitted.stream().map(r -> r.id).toList()).getResultList()
                    .forEach(row -> firstSubmitted.put((Long) row[0], (Instant) row[1]));
        }
        List<Reassessed> flips = new ArrayList<>();
        for (NationalReport report : submitted) {
            Extension extension = extensions.get(report.stateCode);
            Deadline before = c.deadline().laterOf(extension == null ? null : new Deadline(extension.deadlineDate, c.zone()));
            Deadline after = newDeadline.laterOf(extension == null ? null : new Deadline(extension.deadlineDate, newDeadline.zone()));
            boolean onTimeBefore = !Boolean.TRUE.equals(report.submittedLate);
            // timeliness is the first submission's (received date for entries on the state's behalf)
            Instant first = firstSubmitted.getOrDefault(report.id, report.submittedAt);
            boolean onTimeAfter = after.isOnTime(first);
            if (onTimeBefore != onTimeAfter) {
                flips.add(new Reassessed(report, new OnTimeChange(report.stateCode, first, before.endsAt(), after.endsAt(),
                        onTimeBefore, onTimeAfter)));
            }
        }
        return flips;
    }

    private static String timeliness(boolean onTime) {
        return onTime ? "on_time" : "late";
    }

    private static void changed(List<FieldChange> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from == null ? null : from.toString(), to == null ? null : to.toString()));
        }
    }

    /** The order every cycle's dates keep, whether created or edited: opening < deadline ≤ hard close, deadline ≤ cut-off. */
    static void checkDates(LocalDate opens, LocalDate deadline, LocalDate hardClose, LocalDate cutoff) {
        List<Issue> issues = new ArrayList<>();
        if (!deadline.isAfter(opens)) {
            issues.add(Issue.of("deadline", "order", Message.of("violation.order.after", "opensOn", opens)));
        }
        if (hardClose != null && hardClose.isBefore(deadline)) {
            issues.add(Issue.of("hardClose", "order", Message.of("violation.order.not-before-deadline")));
        }
        if (cutoff != null && cutoff.isBefore(deadline)) {
            issues.add(Issue.of("analysisCutoff", "order", Message.of("violation.order.not-before-deadline")));
        }
        if (!issues.isEmpty()) {
            throw new InvalidRequestException(issues);
        }
    }

    /** An IANA time zone (a region such as Europe/Paris, or UTC), as the JDK's zone rules know it; offsets are not zones. */
    static String zone(String timeZone) {
        String id = timeZone == null ? "" : timeZone.strip();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new InvalidRequestException("timeZone", "time-zone", timeZone);
        }
        return ZoneId.of(id).getId();
    }

    /** A title in every configured language and in no other, in the configured order. */
    private Map<String, String> titles(Map<String, String> given) {
        for (String key : given.keySet()) {
            if (key == null || !languages.isSupported(key)) {
                throw new InvalidRequestException("titles." + key, "unsupported-title-language", String.join(", ", languages.supported()));
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : languages.supported()) {
            String title = given.get(language);
            if (title == null || title.isBlank()) {
                throw new InvalidRequestException("titles." + language, "title-every-language", String.join(", ", languages.supported()));
            }
            titles.put(language, title.strip());
        }
        return titles;
    }

    /** Cycle codes appear in URLs and reports: one code, one cycle, forever. */
    public static class CycleCodeTakenException extends DomainException {
        CycleCodeTakenException(String code) {
            super(409, "cycle-code-taken", Message.of("detail.cycle-code-taken", code));
        }
    }
}
