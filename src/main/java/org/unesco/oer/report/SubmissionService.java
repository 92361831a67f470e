package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.cycle.Deadline;
import org.unesco.oer.cycle.ExtensionService;
import org.unesco.oer.security.Actor;
import org.unesco.oer.platform.Dates;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.platform.Sha256;
import org.unesco.oer.report.ReportDtos.ReceiptView;
import org.unesco.oer.report.ReportDtos.SubmissionView;
import org.unesco.oer.report.ReportLocator.ReportContext;
import org.unesco.oer.review.ReviewService;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Submitting a report and proving later what was submitted. */
@ApplicationScoped
public class SubmissionService {

    @Inject
    InstantSource clock;
    @Inject
    ReportLocator locator;
    @Inject
    ExtensionService extensions;
    @Inject
    ReviewService reviews;
    @Inject
    AuditTrail audit;
    @Inject
    org.unesco.oer.audit.AuditAnchors anchors;
    @Inject
    org.unesco.oer.platform.WorkMetrics metrics;

    /**
     * Accepts a complete, valid report: after the effective deadline it is marked late; after the
     * hard close it is refused unless the state's extension is still running. The submitter names
     * the version they saw (If-Match) and it must be the current one, so that the receipt's digest
     * covers exactly what they had in front of them.
     * <p>
     * The Secretariat entering a report received outside the system (e-mail, paper) gives the
     * moment it was received ({@code receivedAt}, default now): that moment is what counts, for the
     * window, the on-time flag, the cut-off and the curve, exactly as the server time counts for a
     * focal point's own submission (see {@link ReportStatus} on entries on a state's behalf).
     */
    @Transactional
    public ReceiptView submit(String cycleCode, String stateCode, Integer ifMatch, String receivedAt, Actor actor) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        if (ifMatch == null) {
            throw new PreconditionRequiredException();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant counted = receivedAt == null ? now : received(ctx, receivedAt, now, actor);
        NationalReport report = locator.lockOrCreate(ctx);
        ReportStatus before = ReportLocator.statusOf(report);
        ReportStatus after = before.afterSubmission();
        if (ifMatch != report.version) {
            metrics.conflict("submit");
            throw StaleReportVersionException.reportChanged(ifMatch, report.version, "submit");
        }
        if (receivedAt == null) {
            extensions.closedReason(ctx.cycle(), ctx.stateCode(), now).ifPresent(reason -> {
                throw new SubmissionWindowClosedException(actor.onBehalf() ? Message.of("detail.closed.give-received-date", reason) : reason);
            });
        }
        Submission previous = report.submissionCount == 0 ? null : Submission.byNumber(report.id, report.submissionCount).orElse(null);
        if (previous != null && counted.isBefore(previous.submittedAt)) {
            throw new InvalidRequestException("receivedAt", "received-before-previous", previous.number, previous.submittedAt);
        }
        Map<String, JsonNode> answers = ReportLocator.answersOf(report);
        ReportEvaluation evaluation = new ReportEvaluation(ctx.definition(), answers, ReportService.validator());
        if (!evaluation.blockingIssues().isEmpty()) {
            throw new ReportIncompleteException(evaluation.blockingIssues());
        }
        Deadline effective = extensions.deadlinesFor(ctx.cycle(), ctx.stateCode()).effective();
        Submission s = new Submission();
        s.reportId = report.id;
        s.number = report.submissionCount + 1;
        s.submittedAt = counted;
        s.enteredAt = now;
        s.onBehalf = actor.onBehalf();
        s.submittedBy = actor.username();
        s.submittedByRole = actor.role();
        s.late = !effective.isOnTime(counted);
        s.effectiveDeadline = effective.endsAt();
        s.content = content(ctx, s, evaluation, answers);
        s.digest = Sha256.hex(s.content);
        s.persist();

        report.status = after;
        report.submittedAt = counted;
        if (s.number == 1) {
            report.submittedLate = s.late; // timeliness is the first submission's
        }
        report.submissionCount = s.number;
        report.touch(now);
        reviews.resolveOpenComments(report.id, now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("submission", s.number);
        detail.put("digest", s.digest);
        detail.put("late", s.late);
        detail.put("enteredBySecretariat", actor.onBehalf());
        if (actor.onBehalf()) {
            detail.put("receivedAt", counted.toString());
            detail.put("enteredAt", now.toString());
        }
        audit.append(actor.username(), actor.role(), AuditEntry.of("REPORT_SUBMITTED", ctx.cycleCode(), ctx.stateCode())
                .values(Json.write(before.code()), Json.write(after.code())).detail(Json.write(detail)));
        // each submission anchors every chain that moved, this report's own included
        anchors.anchor("REPORT_SUBMITTED");
        metrics.submitted(actor.role(), s.late);
        return ReceiptView.of(s);
    }

    /**
     * The moment a report entered on the state's behalf was received: between the cycle's opening
     * and now, and inside the window then (before the hard close, or within the state's extension).
     */
    private Instant received(ReportContext ctx, String text, Instant now, Actor actor) {
        if (!actor.onBehalf()) {
            throw new InvalidRequestException("receivedAt", "received-on-behalf-only");
        }
        Instant at = Dates.instantOrDayEnd("receivedAt", text.strip(), ctx.cycle().zone());
        if (text.strip().length() == 10 && at.isAfter(now) && at.atZone(ctx.cycle().zone()).toLocalDate().equals(now.atZone(ctx.cycle().zone()).toLocalDate())) {
            at = now; // a day that is today: received by now
        }
        if (at.isAfter(now)) {
            throw new InvalidRequestException("receivedAt", "received-in-future", now);
        }
        if (at.isBefore(ctx.cycle().opensAt())) {
            throw new InvalidRequestException("receivedAt", "received-before-opening", ctx.cycle().openingDate);
        }
        Optional<Message> closed = extensions.closedReason(ctx.cycle(), ctx.stateCode(), at);
        if (closed.isPresent()) {
            throw new InvalidRequestException("receivedAt", "received-after-close",
                    Message.of("violation.received-after-close", closed.get()));
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical text that is digested: everything that counts, nothing that does not. */
    private static String content(ReportContext ctx, Submission s, ReportEvaluation evaluation, Map<String, JsonNode> answers) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("cycle", ctx.cycleCode());
        content.put("state", ctx.stateCode());
        content.put("questionnaireVersion", ctx.definition().version());
        content.put("questionnaireChecksum", ctx.questionnaire().checksum());
        content.put("submission", s.number);
        content.put("submittedAt", s.submittedAt.toString());
        content.put("submittedBy", s.submittedBy);
        content.put("late", s.late);
        if (s.onBehalf) {
            content.put("enteredAt", s.enteredAt.toString());
            content.put("enteredBySecretariat", true);
        }
        content.put("answers", evaluation.includedAnswers(answers));
        content.put("excludedHiddenAnswers", evaluation.hiddenAnswers());
        return Json.write(content);
    }

    public List<ReceiptView> receipts(String cycleCode, String stateCode) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        return NationalReport.find(ctx.cycleCode(), ctx.stateCode())
                .map(r -> Submission.forReport(r.id).stream().map(ReceiptView::of).toList())
                .orElse(List.of());
    }

    public SubmissionView submission(String cycleCode, String stateCode, int number) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        Submission s = NationalReport.find(ctx.cycleCode(), ctx.stateCode())
                .flatMap(r -> Submission.byNumber(r.id, number))
                .orElseThrow(() -> new NotFoundException("submission", String.valueOf(number)));
        JsonNode content = Json.read(s.content);
        List<ReportDtos.DocumentView> documents = SubmissionDocument.listed(List.of(s.id)).stream()
                .map(d -> ReportDtos.DocumentView.of(ctx, number, d)).toList();
        return new SubmissionView(ReceiptView.of(s), Sha256.hex(s.content).equals(s.digest), content, documents);
    }
}
