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
import org.unesco.oer.monitoring.ContactDtos.LogEntry;
import org.unesco.oer.monitoring.ContactDtos.ManualContact;
import org.unesco.oer.monitoring.ContactDtos.ReminderRound;
import org.unesco.oer.monitoring.ContactDtos.ReminderTarget;
import org.unesco.oer.monitoring.ContactLogService;
import org.unesco.oer.monitoring.ReminderConfig;
import org.unesco.oer.monitoring.ReminderService;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.CsrfProtected;
import org.unesco.oer.web.Page;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reminders: who to chase at each stage and at which escalation level, the letter each state would
 * get in its language, sending (throttled by the service, explained here), and the contact log with
 * contacts recorded by hand.
 */
@Path("/secretariat/{cycle}/reminders")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@CsrfProtected
@Scope(roles = Roles.SECRETARIAT)
public class ReminderPages {

    static final List<String> STAGES = List.of("not_started", "draft_due", "returned", "late");
    static final List<String> LEVELS = List.of("focal_point", "national_commission", "permanent_delegation");
    static final List<String> CHANNELS = List.of("email", "phone", "letter", "meeting", "other");

    @Inject
    Page page;
    @Inject
    ChasePage chase;
    @Inject
    ReminderService reminders;
    @Inject
    ContactLogService log;
    @Inject
    ReminderConfig config;
    @Inject
    CurrentActor caller;
    @Inject
    InstantSource clock;

    @PathParam("cycle")
    String cycleCode;

    /** A state to chase; {@code waitUntil} is set when the throttle holds its next reminder back. */
    public record Row(ReminderTarget target, String stateName, String languageName, String lastReminded, String waitUntil) {

        public String statusKey() {
            return "status_" + target.status();
        }

        public String levelKey() {
            return "level_" + target.level();
        }

        public boolean sendable() {
            return waitUntil == null && target.level() != null;
        }
    }

    public record StageLink(String code, String href, boolean current) {

        public String key() {
            return "stage_" + code;
        }
    }

    /** A choice of the contact form (a channel or a level) and the key of its words. */
    public record Choice(String code, String key) {
    }

    public record View(ReportingCycle cycle, String cycleTitle, String stage, List<StageLink> stages, List<Row> rows,
                       long intervalDays, List<String> sent, List<String> skipped, String note, List<ChasePage.Problem> problems) {

        public String stageKey() {
            return "stage_" + stage;
        }

        public String error(String field) {
            return ChasePage.errorOf(problems, field);
        }


        public String stageHintKey() {
            return "stageHint_" + stage;
        }

        public boolean anySendable() {
            return rows.stream().anyMatch(Row::sendable);
        }
    }

    public record PreviewView(ReportingCycle cycle, String stage, String stateName, ReminderService.Preview preview,
                              String languageName) {

        public String levelKey() {
            return "level_" + preview.level();
        }
    }

    public record LogRow(LogEntry entry, String stateName, String at) {

        public String stageKey() {
            return "stage_" + entry.stage();
        }

        public String channelKey() {
            return "channel_" + entry.channel();
        }

        public String levelKey() {
            return "level_" + entry.level();
        }
    }

    public record ContactForm(String state, String date, String channel, String level, String note) {
        static final ContactForm EMPTY = new ContactForm("", "", "", "", "");
    }

    public record LogView(ReportingCycle cycle, String cycleTitle, List<LogRow> rows, String filter, ContactForm form,
                          List<ChasePage.Problem> problems, boolean recorded, String today,
                          List<Choice> channels, List<Choice> levels) {

        public String error(String field) {
            return ChasePage.errorOf(problems, field);
        }
    }

    @CheckedTemplate(basePath = "chase", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance reminders(View v);

        static native TemplateInstance preview(PreviewView v);

        static native TemplateInstance contactLog(LogView v);
    }

    @GET
    public Response list(@QueryParam("stage") String stage, @QueryParam("sent") String sent, @QueryParam("skipped") String skipped) {
        return page.ok(Templates.reminders(view(stageOrDefault(stage), codes(sent), codes(skipped), "", List.of())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> form) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        String stage = stageOrDefault(form.getFirst("stage"));
        List<String> states = form.getOrDefault("states", List.of()).stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
        String note = ChasePage.trimmed(form.getFirst("note"));
        List<ChasePage.Problem> problems = new ArrayList<>();
        if (states.isEmpty()) {
            problems.add(new ChasePage.Problem("states", chase.words().remStatesMissing()));
        }
        if (note.length() > 2000) {
            problems.add(new ChasePage.Problem("note", chase.words().tooLong(2000)));
        }
        if (!problems.isEmpty()) {
            return page.respond(Response.status(400), Templates.reminders(view(stage, List.of(), List.of(), note, problems)));
        }
        ReminderRound round = reminders.send(cycle, stage, states, note.isEmpty() ? null : note, caller.actor());
        String sent = String.join(",", round.sent().stream().map(s -> s.state()).toList());
        String skipped = String.join(",", round.skipped().stream().map(s -> s.state()).toList());
        return Response.seeOther(URI.create("/secretariat/" + cycle.code + "/reminders?stage=" + stage
                + "&sent=" + URLEncoder.encode(sent, StandardCharsets.UTF_8) + "&skipped=" + URLEncoder.encode(skipped, StandardCharsets.UTF_8))).build();
    }

    @GET
    @Path("/{state}/preview")
    public Response preview(@PathParam("state") String state, @QueryParam("stage") String stage) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        String s = stageOrDefault(stage);
        ReminderService.Preview preview = reminders.preview(cycle, s, state, null)
                .orElseThrow(() -> new NotFoundException("reminder", state));
        return page.ok(Templates.preview(new PreviewView(cycle, s, chase.stateName(preview.state()), preview,
                preview.language() == null ? "" : page.endonym(preview.language()))));
    }

