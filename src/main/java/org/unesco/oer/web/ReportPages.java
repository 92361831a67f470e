package org.unesco.oer.web;

import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.unesco.oer.export.NationalReportExportService;
import org.unesco.oer.export.NationalReportWorkbook;
import org.unesco.oer.export.SynthesisExportResource;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedQuestion;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedSection;
import org.unesco.oer.report.InvalidAnswerException;
import org.unesco.oer.report.ReportDtos.ReceiptView;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.report.ReportDtos.SaveResult;
import org.unesco.oer.report.ReportDtos.ValidationView;
import org.unesco.oer.report.ReportService;
import org.unesco.oer.report.StaleReportVersionException;
import org.unesco.oer.report.SubmissionService;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.Actor;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.web.ReportPageModel.Pending;
import org.unesco.oer.web.ReportPageModel.SectionLink;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state's report as pages: one page per section, "check your answers", submit and the receipt.
 * Answers are saved one question at a time (autosave through htmx, or the Save button without
 * JavaScript), each with the report version its value was read at, so colleagues editing other
 * questions never block each other and a colleague's change to the same question is shown, not
 * overwritten.
 */
@Path("/reports/{cycle}/{state}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@CsrfProtected
public class ReportPages {

    @Inject
    Page page;
    @Inject
    ReportPageModel model;
    @Inject
    ReportService reports;
    @Inject
    SubmissionService submissions;
    @Inject
    NationalReportExportService workbooks;
    @Inject
    org.unesco.oer.review.ReviewService reviews;
    @Inject
    CurrentActor caller;
    @Inject
    CurrentUser user;

    @PathParam("cycle")
    String cycle;
    @PathParam("state")
    String state;

    /** Everything a section page shows. */
    public record SectionPage(ReportView report, String stateName, LocalizedQuestionnaire questionnaire,
                              List<SectionLink> sections, LocalizedSection section, List<QuestionView> questions,
                              String previous, String next, boolean editable, List<QuestionView> problems,
                              boolean savedAll) {
    }

    public record CheckPage(ReportView report, String stateName, Map<LocalizedSection, List<QuestionView>> all,
                            ValidationView validation, Map<String, String> texts, boolean editable, boolean confirmMissing,
                            String deadlineRule) {

        /** The question a violation is about ("Q04", "Q04[1] name", "Q03.email" all name Q04 or Q03). */
        private String question(String field) {
            return field == null ? "" : field.split("[^A-Za-z0-9_]", 2)[0];
        }

        public String number(String field) {
            String code = question(field);
            return all.values().stream().flatMap(List::stream).filter(q -> q.code().equals(code))
                    .map(q -> q.question().number()).findFirst().orElse(code);
        }

        /** Where to fix it: the question on its section page. */
        public String link(String field) {
            String code = question(field);
            for (Map.Entry<LocalizedSection, List<QuestionView>> e : all.entrySet()) {
                if (e.getValue().stream().anyMatch(q -> q.code().equals(code))) {
                    return "/reports/" + report.cycle() + "/" + report.state() + "/sections/" + e.getKey().code() + "#q-" + code;
                }
            }
            return "#";
        }
    }

    public record ReceiptPage(ReportView report, String stateName, ReceiptView receipt) {

        public String statusKey() {
            return "status_" + report.status().code();
        }
    }

    /** One row of the history, with values as the reader understands them. */
    public record HistoryRow(String at, String who, String actionKey, String number, String before, String after) {
    }

    public record HistoryPageView(ReportView report, String stateName, List<HistoryRow> rows, int page, boolean more) {

        public int newer() {
            return page - 1;
        }

        public int older() {
            return page + 1;
        }
    }

    /** One question changed between two submissions, its answers as text. */
    public record ChangeRow(String number, String label, String sectionCode, String code, String before, String after) {
    }

    public record ChangesPage(ReportView report, String stateName, int from, int to, List<ChangeRow> rows) {
    }

    @CheckedTemplate(basePath = "web", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance history(HistoryPageView p);

        static native TemplateInstance changes(ChangesPage p);

        static native TemplateInstance section(SectionPage p);

        static native TemplateInstance section$question(SectionPage p, QuestionView q, boolean oob);

        static native TemplateInstance check(CheckPage p);

        static native TemplateInstance receipt(ReceiptPage p);
    }

    @GET
    @Scope(Access.STATE_READ)
    public Response report() {
        ReportView report = reports.view(cycle, state, page.lang());
        LocalizedQuestionnaire q = model.questionnaire(report.questionnaireVersion(), page.lang());
        return Response.seeOther(URI.create(base(report) + "/sections/" + q.sections().get(0).code())).build();
    }

    @GET
    @Path("/sections/{section}")
    @Scope(Access.STATE_READ)
    public Response section(@PathParam("section") String section, @QueryParam("saved") String saved) {
        return page.ok(Templates.section(sectionPage(section, Map.of(), saved != null)));
    }

    /** The Save button without JavaScript: every changed question of the section, each on its own. */
    @POST
    @Path("/sections/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Scope(Access.STATE_WRITE)
    public Response saveSection(@PathParam("section") String section, MultivaluedMap<String, String> form) {
        ReportView report = reports.view(cycle, state, page.lang());
        LocalizedQuestionnaire q = model.questionnaire(report.questionnaireVersion(), page.lang());
        LocalizedSection s = model.section(q, section);
        String reply = form.getFirst("_reply");
        if (reply != null) {
            return reply(report, section, reply, form.getFirst("_replyText." + reply));
        }
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (LocalizedQuestion question : s.questions()) {
            Pending result = save(question, form, report);
            if (result != null) {
                pending.put(question.code(), result);
            }
        }
        boolean problems = pending.values().stream().anyMatch(p -> p.errors() != null && !p.errors().isEmpty() || p.conflict() != null);
        if (problems) {
            return page.respond(Response.status(400), Templates.section(sectionPage(section, pending, false)));
        }
        if ("continue".equals(form.getFirst("_action"))) {
            String next = next(q, section);
            // after the last section comes "check your answers"
            return Response.seeOther(URI.create(base(report) + (next == null ? "/check" : "/sections/" + next))).build();
        }
        return Response.seeOther(URI.create(base(report) + "/sections/" + section + "?saved=1")).build();
    }

    /** A reply to a Secretariat comment, posted from beside its question. */
    private Response reply(ReportView report, String section, String commentId, String text) {
        long id;
        try {
            id = Long.parseLong(commentId);
        } catch (NumberFormatException e) {
            throw new org.unesco.oer.platform.InvalidRequestException("_reply", "comment-number");
        }
        String question = report.openComments().stream().filter(c -> c.id() == id).map(c -> c.question()).findFirst().orElse("");
        if (text == null || text.isBlank()) {
            Map<String, Pending> pending = Map.of(question, new Pending(null, List.of(page.messages().replyEmpty()), null, null));
            return page.respond(Response.status(400), Templates.section(sectionPage(section, pending, false)));
        }
        reviews.reply(cycle, state, id, text, caller.actor());
        return Response.seeOther(URI.create(base(report) + "/sections/" + section + "#q-" + question)).build();
    }

    /** Autosave of one question (htmx): answers with the question again, saved or with what went wrong. */
    @POST
    @Path("/answers/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Scope(Access.STATE_WRITE)
    public Response saveQuestion(@PathParam("question") String code, MultivaluedMap<String, String> form) {
        ReportView report = reports.view(cycle, state, page.lang());
        LocalizedQuestionnaire q = model.questionnaire(report.questionnaireVersion(), page.lang());
        LocalizedSection s = model.sectionOf(q, code);
        LocalizedQuestion question = s.questions().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        Pending result = save(question, form, report);
        Map<String, Pending> pending = new HashMap<>();
        if (result != null) {
            pending.put(code, result);
        }
        SectionPage p = sectionPage(s.code(), pending, false);
        StringBuilder html = new StringBuilder();
        for (QuestionView view : p.questions()) {
            if (view.code().equals(code)) {
                html.insert(0, page.prepare(Templates.section$question(p, view, false)).render());
            } else if (view.question().relevance() != null && code.equals(view.question().relevance().question())) {
                // skip logic, live: the questions that depend on this answer appear or disappear with it
                html.append(page.prepare(Templates.section$question(p, view, true)).render());
            }
        }
        return Response.ok(html.toString(), "text/html;charset=UTF-8").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/check")
    @Scope(Access.STATE_READ)
    public Response check() {
        return page.ok(Templates.check(checkPage(false)));
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Scope(Access.STATE_WRITE)
    public Response submit(MultivaluedMap<String, String> form) {
        if (!"yes".equals(form.getFirst("confirm"))) {
            return page.respond(Response.status(400), Templates.check(checkPage(true)));
        }
        ReceiptView receipt = submissions.submit(cycle, state, ReportPagesSupport.version(form.getFirst("_version")), null, caller.actor());
        return Response.seeOther(URI.create("/reports/" + cycle + "/" + state.toUpperCase() + "/receipts/" + receipt.number())).build();
    }

    @GET
    @Path("/receipts/{number}")
    @Scope(Access.STATE_READ)
    public Response receipt(@PathParam("number") int number) {
        ReportView report = reports.view(cycle, state, page.lang());
        ReceiptView receipt = submissions.submission(cycle, state, number).receipt();
        return page.ok(Templates.receipt(new ReceiptPage(report, model.stateName(report.state(), page.lang()), receipt)));
    }

    @GET
    @Path("/history")
    @Scope(Access.STATE_READ)
    public Response history(@QueryParam("page") @jakarta.ws.rs.DefaultValue("0") @jakarta.validation.constraints.Min(0)
                            @jakarta.validation.constraints.Max(100000) int number) {
        ReportView report = reports.view(cycle, state, page.lang());
        LocalizedQuestionnaire q = model.questionnaire(report.questionnaireVersion(), page.lang());
        Map<String, LocalizedQuestion> questions = new HashMap<>();
        q.sections().forEach(s -> s.questions().forEach(x -> questions.put(x.code(), x)));
        org.unesco.oer.report.ReportDtos.HistoryPage history = historyOf(report, number);
        String zone = report.deadline() == null ? null : report.deadline().timeZone();
        List<HistoryRow> rows = history.entries().stream().map(e -> {
            LocalizedQuestion question = e.question() == null ? null : questions.get(e.question());
            String who = org.unesco.oer.security.Roles.SECRETARIAT.equals(e.role()) ? page.messages().bySecretariat(e.actor()) : e.actor();
            return new HistoryRow(page.dateTime(e.at(), zone), who, "action_" + e.action(),
                    question == null ? null : question.number(), text(q, question, e.oldValue()), text(q, question, e.newValue()));
        }).toList();
        boolean more = (long) (number + 1) * HISTORY_PAGE < history.total();
        return page.ok(Templates.history(new HistoryPageView(report, model.stateName(report.state(), page.lang()), rows, number, more)));
    }

    @GET
    @Path("/changes")
    @Scope(Access.STATE_READ)
    public Response changes() {
        ReportView report = reports.view(cycle, state, page.lang());
        LocalizedQuestionnaire q = model.questionnaire(report.questionnaireVersion(), page.lang());
        org.unesco.oer.review.ReviewDtos.ChangesView changes = reviews.changes(cycle, state, null, null);
        List<ChangeRow> rows = changes.changes().stream().map(c -> {
            LocalizedSection s = model.sectionOf(q, c.question());
            LocalizedQuestion question = s.questions().stream().filter(x -> x.code().equals(c.question())).findFirst().orElseThrow();
            return new ChangeRow(question.number(), question.label(), s.code(), question.code(),
                    model.answerText(q, question, c.before(), page.lang()), model.answerText(q, question, c.after(), page.lang()));
        }).toList();
        return page.ok(Templates.changes(new ChangesPage(report, model.stateName(report.state(), page.lang()), changes.from(), changes.to(), rows)));
    }

    private static final int HISTORY_PAGE = 50;

    @Inject
    org.unesco.oer.audit.AuditHistory audit;

    private org.unesco.oer.report.ReportDtos.HistoryPage historyOf(ReportView report, int number) {
        return audit.forReport(report.cycle(), report.state(), number, HISTORY_PAGE);
    }

    private String text(LocalizedQuestionnaire q, LocalizedQuestion question, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (question != null) {
            return model.answerText(q, question, value, page.lang());
        }
        if (value.isTextual()) {
            // statuses are stored as codes: show them as the status list does
            for (org.unesco.oer.report.ReportStatus status : org.unesco.oer.report.ReportStatus.values()) {
                if (status.code().equals(value.asText())) {
                    return page.statusLabel(status);
                }
            }
            return value.asText();
        }
        // a record (a designation, contacts): the person it names, not its JSON
        return value.path("name").asText(value.path("username").asText(""));
    }

    @GET
    @Path("/workbook")
    @Produces(SynthesisExportResource.XLSX)
    @Scope(Access.STATE_READ)
    public Response workbook() {
        NationalReportWorkbook.Content content = workbooks.load(cycle, state, page.lang());
        return SynthesisExportResource.xlsx(out -> NationalReportWorkbook.write(content, out), content.fileName());
    }

    /** Saves one question from the form if the user changed it; null when there was nothing to do. */
    private Pending save(LocalizedQuestion question, MultivaluedMap<String, String> form, ReportView report) {
        String code = question.code();
        String orig = form.getFirst(code + "._orig");
        if (orig == null) {
            return null; // not on the form (hidden by skip logic, or another section)
        }
        FormCodec.Decoded decoded = FormCodec.fromForm(question, form, page.messages());
        String resolve = form.getFirst(code + "._resolve");
        if ("theirs".equals(resolve)) {
            return null; // the stored value stays; the page shows it again
        }
        decoded = ReportPagesSupport.removeRow(question, decoded, form.getFirst("_remove"));
        if (decoded.error() != null) {
            return new Pending(decoded.shown(), List.of(decoded.error()), null, null);
        }
        if (ReportPageModel.fingerprint(question, decoded.value()).equals(orig) && !"mine".equals(resolve)) {
            return null;
        }
        Integer version = ReportPagesSupport.version(form.getFirst(code + "._version"));
        Map<String, JsonNode> values = new HashMap<>();
        values.put(code, decoded.value());
        try {
            SaveResult saved = reports.save(cycle, state, values, version, caller.actor());
            return new Pending(null, null, null, "saved:" + saved.version());
        } catch (InvalidAnswerException e) {
            return new Pending(decoded.shown(), e.issues().stream().map(i -> org.unesco.oer.platform.Messages.format(page.lang(), i.message())).toList(), null, null);
        } catch (StaleReportVersionException e) {
            StaleReportVersionException.Conflict c = e.conflicts() == null ? null : e.conflicts().get(code);
            if (c == null) {
                throw e;
            }
            LocalizedQuestionnaire q = model.questionnaire(report.questionnaireVersion(), page.lang());
            QuestionView.Conflict conflict = new QuestionView.Conflict(c.changedBy(), page.dateTime(c.changedAt(), report.deadline() == null ? null : report.deadline().timeZone()),
                    model.answerText(q, question, c.value(), page.lang()), model.answerText(q, question, decoded.value(), page.lang()),
                    decoded.value() == null ? "null" : decoded.value().toString());
            return new Pending(decoded.shown(), List.of(), conflict, null);
        }
    }

    private SectionPage sectionPage(String section, Map<String, Pending> pending, boolean savedAll) {
        ReportView report = reports.view(cycle, state, page.lang());
        LocalizedQuestionnaire q = model.questionnaire(report.questionnaireVersion(), page.lang());
        LocalizedSection s = model.section(q, section);
        List<QuestionView> questions = model.questions(s, report, page.lang(), pending);
        List<QuestionView> problems = questions.stream().filter(x -> !x.hidden() && (x.invalid() || x.conflict() != null)).toList();
        return new SectionPage(report, model.stateName(report.state(), page.lang()), q, model.sections(q, report, section), s,
                questions, previous(q, section), next(q, section), editable(report), problems, savedAll);
    }

    private CheckPage checkPage(boolean confirmMissing) {
        ReportView report = reports.view(cycle, state, page.lang());
        LocalizedQuestionnaire q = model.questionnaire(report.questionnaireVersion(), page.lang());
        Map<String, String> texts = new HashMap<>();
        q.sections().forEach(s -> s.questions().forEach(x -> texts.put(x.code(), model.answerText(q, x, report.answers().get(x.code()), page.lang()))));
        return new CheckPage(report, model.stateName(report.state(), page.lang()), model.all(q, report, page.lang()),
                reports.validation(cycle, state, page.lang()), texts, editable(report), confirmMissing, deadlineRule(report));
    }

    @Inject
    org.unesco.oer.cycle.CycleService cycles;
    @Inject
    java.time.InstantSource clock;

    /** The deadline rule that applies now, in plain words: days left, an extension, late, or closed. */
    private String deadlineRule(ReportView report) {
        if (report.deadline() == null || !report.status().allowsSubmission() && report.status() != org.unesco.oer.report.ReportStatus.NOT_STARTED) {
            return null;
        }
        Msg msg = page.messages();
        String last = page.date(report.deadline().lastDay()) + " (" + report.deadline().timeZone() + ")";
        if (report.closedReason() != null) {
            return msg.ruleClosed(last);
        }
        String rule = clock.instant().isAfter(report.deadline().endsAt()) ? msg.ruleLate(last) : msg.ruleOnTime(last);
        org.unesco.oer.cycle.Deadline hardClose = cycles.require(report.cycle()).hardClose();
        if (clock.instant().isAfter(report.deadline().endsAt()) && hardClose != null && hardClose.endsAt().isAfter(report.deadline().endsAt())) {
            rule += " " + msg.ruleHardClose(page.date(hardClose.lastDay()));
        }
        return report.extended() ? msg.ruleExtended(last) + " " + rule : rule;
    }

    private boolean editable(ReportView report) {
        boolean writer = user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.FOCAL_POINT);
        return writer && report.status().allowsEditing();
    }

    private static String base(ReportView report) {
        return "/reports/" + report.cycle() + "/" + report.state();
    }

    private static String previous(LocalizedQuestionnaire q, String section) {
        for (int i = 1; i < q.sections().size(); i++) {
            if (q.sections().get(i).code().equals(section)) {
                return q.sections().get(i - 1).code();
            }
        }
        return null;
    }

    private static String next(LocalizedQuestionnaire q, String section) {
        for (int i = 0; i < q.sections().size() - 1; i++) {
            if (q.sections().get(i).code().equals(section)) {
                return q.sections().get(i + 1).code();
            }
        }
        return null;
    }
}
