package org.unesco.oer.web.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedQuestion;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.review.ReviewDtos.ChangesView;
import org.unesco.oer.review.ReviewDtos.CommentThread;
import org.unesco.oer.review.ReviewDtos.QuestionComment;
import org.unesco.oer.review.ReviewService;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.CsrfProtected;
import org.unesco.oer.web.Page;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Secretariat's review of a state's report: a comment beside any question, return with a
 * reason, validate with an optional note, reopen a validated report with a reason; on a
 * resubmission what changed since the previous submission, question by question. Which decisions
 * are offered is the workflow's ({@link org.unesco.oer.report.ReportStatus}).
 */
@Path("/secretariat/{cycle}/states/{state}/review")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@CsrfProtected
@Scope(roles = {Roles.SECRETARIAT})
public class ReviewPages {

    /** The longest reason, note or comment (as the API's ReturnRequest). */
    static final int MAX_TEXT = 5000;

    @Inject
    Page page;
    @Inject
    StatePageSupport support;
    @Inject
    ReviewService reviews;
    @Inject
    CurrentActor caller;

    @PathParam("cycle")
    String cycle;
    @PathParam("state")
    String state;

    /** A question on the review page: its answer, whether the last submission changed it, its comment threads and the comment typed. */
    public record ReviewQuestion(StatePageSupport.Answered question, boolean changed, List<CommentThread> threads, String comment,
                                 String error) {
    }

    public record ReviewSection(String code, String title, List<ReviewQuestion> questions) {
    }

    public record ChangeRow(String code, String number, String label, String before, String after) {
    }

    /** An error of the page's forms: the field it is about (its id) and what to do. */
    public record FieldError(String field, String message) {
    }

    public record ReviewPage(ReportView report, String stateName, String zone, List<ReviewSection> sections, ChangesView changes,
                             List<ChangeRow> changeRows, List<FieldError> errors, String reason, String note, String reopenReason) {

        public String base() {
            return "/secretariat/" + report.cycle() + "/states/" + report.state();
        }

        public String statusKey() {
            return "status_" + report.status().code();
        }

        public boolean reviewable() {
            return report.status().allowsReview();
        }

        public boolean reopenable() {
            return report.status().allowsReopening();
        }

        public String error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
        }
    }

    @CheckedTemplate(basePath = "review", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance review(ReviewPage p);
    }

    @GET
    public Response review() {
        return page.ok(Templates.review(reviewPage(Map.of(), List.of(), null, null, null)));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnReport(MultivaluedMap<String, String> form) {
        String reason = form.getFirst("reason");
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("comment.") && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                typed.put(name.substring("comment.".length()), values.get(0));
            }
        });
        Rev rev = support.rev();
        List<FieldError> errors = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", rev.errReasonMissing()));
        } else if (reason.length() > MAX_TEXT) {
            errors.add(new FieldError("reason", rev.errTooLong(MAX_TEXT)));
        }
        LocalizedQuestionnaire q = support.questionnaire(support.report(cycle, state));
        typed.forEach((code, text) -> {
            if (text.length() > MAX_TEXT) {
                String number = support.question(q, code).number();
                errors.add(new FieldError("comment-" + code, page.messages().question(number) + ": " + rev.errTooLong(MAX_TEXT)));
            }
        });
        if (!errors.isEmpty()) {
            return page.respond(Response.status(400), Templates.review(reviewPage(typed, errors, reason, null, null)));
        }
        List<QuestionComment> comments = typed.entrySet().stream().map(e -> new QuestionComment(e.getKey(), e.getValue().strip())).toList();
        reviews.returnReport(cycle, state, reason.strip(), comments, caller.actor());
        return done("returned");
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response validate(MultivaluedMap<String, String> form) {
        String note = form.getFirst("note");
        if (note != null && note.length() > MAX_TEXT) {
            List<FieldError> errors = List.of(new FieldError("note", support.rev().errTooLong(MAX_TEXT)));
            return page.respond(Response.status(400), Templates.review(reviewPage(Map.of(), errors, null, note, null)));
        }
        reviews.validate(cycle, state, note == null || note.isBlank() ? null : note.strip(), caller.actor());
        return done("validated");
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(MultivaluedMap<String, String> form) {
        String reason = form.getFirst("reason");
        Rev rev = support.rev();
        String error = reason == null || reason.isBlank() ? rev.errReopenReasonMissing()
                : reason.length() > MAX_TEXT ? rev.errTooLong(MAX_TEXT) : null;
        if (error != null) {
            List<FieldError> errors = List.of(new FieldError("reopen-reason", error));
            return page.respond(Response.status(400), Templates.review(reviewPage(Map.of(), errors, null, null, reason)));
        }
        reviews.reopen(cycle, state, reason.strip(), caller.actor());
        return done("reopened");
    }

    private Response done(String what) {
        ReportView report = support.report(cycle, state);
        return Response.seeOther(URI.create("/secretariat/" + report.cycle() + "/states/" + report.state() + "?done=" + what)).build();
    }

    private ReviewPage reviewPage(Map<String, String> typed, List<FieldError> errors, String reason, String note, String reopenReason) {
        ReportView report = support.report(cycle, state);
        LocalizedQuestionnaire q = support.questionnaire(report);
        ChangesView changes = report.submissionCount() > 1 ? reviews.changes(report.cycle(), report.state(), null, null) : null;
        List<ChangeRow> changeRows = new ArrayList<>();
        if (changes != null) {
            for (var c : changes.changes()) {
                LocalizedQuestion question = support.question(q, c.question());
                changeRows.add(new ChangeRow(c.question(), question.number(), question.label(),
                        support.answerText(q, question, c.before()), support.answerText(q, question, c.after())));
            }
        }
        Set<String> changed = changeRows.stream().map(ChangeRow::code).collect(Collectors.toSet());
        Map<String, List<CommentThread>> threads = reviews.threads(report.cycle(), report.state()).stream()
                .collect(Collectors.groupingBy(t -> t.comment().question(), LinkedHashMap::new, Collectors.toList()));
        List<ReviewSection> sections = support.sections(report).stream().map(s -> new ReviewSection(s.code(), s.title(),
                s.questions().stream().map(a -> new ReviewQuestion(a, changed.contains(a.code()), threads.getOrDefault(a.code(), List.of()),
                        typed.getOrDefault(a.code(), ""), errors.stream().filter(e -> e.field().equals("comment-" + a.code()))
                        .map(FieldError::message).findFirst().orElse(null))).toList())).toList();
        return new ReviewPage(report, support.stateName(report), StatePageSupport.zone(report), sections, changes, changeRows,
                errors, reason, note, reopenReason);
    }
}
