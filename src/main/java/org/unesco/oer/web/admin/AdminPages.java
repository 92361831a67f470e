package org.unesco.oer.web.admin;

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
import org.unesco.oer.cycle.CycleDtos.CreateCycleRequest;
import org.unesco.oer.cycle.CycleDtos.OnTimeChange;
import org.unesco.oer.cycle.CycleDtos.UpdateCycleRequest;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.OnTimeFlagsWouldChangeException;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.platform.Dates;
import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.platform.Problem;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.registry.MemberStateDtos.MemberStateView;
import org.unesco.oer.registry.MemberStateDtos.RegionChangeView;
import org.unesco.oer.registry.MemberStateDtos.RegionView;
import org.unesco.oer.registry.MemberStateService;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.CsrfProtected;
import org.unesco.oer.web.Page;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' pages: reporting cycles (create, edit with a reason, the on-time flags an edit
 * would turn over shown and confirmed), the states of each region (moving one, with its history),
 * and the questionnaire versions with their translations. They call the services the API calls.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@CsrfProtected
@Scope(roles = {Roles.ADMIN})
public class AdminPages {

    @Inject
    Page page;
    @Inject
    CycleService cycles;
    @Inject
    MemberStateService registry;
    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    Languages languages;
    @Inject
    CurrentActor caller;
    @Inject
    CurrentUser user;

    /** A problem with one field of a form: the id of its control and what is wrong, in the page's language. */
    public record FieldError(String field, String message) {
    }

    /** What a form shows again: the values as typed and the problems found. */
    public record Form(Map<String, String> values, List<FieldError> errors) {

        public String value(String name) {
            String v = values.get(name);
            return v == null ? "" : v;
        }

        public boolean hasError(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public String error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse("");
        }

        static Form of(MultivaluedMap<String, String> form) {
            Map<String, String> values = new LinkedHashMap<>();
            form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
            return new Form(values, new ArrayList<>());
        }
    }

    public record CycleRow(ReportingCycle cycle, String title) {
    }

    public record CyclesPage(List<CycleRow> cycles, String changed, String created) {
    }

    public record CycleFormPage(ReportingCycle cycle, Form form, List<String> languages, List<String> questionnaires,
                                List<OnTimeChange> affected) {

        public String titleField(String lang) {
            return "titles." + lang;
        }
    }

    public record RegionGroup(RegionView region, List<MemberStateView> states) {
    }

    public record RegionsPage(List<RegionGroup> regions, String moved) {
    }

    public record StatePage(MemberStateView state, List<RegionView> regions, List<RegionChangeView> history, Form form, boolean moved) {
    }

    public record QuestionnaireRow(QuestionnaireCatalog.Published published, String title) {
    }

    public record QuestionnairesPage(List<QuestionnaireRow> versions) {
    }

    public record QuestionnairePage(QuestionnaireCatalog.Published published, String title, QuestionnaireDefinition definition,
                                    String in, List<String> languages) {

        public String text(Map<String, String> text) {
            return Languages.text(text, in);
        }
    }

    @CheckedTemplate(basePath = "admin", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance cycles(CyclesPage p);

        static native TemplateInstance cycleForm(CycleFormPage p);

        static native TemplateInstance regions(RegionsPage p);

        static native TemplateInstance state(StatePage p);

        static native TemplateInstance questionnaires(QuestionnairesPage p);

        static native TemplateInstance questionnaire(QuestionnairePage p);
    }

    // ---- cycles ---------------------------------------------------------------------------------

    @GET
    @Path("/cycles")
    public Response cycleList(@QueryParam("changed") String changed, @QueryParam("created") String created) {
        List<CycleRow> rows = cycles.list().stream().map(c -> new CycleRow(c, c.title(page.lang()))).toList();
        return page.ok(Templates.cycles(new CyclesPage(rows, changed, created)));
    }