    @GET
    @Path("/log")
    public Response contactLog(@QueryParam("state") String state, @QueryParam("recorded") String recorded) {
        return page.ok(Templates.contactLog(logView(state, ContactForm.EMPTY, List.of(), recorded != null)));
    }

    @POST
    @Path("/log")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> form) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        Chase words = chase.words();
        ContactForm typed = new ContactForm(ChasePage.trimmed(form.getFirst("state")).toUpperCase(Locale.ROOT),
                ChasePage.trimmed(form.getFirst("date")), ChasePage.trimmed(form.getFirst("channel")),
                ChasePage.trimmed(form.getFirst("level")), ChasePage.trimmed(form.getFirst("note")));
        List<ChasePage.Problem> problems = new ArrayList<>();
        if (typed.state().isEmpty()) {
            problems.add(new ChasePage.Problem("contact-state", words.stateMissing()));
        }
        LocalDate day = ChasePage.day(typed.date());
        if (day == null) {
            problems.add(new ChasePage.Problem("contact-date", typed.date().isEmpty() ? words.logDateMissing() : words.dateInvalid()));
        }
        if (!CHANNELS.contains(typed.channel())) {
            problems.add(new ChasePage.Problem("channel-" + CHANNELS.get(0), words.logChannelMissing()));
        }
        if (!LEVELS.contains(typed.level())) {
            problems.add(new ChasePage.Problem("level-" + LEVELS.get(0), words.logLevelMissing()));
        }
        if (typed.note().isEmpty()) {
            problems.add(new ChasePage.Problem("contact-note", words.logNoteMissing()));
        } else if (typed.note().length() > 5000) {
            problems.add(new ChasePage.Problem("contact-note", words.tooLong(5000)));
        }
        if (problems.isEmpty()) {
            try {
                log.record(cycle, new ManualContact(typed.state(), day, typed.channel(), typed.level(), typed.note()), caller.actor());
                return Response.seeOther(URI.create("/secretariat/" + cycle.code + "/reminders/log?recorded=1")).build();
            } catch (InvalidRequestException e) {
                for (Issue issue : e.issues()) {
                    problems.add(new ChasePage.Problem("date".equals(issue.field()) ? "contact-date" : "contact-state", chase.text(issue)));
                }
            }
        }
        return page.respond(Response.status(400), Templates.contactLog(logView(null, typed, problems, false)));
    }

    private View view(String stage, List<String> sent, List<String> skipped, String note, List<ChasePage.Problem> problems) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        Instant now = clock.instant();
        Map<String, Instant> last = new HashMap<>();
        for (LogEntry e : log.list(cycle, null)) {
            if ("reminder".equals(e.kind()) && stage.equals(e.stage())) {
                last.merge(e.state(), e.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Row> rows = reminders.targets(cycle, stage, null).stream().map(t -> {
            Instant at = last.get(t.state());
            Instant next = at == null ? null : at.plus(config.minInterval());
            return new Row(t, chase.stateName(t.state()), t.language() == null ? "" : page.endonym(t.language()),
                    at == null ? null : page.dateTime(at, cycle.timeZone),
                    next != null && next.isAfter(now) ? page.dateTime(next, cycle.timeZone) : null);
        }).toList();
        List<StageLink> links = STAGES.stream().map(s -> new StageLink(s, "/secretariat/" + cycle.code + "/reminders?stage=" + s, s.equals(stage))).toList();
        return new View(cycle, cycle.title(page.lang()), stage, links, rows, config.minInterval().toDays(),
                sent.stream().map(chase::stateName).toList(), skipped.stream().map(chase::stateName).toList(), note, problems);
    }

    private LogView logView(String state, ContactForm form, List<ChasePage.Problem> problems, boolean recorded) {
        ReportingCycle cycle = chase.cycle(cycleCode);
        String filter = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        List<LogRow> rows = new ArrayList<>(log.list(cycle, filter).stream()
                .map(e -> new LogRow(e, chase.stateName(e.state()), "manual".equals(e.kind())
                        ? page.date(LocalDate.ofInstant(e.at(), cycle.zone())) : page.dateTime(e.at(), cycle.timeZone))).toList());
        java.util.Collections.reverse(rows); // newest first
        return new LogView(cycle, cycle.title(page.lang()), rows, filter, form, problems, recorded,
                LocalDate.ofInstant(clock.instant(), cycle.zone()).toString(),
                CHANNELS.stream().map(c -> new Choice(c, "channel_" + c)).toList(), LEVELS.stream().map(l -> new Choice(l, "level_" + l)).toList());
    }

    private static String stageOrDefault(String stage) {
        String s = stage == null ? "" : stage.strip().toLowerCase(Locale.ROOT);
        return STAGES.contains(s) ? s : STAGES.get(0);
    }

    private static List<String> codes(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> s.matches("[A-Za-z]{3}"))
                .map(s -> s.toUpperCase(Locale.ROOT)).distinct().limit(250).toList();
    }
}
