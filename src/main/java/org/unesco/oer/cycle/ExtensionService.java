package org.unesco.oer.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.security.Actor;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.Json;
import org.unesco.oer.registry.MemberState;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** One state's later deadline, as asked. */
    public record Grant(String state, LocalDate deadline) {
    }

    /** Grants one state an extension; audited. */
    @Transactional
    public Extension grant(ReportingCycle cycle, String stateCode, LocalDate deadline, String reason, Actor actor) {
        List<Issue> issues = check(cycle, new Grant(stateCode, deadline), "");
        if (!issues.isEmpty()) {
            throw new InvalidRequestException(issues);
        }
        return grantChecked(cycle, List.of(new Grant(stateCode, deadline)), reason, actor).get(0);
    }

    /**
     * Grants several states their extensions for one reason, all or nothing: every grant is checked
     * by the same rules as a single one (and a state may appear once), every violation is named
     * ({@code extensions[i].state}, {@code extensions[i].deadline}) and nothing is kept if any is
     * found. Each state gets its own audit record, in its own report's chain.
     */
    @Transactional
    public List<Extension> grantAll(ReportingCycle cycle, List<Grant> grants, String reason, Actor actor) {
        List<Issue> issues = problems(cycle, grants);
        if (!issues.isEmpty()) {
            throw new InvalidRequestException(issues);
        }
        return grantChecked(cycle, grants, reason, actor);
    }

    /**
     * What {@link #grantAll} would refuse in these grants, without granting anything (empty when all
     * may be granted): for a page that lets the user check before granting.
     */
    public List<Issue> problems(ReportingCycle cycle, List<Grant> grants) {
        List<Issue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < grants.size(); i++) {
            String field = "extensions[" + i + "].";
            issues.addAll(check(cycle, grants.get(i), field));
            if (!seen.add(grants.get(i).state())) {
                issues.add(Issue.of(field + "state", "duplicate-state", Message.of("violation.duplicate-state", grants.get(i).state())));
            }
        }
        return issues;
    }

    /** The rules of an extension: a known state, a date after the cycle's deadline. */
    private static List<Issue> check(ReportingCycle cycle, Grant grant, String fieldPrefix) {
        List<Issue> issues = new ArrayList<>();
        if (MemberState.findById(grant.state()) == null) {
            issues.add(Issue.of(fieldPrefix + "state", "unknown-state", Message.of("violation.unknown-state", grant.state())));
        }
        if (!grant.deadline().isAfter(cycle.deadlineDate)) {
            issues.add(Issue.of(fieldPrefix + "deadline", "after-deadline", Message.of("violation.after-deadline", cycle.deadlineDate)));
        }
        return issues;
    }

    private List<Extension> grantChecked(ReportingCycle cycle, List<Grant> grants, String reason, Actor actor) {
        List<Extension> granted = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        for (Grant grant : grants) {
            Extension previous = Extension.current(cycle.code, grant.state()).orElse(null);
            Extension e = new Extension();
            e.cycleCode = cycle.code;
            e.stateCode = grant.state();
            e.deadlineDate = grant.deadline();
            e.reason = reason.strip();
            e.grantedBy = actor.username();
            e.grantedAt = clock.instant();
            e.persist();
            granted.add(e);
            entries.add(AuditEntry.of("EXTENSION_GRANTED", cycle.code, grant.state())
                    .values(previous == null ? null : Json.write(previous.deadlineDate.toString()), Json.write(grant.deadline().toString()))
                    .detail(Json.write(Map.of("reason", e.reason, "timeZone", cycle.timeZone))));
        }
        // one append: the chains of every state are locked in one order, so two bulk grants cannot deadlock
        audit.append(actor.username(), actor.role(), entries);
        return granted;
    }
}
