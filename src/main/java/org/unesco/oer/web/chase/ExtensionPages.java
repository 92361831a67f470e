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
import org.unesco.oer.cycle.Extension;
import org.unesco.oer.cycle.ExtensionService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.CsrfProtected;
import org.unesco.oer.web.Page;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extensions: grant one or several states a later last day for one reason (all or nothing, each
 * state audited by the service), and the extensions of the cycle, for every state or one.
 */
@Path("/secretariat/{cycle}/extensions")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@CsrfProtected
@Scope(roles = Roles.SECRETARIAT)
public class ExtensionPages {

    @Inject
    Page page;
    @Inject
    ChasePage chase;
    @Inject
    ExtensionService extensions;
    @Inject
    CurrentActor caller;

    @PathParam("cycle")
    String cycleCode;

    /** One granted extension as listed. */
    public record Row(String state, String stateName, String lastDay, String reason, String grantedBy, String grantedAt) {
    }

    /** What the grant form shows again after an error: what was typed. */
    public record Form(Set<String> states, String deadline, String reason) {

        static final Form EMPTY = new Form(Set.of(), "", "");

        public boolean chosen(String state) {
            return states.contains(state);
        }
    }

    public record View(ReportingCycle cycle, String cycleTitle, String deadline, List<Row> rows, String filter,
                       Form form, List<ChasePage.Problem> problems, int granted) {

        public String error(String field) {
            return ChasePage.errorOf(problems, field);
        }
    }

    /** What is about to be granted, for the user to check. */
    public record CheckView(ReportingCycle cycle, String cycleTitle, List<Row> rows, Form form) {
    }

    @CheckedTemplate(basePath = "chase", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance extensions(View v);

        static native TemplateInstance checkExtensions(CheckView v);
    }

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("granted") Integer granted) {
        return page.ok(Templates.extensions(view(state, Form.EMPTY, List.of(), granted == null ? 0 : granted)));
    }

    /** "Check before granting": the states, the day and the reason as they will be granted, or the form with what is wrong. */
    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(MultivaluedMap<String, String> form) {
        Asked asked = read(form);
        if ("change".equals(form.getFirst("_action"))) {
            return page.ok(Templates.extensions(view(null, asked.typed(), List.of(), 0)));
        }
        List<ChasePage.Problem> problems = new ArrayList<>(asked.problems());
        // the service's rules too, so that every problem is named at once
        extensions.problems(chase.cycle(cycleCode), asked.grants()).forEach(i -> problems.add(problem(i, asked.order())));
        if (!problems.isEmpty()) {
            return page.respond(Response.status(400), Templates.extensions(view(null, asked.typed(), problems, 0)));
        }
        ReportingCycle cycle = chase.cycle(cycleCode);
        List<Row> rows = asked.order().stream().map(s -> new Row(s, chase.stateName(s), page.date(asked.day()), asked.typed().reason(),
                null, null)).toList();
        return page.ok(Templates.checkExtensions(new CheckView(cycle, cycle.title(page.lang()), rows, asked.typed())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(MultivaluedMap<String, String> form) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        Asked asked = read(form);
        List<ChasePage.Problem> problems = new ArrayList<>(asked.problems());
        if (!problems.isEmpty()) {
            extensions.problems(cycle, asked.grants()).forEach(i -> problems.add(problem(i, asked.order())));
        } else {
            try {
                extensions.grantAll(cycle, asked.grants(), asked.typed().reason(), caller.actor());
                return Response.seeOther(URI.create("/secretariat/" + cycle.code + "/extensions?granted=" + asked.grants().size())).build();
            } catch (InvalidRequestException e) {
                for (Issue issue : e.issues()) {
                    problems.add(problem(issue, asked.order()));
                }
            }
        }
        return page.respond(Response.status(400), Templates.extensions(view(null, asked.typed(), problems, 0)));
    }

    /** The form as typed, the grants it asks for, and what the page itself finds wrong (empty or unreadable fields). */
    private record Asked(Form typed, List<String> order, LocalDate day, List<ExtensionService.Grant> grants,
                         List<ChasePage.Problem> problems) {
    }

    private Asked read(MultivaluedMap<String, String> form) {
        Chase words = chase.words();
        Set<String> states = new LinkedHashSet<>();
        for (String s : form.getOrDefault("states", List.of())) {
            states.add(s.strip().toUpperCase(Locale.ROOT));
        }
        String dayText = ChasePage.trimmed(form.getFirst("deadline"));
        String reason = ChasePage.trimmed(form.getFirst("reason"));
        List<ChasePage.Problem> problems = new ArrayList<>();
        if (states.isEmpty()) {
            problems.add(new ChasePage.Problem("states", words.extStatesMissing()));
        }
        LocalDate day = ChasePage.day(dayText);
        if (day == null) {
            problems.add(new ChasePage.Problem("deadline", dayText.isEmpty() ? words.extDeadlineMissing() : words.dateInvalid()));
        }
        if (reason.isEmpty()) {
            problems.add(new ChasePage.Problem("reason", words.extReasonMissing()));
        } else if (reason.length() > 2000) {
            problems.add(new ChasePage.Problem("reason", words.tooLong(2000)));
        }
        List<String> order = List.copyOf(states);
        List<ExtensionService.Grant> grants = day == null ? List.of() : order.stream().map(s -> new ExtensionService.Grant(s, day)).toList();
        return new Asked(new Form(states, dayText, reason), order, day, grants, problems);
    }

    /** {@code extensions[i].state} / {@code extensions[i].deadline}: the state's own box, the state named. */
    private ChasePage.Problem problem(Issue issue, List<String> order) {
        String field = issue.field() == null ? "" : issue.field();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("extensions\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < order.size()) {
            String state = order.get(Integer.parseInt(m.group(1)));
            String target = "deadline".equals(m.group(2)) ? "deadline" : "state-" + state;
            return new ChasePage.Problem(target, chase.stateName(state) + " (" + state + "): " + chase.text(issue));
        }
        return new ChasePage.Problem("states", chase.text(issue));
    }

    private View view(String state, Form form, List<ChasePage.Problem> problems, int granted) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        String filter = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        List<Extension> list = filter == null ? Extension.forCycle(cycle.code) : Extension.forState(cycle.code, filter);
        List<Row> rows = list.stream().map(e -> new Row(e.stateCode, chase.stateName(e.stateCode),
                page.date(e.deadlineDate), e.reason, e.grantedBy, page.dateTime(e.grantedAt, cycle.timeZone))).toList();
        return new View(cycle, cycle.title(page.lang()), page.date(cycle.deadlineDate), rows, filter, form, problems, granted);
    }
}
