package org.unesco.oer.review;

import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Message;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.security.Actor;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.platform.Problem;
import org.unesco.oer.platform.WorkMetrics;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.report.InvalidAnswerException;
import org.unesco.oer.report.NationalReport;
import org.unesco.oer.report.ReportDtos;
import org.unesco.oer.report.ReportDtos.CommentView;
import org.unesco.oer.report.ReportLocator;
import org.unesco.oer.report.ReportLocator.ReportContext;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.report.Submission;
import org.unesco.oer.review.ReviewDtos.ChangesView;
import org.unesco.oer.review.ReviewDtos.DecisionView;
import org.unesco.oer.review.ReviewDtos.QuestionChange;
import org.unesco.oer.review.ReviewDtos.QuestionComment;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The Secretariat's review: return with reasons and comments, validate, reopen; and what changed. */
@ApplicationScoped
public class ReviewService {

    @Inject
    InstantSource clock;
    @Inject
    ReportLocator locator;
    @Inject
    AuditTrail audit;
    @Inject
    WorkMetrics metrics;

    @Transactional
    public DecisionView returnReport(String cycleCode, String stateCode, String reason, List<QuestionComment> comments, Actor actor) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        List<QuestionComment> list = comments == null ? List.of() : comments;
        List<Issue> unknown = list.stream().filter(c -> ctx.definition().question(c.question()).isEmpty())
                .map(c -> Issue.of(c.question(), "unknown-question", Message.of("violation.unknown-question", ctx.definition().version())))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidAnswerException(unknown);
        }
        NationalReport report = existing(ctx);
        ReportStatus before = report.status;
        report.status = before.afterReturn();
        Instant now = clock.instant();
        report.touch(now);
        Review review = decide(report, "RETURNED", reason, actor, now);
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(AuditEntry.of("REPORT_RETURNED", ctx.cycleCode(), ctx.stateCode())
                .values(Json.write(before.code()), Json.write(report.status.code()))
                .detail(Json.write(Map.of("reason", review.reason, "comments", list.size()))));
        for (QuestionComment c : list) {
            ReviewComment comment = new ReviewComment();
            comment.reviewId = review.id;
            comment.reportId = report.id;
            comment.questionCode = c.question();
            comment.text = c.text().strip();
            comment.persist();
            entries.add(AuditEntry.of("COMMENT_ADDED", ctx.cycleCode(), ctx.stateCode()).question(c.question())
                    .values(null, Json.write(comment.text)));
        }
        audit.append(actor.username(), actor.role(), entries);
        metrics.returned();
        return view(ctx, report, review, list.size());
    }

    @Transactional
    public DecisionView validate(String cycleCode, String stateCode, String note, Actor actor) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        NationalReport report = existing(ctx);
        ReportStatus before = report.status;
        report.status = before.afterValidation();
        Instant now = clock.instant();
        report.validatedAt = now;
        report.touch(now);
        Review review = decide(report, "VALIDATED", note, actor, now);
        audit.append(actor.username(), actor.role(), AuditEntry.of("REPORT_VALIDATED", ctx.cycleCode(), ctx.stateCode())
                .values(Json.write(before.code()), Json.write(report.status.code()))
                .detail(note == null ? null : Json.write(Map.of("note", note))));
        metrics.validated();
        return view(ctx, report, review, 0);
    }

    @Transactional
    public DecisionView reopen(String cycleCode, String stateCode, String reason, Actor actor) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        NationalReport report = existing(ctx);
        ReportStatus before = report.status;
        report.status = before.afterReopening();
        Instant now = clock.instant();
        report.validatedAt = null;
        report.touch(now);
        Review review = decide(report, "REOPENED", reason, actor, now);
        audit.append(actor.username(), actor.role(), AuditEntry.of("REPORT_REOPENED", ctx.cycleCode(), ctx.stateCode())
                .values(Json.write(before.code()), Json.write(report.status.code()))
                .detail(Json.write(Map.of("reason", review.reason))));
        return view(ctx, report, review, 0);
    }

    /** Question by question, what submission {@code to} changed compared with submission {@code from}. */
    public ChangesView changes(String cycleCode, String stateCode, Integer from, Integer to) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        NationalReport report = NationalReport.find(ctx.cycleCode(), ctx.stateCode()).orElse(null);
        if ((report == null || report.submissionCount == 0) && from == null && to == null) {
            return new ChangesView(0, 0, List.of());
        }
        if (report == null) {
            throw new NotFoundException("submission", String.valueOf(to != null ? to : from));
        }
        int last = to != null ? to : report.submissionCount;
        int first = from != null ? from : last - 1;
        if (last < 1 || first < 0 || first >= last) {
            throw new InvalidRequestException("from", "before-to", report.submissionCount);
        }
        Map<String, JsonNode> after = answers(report, last);
        Map<String, JsonNode> before = first == 0 ? Map.of() : answers(report, first);
        List<QuestionChange> changes = new ArrayList<>();
        ctx.definition().questions().forEach(q -> {
            JsonNode b = before.get(q.code());
            JsonNode a = after.get(q.code());
            if (!Objects.equals(b, a)) {
                String kind = b == null ? "added" : a == null ? "removed" : "changed";
                changes.add(new QuestionChange(q.code(), label(q), kind, b, a));
            }
        });
        return new ChangesView(first, last, changes);
    }

    public List<CommentView> openComments(Long reportId) {
        List<Object[]> open = Review.getEntityManager().createQuery("""
                        select c.id, c.questionCode, c.text, r.decidedBy, r.decidedAt from ReviewComment c, Review r
                        where c.reviewId = r.id and c.reportId = :report and c.resolvedAt is null order by c.id""", Object[].class)
                .setParameter("report", reportId).getResultList();
        if (open.isEmpty()) {
            return List.of(); // most reports: no second query for replies (every report read asks)
        }
        Map<Long, List<ReportDtos.ReplyView>> replies = new LinkedHashMap<>();
        ReviewCommentReply.<ReviewCommentReply>list("reportId = ?1 order by id", reportId).forEach(r -> replies
                .computeIfAbsent(r.commentId, k -> new ArrayList<>()).add(new ReportDtos.ReplyView(r.text, r.author, r.authorRole, r.repliedAt)));
        return open.stream().map(row -> new CommentView((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Instant) row[4],
                replies.getOrDefault((Long) row[0], List.of()))).toList();
    }

    /**
     * Every comment the Secretariat made on the report, open or closed by a later submission, with
     * the replies to it, oldest first: the threads the review page shows beside their questions.
     */
    @Transactional
    public List<ReviewDtos.CommentThread> threads(String cycleCode, String stateCode) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        NationalReport report = NationalReport.find(ctx.cycleCode(), ctx.stateCode()).orElse(null);
        if (report == null) {
            return List.of();
        }
        Map<Long, List<ReportDtos.ReplyView>> replies = new LinkedHashMap<>();
        ReviewCommentReply.<ReviewCommentReply>list("reportId = ?1 order by id", report.id).forEach(r -> replies
                .computeIfAbsent(r.commentId, k -> new ArrayList<>()).add(new ReportDtos.ReplyView(r.text, r.author, r.authorRole, r.repliedAt)));
        return Review.getEntityManager().createQuery("""
                        select c.id, c.questionCode, c.text, r.decidedBy, r.decidedAt, c.resolvedAt from ReviewComment c, Review r
                        where c.reviewId = r.id and c.reportId = :report order by c.id""", Object[].class)
                .setParameter("report", report.id).getResultList().stream()
                .map(row -> new ReviewDtos.CommentThread(new CommentView((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (Instant) row[4], replies.getOrDefault((Long) row[0], List.of())), (Instant) row[5])).toList();
    }

    /** A reply to an open comment of this report; comments close with the next submission. */
    @Transactional
    public ReportDtos.ReplyView reply(String cycleCode, String stateCode, long commentId, String text, Actor actor) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        NationalReport report = existing(ctx);
        ReviewComment comment = ReviewComment.<ReviewComment>findByIdOptional(commentId)
                .filter(c -> c.reportId.equals(report.id))
                .orElseThrow(() -> new NotFoundException("Comment", String.valueOf(commentId)));
        if (comment.resolvedAt != null) {
            throw new CommentClosedException(commentId);
        }
        ReviewCommentReply reply = new ReviewCommentReply();
        reply.commentId = comment.id;
        reply.reportId = report.id;
        reply.text = text.strip();
        reply.author = actor.username();
        reply.authorRole = actor.role();
        reply.repliedAt = clock.instant();
        reply.persist();
        audit.append(actor.username(), actor.role(), AuditEntry.of("COMMENT_REPLIED", ctx.cycleCode(), ctx.stateCode())
                .question(comment.questionCode).values(null, Json.write(reply.text))
                .detail(Json.write(Map.of("comment", comment.id))));
        return new ReportDtos.ReplyView(reply.text, reply.author, reply.authorRole, reply.repliedAt);
    }

    public String lastReason(Long reportId) {
        return Review.<Review>find("reportId = ?1 and decision in ('RETURNED', 'REOPENED') order by decidedAt desc, id desc", reportId)
                .firstResultOptional().map(r -> r.reason).orElse(null);
    }

    public void resolveOpenComments(Long reportId, Instant at) {
        ReviewComment.update("resolvedAt = ?1 where reportId = ?2 and resolvedAt is null", at, reportId);
    }

    private static Map<String, JsonNode> answers(NationalReport report, int number) {
        Submission s = Submission.byNumber(report.id, number)
                .orElseThrow(() -> new NotFoundException("submission", String.valueOf(number)));
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        Json.read(s.content).path("answers").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue()));
        return answers;
    }

    private static NationalReport existing(ReportContext ctx) {
        return NationalReport.findForUpdate(ctx.cycleCode(), ctx.stateCode())
                .filter(r -> r.version > 0)
                .orElseThrow(() -> new org.unesco.oer.report.TransitionNotAllowedException(ReportStatus.NOT_STARTED, "review"));
    }

    private static Review decide(NationalReport report, String decision, String reason, Actor actor, Instant now) {
        Review review = new Review();
        review.reportId = report.id;
        review.decision = decision;
        review.reason = reason == null ? null : reason.strip();
        review.decidedBy = actor.username();
        review.decidedAt = now;
        review.persist();
        return review;
    }

    private static DecisionView view(ReportContext ctx, NationalReport report, Review review, int comments) {
        return new DecisionView(ctx.cycleCode(), ctx.stateCode(), report.status.code(), report.version, review.decision,
                review.reason, review.decidedBy, review.decidedAt, comments);
    }

    private static String label(Question q) {
        return q.label().get("en");
    }

}
