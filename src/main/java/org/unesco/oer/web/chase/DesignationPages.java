package org.unesco.oer.web.chase;

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
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.identity.AccountLinkNeedsConfirmationException;
import org.unesco.oer.identity.DesignationDtos.DesignationView;
import org.unesco.oer.identity.DesignationDtos.Person;
import org.unesco.oer.identity.FocalPointDesignations;
import org.unesco.oer.identity.IdentityProviderUnavailableException;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.CsrfProtected;
import org.unesco.oer.web.Page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Focal points: the designations of a cycle, designating one (the Keycloak account is created or
 * linked by the service; a temporary password is shown once, on the answer to the form, and kept
 * nowhere), ending one and handing over. When Keycloak cannot be reached nothing is done and the
 * form comes back with what was typed.
 */
@Path("/secretariat/{cycle}/designations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@CsrfProtected
@Scope(roles = Roles.SECRETARIAT)
public class DesignationPages {

    @Inject
    Page page;
    @Inject
    ChasePage chase;
    @Inject
    FocalPointDesignations designations;
    @Inject
    CurrentActor caller;

    @PathParam("cycle")
    String cycleCode;

    public record Row(DesignationView d, String stateName, String from, String until) {
    }

    public record ListView(ReportingCycle cycle, String cycleTitle, List<Row> rows, String filter, String ended) {
    }

    /** What the person form holds: typed values, the link question, the problems and a banner. */
    public record PersonForm(String state, String name, String email, String title, String institution, String evidence,
                             String reason) {
        static final PersonForm EMPTY = new PersonForm("", "", "", "", "", "", "");
    }

    /**
     * The designate or hand-over form. {@code handover} is the designation handed over (null when
     * designating); {@code confirmLink} the reason an existing account needs the user's confirmation;
     * {@code unavailable} the message when Keycloak could not be reached.
     */
    public record FormView(ReportingCycle cycle, Row handover, PersonForm form, List<ChasePage.Problem> problems,
                           String confirmLink, String unavailable) {

        public String error(String field) {
            return ChasePage.errorOf(problems, field);
        }
    }

    /** One designation; {@code temporaryPassword} only on the answer to the form that created the account. */
    public record DoneView(ReportingCycle cycle, Row row, String temporaryPassword, boolean justMade) {
    }

    public record EndView(ReportingCycle cycle, Row row, String reason, List<ChasePage.Problem> problems, String unavailable) {

        public String error(String field) {
            return ChasePage.errorOf(problems, field);
        }
    }

    @CheckedTemplate(basePath = "chase", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance designations(ListView v);

        static native TemplateInstance designate(FormView v);

        static native TemplateInstance designation(DoneView v);

        static native TemplateInstance endDesignation(EndView v);
    }

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("ended") String ended) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        String filter = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        List<Row> rows = designations.list(cycle.code, filter).stream().map(d -> row(cycle, d)).toList();
        String endedName = null;
        if (ended != null) {
            endedName = rows.stream().filter(r -> String.valueOf(r.d().id()).equals(ended)).map(r -> r.d().name()).findFirst().orElse(null);
        }
        return page.ok(Templates.designations(new ListView(cycle, cycle.title(page.lang()), rows, filter, endedName)));
    }

    @GET
    @Path("/new")
    public Response newForm(@QueryParam("state") String state) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        PersonForm form = new PersonForm(state == null ? "" : state.strip().toUpperCase(Locale.ROOT), "", "", "", "", "", "");
        return page.ok(Templates.designate(new FormView(cycle, null, form, List.of(), null, null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response designate(MultivaluedMap<String, String> fields) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        PersonForm form = read(fields);
        List<ChasePage.Problem> problems = check(form, true);
        if (!problems.isEmpty()) {
            return page.respond(Response.status(400), Templates.designate(new FormView(cycle, null, form, problems, null, null)));
        }
        boolean confirmed = "yes".equals(fields.getFirst("linkConfirmed"));
        try {
            DesignationView made = designations.designate(cycle.code, form.state(), person(form), form.evidence(), confirmed, caller.actor());
            return done(cycle, made);
        } catch (AccountLinkNeedsConfirmationException e) {
            return page.respond(Response.status(409), Templates.designate(new FormView(cycle, null, form, List.of(), linkQuestion(e, form), null)));
        } catch (IdentityProviderUnavailableException e) {
            return page.respond(Response.status(503), Templates.designate(new FormView(cycle, null, form, List.of(), null, chase.detail(e))));
        } catch (InvalidRequestException e) {
            return page.respond(Response.status(400), Templates.designate(new FormView(cycle, null, form, problems(e), null, null)));
        }
    }

    @GET
    @Path("/{id}")
    public Response one(@PathParam("id") long id) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        return page.ok(Templates.designation(new DoneView(cycle, row(cycle, find(cycle, id)), null, false)));
    }

    @GET
    @Path("/{id}/end")
    public Response endForm(@PathParam("id") long id) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        return page.ok(Templates.endDesignation(new EndView(cycle, row(cycle, find(cycle, id)), "", List.of(), null)));
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        Row row = row(cycle, find(cycle, id));
        String reason = ChasePage.trimmed(fields.getFirst("reason"));
        if (reason.length() > 1000) {
            return page.respond(Response.status(400), Templates.endDesignation(new EndView(cycle, row, reason,
                    List.of(new ChasePage.Problem("reason", chase.words().tooLong(1000))), null)));
        }
        try {
            designations.end(cycle.code, id, reason.isEmpty() ? null : reason, caller.actor());
        } catch (IdentityProviderUnavailableException e) {
            return page.respond(Response.status(503), Templates.endDesignation(new EndView(cycle, row(cycle, find(cycle, id)), reason,
                    List.of(), chase.detail(e))));
        }
        return Response.seeOther(URI.create("/secretariat/" + cycle.code + "/designations?ended=" + id)).build();
    }

    @GET
    @Path("/{id}/handover")
    public Response handoverForm(@PathParam("id") long id) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        Row row = row(cycle, find(cycle, id));
        return page.ok(Templates.designate(new FormView(cycle, row, PersonForm.EMPTY, List.of(), null, null)));
    }

    @POST
    @Path("/{id}/handover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handover(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        Row row = row(cycle, find(cycle, id));
        PersonForm form = read(fields);
        List<ChasePage.Problem> problems = check(form, false);
        if (!problems.isEmpty()) {
            return page.respond(Response.status(400), Templates.designate(new FormView(cycle, row, form, problems, null, null)));
        }
        boolean confirmed = "yes".equals(fields.getFirst("linkConfirmed"));
        try {
            DesignationView made = designations.handover(cycle.code, id, person(form), form.evidence(),
                    form.reason().isEmpty() ? null : form.reason(), confirmed, caller.actor());
            return done(cycle, made);
        } catch (AccountLinkNeedsConfirmationException e) {
            return page.respond(Response.status(409), Templates.designate(new FormView(cycle, row, form, List.of(), linkQuestion(e, form), null)));
        } catch (IdentityProviderUnavailableException e) {
            return page.respond(Response.status(503), Templates.designate(new FormView(cycle, row, form, List.of(), null, chase.detail(e))));
        } catch (InvalidRequestException e) {
            return page.respond(Response.status(400), Templates.designate(new FormView(cycle, row, form, problems(e), null, null)));
        }
    }

    /** The answer to the form itself (never a redirect): the only place the temporary password ever appears. */
    private Response done(ReportingCycle cycle, DesignationView made) {
        return page.respond(Response.ok(), Templates.designation(new DoneView(cycle, row(cycle, made), made.temporaryPassword(), true)));
    }

    /** Why the existing account needs the user's confirmation, in the page's words (the API's names a JSON flag). */
    @SuppressWarnings("unchecked")
    private String linkQuestion(AccountLinkNeedsConfirmationException e, PersonForm form) {
        java.util.Map<String, Object> more = e.toProblem(page.lang()).extensions();
        List<String> roles = (List<String>) more.getOrDefault("roles", List.of());
        List<String> states = ((List<String>) more.getOrDefault("states", List.of())).stream().map(chase::stateName).toList();
        Chase words = chase.words();
        StringBuilder text = new StringBuilder();
        if (!roles.isEmpty()) {
            text.append(words.desConfirmRoles(form.email(), String.join(", ", roles)));
        }
        if (!states.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(words.desConfirmStates(form.email(), String.join(", ", states)));
        }
        return text.append(" ").append(words.desConfirmHint()).toString();
    }

    private DesignationView find(ReportingCycle cycle, long id) {
        return designations.list(cycle.code, null).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("designation", String.valueOf(id)));
    }

    private Row row(ReportingCycle cycle, DesignationView d) {
        return new Row(d, chase.stateName(d.state()), page.dateTime(d.validFrom(), cycle.timeZone),
                d.validUntil() == null ? null : page.dateTime(d.validUntil(), cycle.timeZone));
    }

    private static PersonForm read(MultivaluedMap<String, String> f) {
        return new PersonForm(ChasePage.trimmed(f.getFirst("state")).toUpperCase(Locale.ROOT), ChasePage.trimmed(f.getFirst("name")),
                ChasePage.trimmed(f.getFirst("email")), ChasePage.trimmed(f.getFirst("title")), ChasePage.trimmed(f.getFirst("institution")),
                ChasePage.trimmed(f.getFirst("evidence")), ChasePage.trimmed(f.getFirst("reason")));
    }

    private static Person person(PersonForm f) {
        return new Person(f.name(), f.email(), f.title().isEmpty() ? null : f.title(), f.institution().isEmpty() ? null : f.institution());
    }

    private List<ChasePage.Problem> check(PersonForm f, boolean needsState) {
        Chase words = chase.words();
        List<ChasePage.Problem> problems = new ArrayList<>();
        if (needsState && f.state().isEmpty()) {
            problems.add(new ChasePage.Problem("state", words.stateMissing()));
        }
        if (f.name().isEmpty()) {
            problems.add(new ChasePage.Problem("name", words.desNameMissing()));
        } else if (f.name().length() > 200) {
            problems.add(new ChasePage.Problem("name", words.tooLong(200)));
        }
        if (f.email().isEmpty()) {
            problems.add(new ChasePage.Problem("email", words.desEmailMissing()));
        } else if (f.email().length() > 254 || !f.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new ChasePage.Problem("email", words.desEmailInvalid()));
        }
        if (f.title().length() > 200) {
            problems.add(new ChasePage.Problem("title", words.tooLong(200)));
        }
        if (f.institution().length() > 300) {
            problems.add(new ChasePage.Problem("institution", words.tooLong(300)));
        }
        if (f.evidence().isEmpty()) {
            problems.add(new ChasePage.Problem("evidence", words.desEvidenceMissing()));
        } else if (f.evidence().length() > 1000) {
            problems.add(new ChasePage.Problem("evidence", words.tooLong(1000)));
        }
        if (f.reason().length() > 1000) {
            problems.add(new ChasePage.Problem("reason", words.tooLong(1000)));
        }
        return problems;
    }

    private List<ChasePage.Problem> problems(InvalidRequestException e) {
        List<ChasePage.Problem> problems = new ArrayList<>();
        for (Issue issue : e.issues()) {
            String field = issue.field() == null ? "state" : issue.field();
            problems.add(new ChasePage.Problem(field.startsWith("person.") ? field.substring(7) : "state".equals(field) ? "state" : "evidence",
                    chase.text(issue)));
        }
        return problems;
    }
}