    @GET
    @Path("/cycles/new")
    public Response newCycle() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("timeZone", "Europe/Paris");
        List<String> versions = questionnaireVersions();
        if (!versions.isEmpty()) {
            values.put("questionnaireVersion", versions.get(versions.size() - 1));
        }
        return page.ok(Templates.cycleForm(new CycleFormPage(null, new Form(values, new ArrayList<>()), languages.supported(),
                questionnaireVersions(), List.of())));
    }

    private List<String> questionnaireVersions() {
        return catalog.all().stream().map(p -> p.definition().version()).sorted().toList();
    }

    @POST
    @Path("/cycles/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createCycle(MultivaluedMap<String, String> fields) {
        Form form = Form.of(fields);
        required(form, "code");
        LocalDate opens = date(form, "opensOn", true);
        LocalDate deadline = date(form, "deadline", true);
        LocalDate dispatch = date(form, "dispatchDate", false);
        LocalDate hardClose = date(form, "hardClose", false);
        LocalDate cutoff = date(form, "analysisCutoff", false);
        required(form, "timeZone");
        required(form, "questionnaireVersion");
        Map<String, String> titles = new LinkedHashMap<>();
        for (String l : languages.supported()) {
            if (required(form, "titles." + l)) {
                titles.put(l, form.value("titles." + l));
            }
        }
        if (!form.value("code").isBlank() && !form.value("code").matches("^[a-z0-9][a-z0-9-]{1,31}$")) {
            form.errors().add(new FieldError("code", words().codePattern()));
        }
        if (form.errors().isEmpty()) {
            try {
                ReportingCycle c = cycles.create(new CreateCycleRequest(form.value("code"), titles, null, null, null,
                        blankToNull(form.value("circularLetter")), dispatch, opens, deadline, form.value("timeZone").strip(), hardClose, cutoff,
                        form.value("questionnaireVersion")));
                return Response.seeOther(URI.create("/admin/cycles?created=" + c.code)).build();
            } catch (DomainException e) {
                addProblems(form, e, "code");
            }
        }
        return page.respond(Response.status(400), Templates.cycleForm(new CycleFormPage(null, form, languages.supported(),
                questionnaireVersions(), List.of())));
    }

    @GET
    @Path("/cycles/{code}/edit")
    public Response editCycle(@PathParam("code") String code) {
        ReportingCycle c = cycles.require(code);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(c.version));
        values.put("opensOn", text(c.openingDate));
        values.put("deadline", text(c.deadlineDate));
        values.put("hardClose", text(c.hardCloseDate));
        values.put("analysisCutoff", text(c.analysisCutoffDate));
        values.put("timeZone", c.timeZone);
        c.titles.forEach((l, t) -> values.put("titles." + l, t));
        return page.ok(Templates.cycleForm(new CycleFormPage(c, new Form(values, new ArrayList<>()), languages.supported(), List.of(), List.of())));
    }

    @POST
    @Path("/cycles/{code}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCycle(@PathParam("code") String code, MultivaluedMap<String, String> fields) {
        ReportingCycle c = cycles.require(code);
        Form form = Form.of(fields);
        LocalDate opens = date(form, "opensOn", true);
        LocalDate deadline = date(form, "deadline", true);
        LocalDate hardClose = date(form, "hardClose", false);
        LocalDate cutoff = date(form, "analysisCutoff", false);
        required(form, "timeZone");
        Map<String, String> titles = new LinkedHashMap<>();
        for (String l : languages.supported()) {
            if (required(form, "titles." + l) && !form.value("titles." + l).strip().equals(c.titles.get(l))) {
                titles.put(l, form.value("titles." + l));
            }
        }
        String reason = form.value("reason").strip();
        if (reason.isEmpty()) {
            form.errors().add(new FieldError("reason", words().reasonRequired()));
        } else if (reason.length() > 2000) {
            form.errors().add(new FieldError("reason", words().reasonTooLong()));
        }
        Integer version = null;
        try {
            version = Integer.valueOf(form.value("version"));
        } catch (NumberFormatException e) {
            form.errors().add(new FieldError("reason", words().staleCycle()));
        }
        List<OnTimeChange> affected = List.of();
        int status = 400;
        if (form.errors().isEmpty()) {
            try {
                CycleService.CycleEdit edit = cycles.edit(code, new UpdateCycleRequest(opens, deadline, hardClose, cutoff,
                        form.value("timeZone").strip(), titles.isEmpty() ? null : titles, reason,
                        "true".equals(form.value("acceptOnTimeChanges"))), version, caller.actor());
                return Response.seeOther(URI.create("/admin/cycles?changed=" + edit.cycle().code + "&n=" + edit.changes().size())).build();
            } catch (OnTimeFlagsWouldChangeException e) {
                affected = e.affectedReports();
                status = 409;
                form.errors().add(new FieldError("acceptOnTimeChanges", words().onTimeWouldChange(affected.size())));
            } catch (org.unesco.oer.cycle.StaleCycleVersionException e) {
                status = 409;
                form.errors().add(new FieldError("reason", words().staleCycle()));
            } catch (DomainException e) {
                addProblems(form, e, "reason");
            }
        }
        return page.respond(Response.status(status), Templates.cycleForm(new CycleFormPage(c, form, languages.supported(), List.of(), affected)));
    }

    private AdmMsg words() {
        return AdmWords.of(page.lang());
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private boolean required(Form form, String field) {
        if (form.value(field).isBlank()) {
            form.errors().add(new FieldError(field, words().required()));
            return false;
        }
        return true;
    }

    private LocalDate date(Form form, String field, boolean required) {
        String v = form.value(field).strip();
        if (v.isEmpty()) {
            if (required) {
                form.errors().add(new FieldError(field, words().required()));
            }
            return null;
        }
        LocalDate day = Dates.parse(v);
        if (day == null) {
            form.errors().add(new FieldError(field, words().dateFormat()));
        }
        return day;
    }

    /** A service's refusal, each violation beside its field (the detail on {@code fallback} when it names none). */
    private void addProblems(Form form, DomainException e, String fallback) {
        Problem problem = e.toProblem(page.lang());
        if (problem.violations() == null || problem.violations().isEmpty()) {
            form.errors().add(new FieldError(fallback, problem.detail()));
            return;
        }
        for (Problem.Violation v : problem.violations()) {
            String field = v.field() == null || !form.values().containsKey(v.field()) && !v.field().startsWith("titles.") ? fallback : v.field();
            form.errors().add(new FieldError(field, v.message()));
        }
    }

    // ---- regions --------------------------------------------------------------------------------

    @GET
    @Path("/regions")
    public Response regions(@QueryParam("moved") String moved) {
        List<MemberStateView> states = registry.list(null, null, page.lang());
        List<RegionGroup> groups = registry.regions(page.lang()).stream()
                .map(r -> new RegionGroup(r, states.stream().filter(s -> s.region().code().equals(r.code())).toList())).toList();
        return page.ok(Templates.regions(new RegionsPage(groups, moved)));
    }

    @GET
    @Path("/regions/{state}")
    public Response state(@PathParam("state") String state, @QueryParam("moved") String moved) {
        MemberStateView s = registry.get(state, page.lang());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("region", s.region().code());
        return page.ok(Templates.state(new StatePage(s, registry.regions(page.lang()), registry.regionChanges(s.code()),
                new Form(values, new ArrayList<>()), moved != null)));
    }

    @POST
    @Path("/regions/{state}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveState(@PathParam("state") String state, MultivaluedMap<String, String> fields) {
        MemberStateView s = registry.get(state, page.lang());
        Form form = Form.of(fields);
        required(form, "region");
        String reason = form.value("reason").strip();
        if (reason.isEmpty()) {
            form.errors().add(new FieldError("reason", words().reasonRequired()));
        } else if (reason.length() > 1000) {
            form.errors().add(new FieldError("reason", words().reasonTooLong()));
        }
        if (form.errors().isEmpty()) {
            try {
                registry.changeRegion(s.code(), form.value("region"), reason, user.username(), Roles.ADMIN);
                return Response.seeOther(URI.create("/admin/regions/" + s.code() + "?moved=1")).build();
            } catch (DomainException e) {
                addProblems(form, e, "region");
            }
        }
        return page.respond(Response.status(400), Templates.state(new StatePage(s, registry.regions(page.lang()),
                registry.regionChanges(s.code()), form, false)));
    }

    // ---- questionnaires -------------------------------------------------------------------------

    @GET
    @Path("/questionnaires")
    public Response questionnaires() {
        List<QuestionnaireRow> rows = catalog.all().stream()
                .sorted(java.util.Comparator.comparing((QuestionnaireCatalog.Published p) -> p.definition().version()))
                .map(p -> new QuestionnaireRow(p, Languages.text(p.definitionInEveryLanguage().title(), page.lang()))).toList();
        return page.ok(Templates.questionnaires(new QuestionnairesPage(rows)));
    }

    @GET
    @Path("/questionnaires/{version}")
    public Response questionnaire(@PathParam("version") String version, @QueryParam("in") String in) {
        QuestionnaireCatalog.Published p = catalog.require(version);
        String language = in != null && p.languages().contains(in) ? in : p.languages().contains(page.lang()) ? page.lang() : Languages.FALLBACK;
        QuestionnaireDefinition def = p.definitionInEveryLanguage();
        return page.ok(Templates.questionnaire(new QuestionnairePage(p, Languages.text(def.title(), language), def, language, p.languages())));
    }
}
