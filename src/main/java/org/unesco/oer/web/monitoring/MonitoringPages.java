package org.unesco.oer.web.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.Extension;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.monitoring.BoardCsv;
import org.unesco.oer.monitoring.BoardRow;
import org.unesco.oer.monitoring.MonitoringService;
import org.unesco.oer.monitoring.ReportingRates;
import org.unesco.oer.monitoring.StatusBoardService;
import org.unesco.oer.platform.Dates;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.platform.WorkMetrics;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.registry.MembershipStatus;
import org.unesco.oer.registry.Region;
import org.unesco.oer.registry.RegistryTerms;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.Page;

import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monitoring pages of the Secretariat and the analysts: the status board (filters, sort,
 * search, paging and its CSV) and the response overview (reporting rates and the submission curve).
 * Read-only: they call the same services as the API's monitoring endpoints.
 */
@Path("/monitoring")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
public class MonitoringPages {

    static final int PAGE_SIZE = 50;
    static final List<String> VIEWS = List.of("board", "overview");

    @Inject
    Page page;
    @Inject
    CycleService cycles;
    @Inject
    StatusBoardService board;
    @Inject
    MonitoringService monitoring;
    @Inject
    RegistryTerms terms;
    @Inject
    WorkMetrics metrics;
    @Inject
    InstantSource clock;

    // ---- what the templates show ----------------------------------------------------------

    public record Option(String value, String label, boolean selected) {
    }

    /** A problem with one field of a form, said for the error summary (it links to the field). */
    public record FieldError(String href, String label, String message) {

        /** The message shown at the field, or null when the field is fine. */
        static String at(List<FieldError> errors, String field) {
            return errors.stream().filter(e -> e.href().equals("#f-" + field)).map(FieldError::message).findFirst().orElse(null);
        }
    }

    /** A column header; sortable ones link to the board sorted by them (again: the other way). */
    public record Column(String label, String href, String ariaSort, String hint) {
    }

    public record Line(BoardRow row, String name, String region, String membership, String status, String href,
                       String deadline, String days, String lastActivity, String completion) {
    }

    public record BoardPage(ReportingCycle cycle, String title, List<Option> cycles, BoardFilter filter,
                            List<Option> regions, List<Option> statuses, List<Option> lates, List<Option> extendeds,
                            List<Option> memberships, List<Column> columns, List<Line> rows, int total, int number,
                            int pages, String previous, String next, String csv, String zone, List<FieldError> errors) {

        public String errorAt(String field) {
            return FieldError.at(errors, field);
        }
    }

    public record RateLine(String name, ReportingRates.Rate rate, String percent) {
    }

    public record DayLine(String day, ReportingRates.DailyCount count, String marks) {
    }

    public record OverviewPage(ReportingCycle cycle, String title, List<Option> cycles, List<Option> memberships,
                               String asOf, ReportingRates rates, String membershipName, String cutoff,
                               List<RateLine> regions, RateLine overall, RawString ratesChart, RawString curveChart,
                               List<DayLine> days, List<FieldError> errors) {

        public String errorAt(String field) {
            return FieldError.at(errors, field);
        }
    }

    @CheckedTemplate(basePath = "monitoring", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance board(BoardPage p);

        static native TemplateInstance overview(OverviewPage p);
    }

    // ---- routes ----------------------------------------------------------------------------

    /** The current cycle's board, or the page the cycle switcher asked for. */
    @GET
    public Response start(@QueryParam("cycle") String cycle, @QueryParam("view") String view) {
        String code = cycle != null && !cycle.isBlank() ? cycles.require(cycle.trim()).code
                : cycles.current(clock.instant()).map(c -> c.code).orElseThrow(() -> new NotFoundException("cycle", "current"));
        return Response.seeOther(URI.create("/monitoring/" + code + "/" + (view != null && VIEWS.contains(view) ? view : "board"))).build();
    }

    @GET
    @Path("{cycle}/board")
    public Response board(@PathParam("cycle") String cycleCode, @QueryParam("region") String region,
                          @QueryParam("status") String status, @QueryParam("late") String late,
                          @QueryParam("extended") String extended, @QueryParam("membership") String membership,
                          @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String pageNumber) {
        ReportingCycle cycle = cycles.require(cycleCode);
        String lang = page.lang();
        Mon mon = words(lang);
        List<Region> regionList = Region.ordered();
        BoardFilter filter = BoardFilter.parse(region, status, late, extended, membership, q, sort,
                regionList.stream().map(r -> r.code).collect(Collectors.toSet()));
        List<Issue> issues = new ArrayList<>(filter.issues());
        int number = 1;
        if (pageNumber != null && !pageNumber.isBlank()) {
            try {
                number = Integer.parseInt(pageNumber.trim());
                if (number < 1) {
                    issues.add(Issue.of("page", "min", Message.of("violation.min", 1)));
                    number = 1;
                }
            } catch (NumberFormatException e) {
                issues.add(Issue.of("page", "integer", Message.of("violation.integer")));
            }
        }
        Map<String, MemberState> states = states();
        // the board in the page's language: the names shown, searched and sorted are the reader's
        List<BoardRow> localized = board.rows(cycle, clock.instant()).stream().map(r -> {
            MemberState s = states.get(r.state());
            return s == null ? r : withName(r, s.name(lang));
        }).toList();
        List<BoardRow> rows = filter.apply(localized, states);
        String first = filter.sort() == null ? "" : filter.sort().split(",")[0].trim();
        if (first.equals("name") || first.equals("-name")) {
            // names in the reader's alphabetical order ("Égypte" among the E), not by code point
            java.util.Comparator<BoardRow> byName = java.util.Comparator.comparing(BoardRow::name,
                    java.text.Collator.getInstance(java.util.Locale.forLanguageTag(lang)));
            rows = rows.stream().sorted(first.startsWith("-") ? byName.reversed() : byName).toList();
        }
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        number = Math.min(number, pages);
        List<BoardRow> shown = rows.subList((number - 1) * PAGE_SIZE, Math.min(rows.size(), number * PAGE_SIZE));

        Map<String, String> regionNames = regionList.stream().collect(Collectors.toMap(r -> r.code, r -> r.name(lang)));
        String zone = cycle.timeZone;
        List<Line> lines = shown.stream().map(r -> new Line(r, r.name(), regionNames.getOrDefault(r.region(), r.region()),
                terms.text("membership." + r.membership().code(), lang), page.statusLabel(r.status()),
                "/secretariat/" + cycle.code + "/states/" + r.state(), page.date(r.deadline()), days(r, mon),
                r.lastActivity() == null ? mon.never() : page.dateTime(r.lastActivity(), zone),
                mon.percent(String.valueOf(r.completion())))).toList();

        String base = "/monitoring/" + cycle.code + "/board";
        String filters = filter.filterQuery();
        String sorted = filter.sort() == null ? "" : "sort=" + java.net.URLEncoder.encode(filter.sort(), java.nio.charset.StandardCharsets.UTF_8);
        Function<Integer, String> pageLink = n -> base + "?" + join(filters, sorted, n == 1 ? "" : "page=" + n);

        List<Option> regionOptions = new ArrayList<>(List.of(new Option("", mon.any(), filter.region() == null)));
        regionList.forEach(r -> regionOptions.add(new Option(r.code, r.name(lang), r.code.equals(filter.region()))));
        List<Option> statusOptions = new ArrayList<>(List.of(new Option("", mon.any(), filter.status() == null)));
        for (ReportStatus s : ReportStatus.values()) {
            statusOptions.add(new Option(s.code(), page.statusLabel(s), s.code().equals(filter.status())));
        }
        List<Option> lates = List.of(new Option("", mon.any(), filter.late() == null),
                new Option("true", mon.lateOnly(), "true".equals(filter.late())),
                new Option("false", mon.notLate(), "false".equals(filter.late())));
        List<Option> extendeds = List.of(new Option("", mon.any(), filter.extended() == null),
                new Option("true", mon.extendedOnly(), "true".equals(filter.extended())),
                new Option("false", mon.notExtended(), "false".equals(filter.extended())));
        List<Option> memberships = new ArrayList<>(List.of(new Option("", mon.any(), filter.membership() == null)));
        for (MembershipStatus m : MembershipStatus.values()) {
            memberships.add(new Option(m.code(), terms.text("membership." + m.code(), lang), m.code().equals(filter.membership())));
        }

        String current = filter.sort() == null ? "state" : filter.sort().split(",")[0].trim();
        Function<String[], Column> column = c -> {
            if (c[1] == null) {
                return new Column(c[0], null, null, null);
            }
            boolean asc = current.equals(c[1]);
            boolean desc = current.equals("-" + c[1]);
            String next = asc ? "-" + c[1] : c[1];
            return new Column(c[0], base + "?" + join(filters, "sort=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8), ""),
                    asc ? "ascending" : desc ? "descending" : null, asc ? mon.sortDescending() : mon.sortAscending());
        };
        List<Column> columns = java.util.stream.Stream.of(
                new String[]{mon.stateColumn(), "name"}, new String[]{mon.regionColumn(), "region"},
                new String[]{mon.membershipColumn(), null}, new String[]{mon.statusColumn(), "status"},
                new String[]{mon.deadlineColumn(), "deadline"}, new String[]{mon.daysColumn(), "daysLate"},
                new String[]{mon.completionColumn(), "completion"}, new String[]{mon.focalPointsColumn(), null},
                new String[]{mon.lastActivityColumn(), "lastActivity"}).map(column).toList();

        BoardPage model = new BoardPage(cycle, cycle.title(lang), cycleOptions(cycle, lang), filter, regionOptions,
                statusOptions, lates, extendeds, memberships, columns, lines, rows.size(), number, pages,
                number > 1 ? pageLink.apply(number - 1) : null, number < pages ? pageLink.apply(number + 1) : null,
                base + ".csv" + (join(filters, sorted, "").isEmpty() ? "" : "?" + join(filters, sorted, "")), zone,
                errors(issues, mon, lang));
        return page.respond(Response.status(issues.isEmpty() ? 200 : 400), Templates.board(model));
    }

    /** The same CSV as the API's board (English names, every filtered row), for a page session. */
    @GET
    @Path("{cycle}/board.csv")
    @Produces(BoardCsv.MEDIA_TYPE)
    public Response boardCsv(@PathParam("cycle") String cycleCode, @QueryParam("region") String region,
                             @QueryParam("status") String status, @QueryParam("late") String late,
                             @QueryParam("extended") String extended, @QueryParam("membership") String membership,
                             @QueryParam("q") String q, @QueryParam("sort") String sort) {
        ReportingCycle cycle = cycles.require(cycleCode);
        BoardFilter filter = BoardFilter.parse(region, status, late, extended, membership, q, sort,
                Region.ordered().stream().map(r -> r.code).collect(Collectors.toSet()));
        if (!filter.issues().isEmpty()) {
            throw new InvalidRequestException(filter.issues());
        }
        List<BoardRow> rows = filter.apply(board.rows(cycle, clock.instant()), states());
        StreamingOutput body = out -> metrics.export("csv", out, o -> {
            BoardCsv.write(rows, o);
            return null;
        });
        return Response.ok(body, BoardCsv.MEDIA_TYPE + "; charset=UTF-8").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"status-board-" + cycle.code + ".csv\"").build();
    }

    @GET
    @Path("{cycle}/overview")
    public Response overview(@PathParam("cycle") String cycleCode, @QueryParam("membership") String membership,
                             @QueryParam("asOf") String asOf) {
        ReportingCycle cycle = cycles.require(cycleCode);
        String lang = page.lang();
        Mon mon = words(lang);
        List<Issue> issues = new ArrayList<>();
        String chosen = membership == null || membership.isBlank() ? "member" : membership.trim();
        MembershipStatus member = null;
        if (!chosen.equals("all")) {
            member = MembershipStatus.fromCode(chosen).orElse(null);
            if (member == null) {
                issues.add(Issue.of("membership", "one-of", Message.of("violation.one-of", "member, associate, all")));
                chosen = "member";
                member = MembershipStatus.MEMBER;
            }
        }
        Instant now = clock.instant();
        Instant moment = now;
        String asOfText = asOf == null ? "" : asOf.trim();
        if (!asOfText.isEmpty()) {
            try {
                moment = Dates.instantOrDayEnd("asOf", asOfText, cycle.zone());
            } catch (InvalidRequestException e) {
                issues.addAll(e.issues());
            }
        }
        ReportingRates rates = monitoring.rates(cycle, moment, member);
        String membershipName = switch (chosen) {
            case "all" -> mon.membersAndAssociates();
            case "associate" -> mon.associatesOnly();
            default -> mon.membersOnly();
        };
        Map<String, String> regionNames = Region.ordered().stream().collect(Collectors.toMap(r -> r.code, r -> r.name(lang)));
        List<RateLine> regions = rates.regions().stream()
                .map(r -> new RateLine(regionNames.getOrDefault(r.region(), r.region()), r, mon.percent(number(r.responseRate(), lang))))
                .toList();
        RateLine overall = new RateLine(mon.allRegions(), rates.overall(), mon.percent(number(rates.overall().responseRate(), lang)));

        // the deadline and each extended deadline (the last one granted to a state), marked on the curve
        Map<String, Extension> lastPerState = new LinkedHashMap<>();
        Extension.forCycle(cycle.code).forEach(e -> lastPerState.put(e.stateCode, e));
        TreeMap<LocalDate, Integer> extensions = new TreeMap<>();
        lastPerState.values().forEach(e -> extensions.merge(e.deadlineDate, 1, Integer::sum));
        Map<LocalDate, String> marks = new HashMap<>();
        marks.put(cycle.deadlineDate, mon.deadlineMark());
        extensions.forEach((day, count) -> marks.merge(day, mon.extensionMark(count), (a, b) -> a + "; " + b));
        List<DayLine> days = rates.daily().stream()
                .map(d -> new DayLine(page.date(d.day()), d, marks.getOrDefault(d.day(), ""))).toList();

        RawString ratesChart = Charts.rates(mon.ratesChartTitle(), mon.ratesChartDesc(),
                regions.stream().map(RateLine::name).toList(), regions.stream().map(r -> r.rate().responseRate()).toList(),
                overall.name(), overall.rate().responseRate(), v -> mon.percent(number(v, lang)));
        RawString curveChart = rates.daily().isEmpty() ? null : Charts.curve(mon.curveChartTitle(),
                mon.curveChartDesc(page.date(rates.daily().get(0).day()), page.date(rates.cutoffDay()), rates.overall().submitted()),
                rates.daily(), cycle.deadlineDate, mon.deadlineMark(), extensions.keySet(), mon.extensionsLegend(),
                page::date);

        List<Option> memberships = List.of(new Option("member", mon.membersOnly(), chosen.equals("member")),
                new Option("associate", mon.associatesOnly(), chosen.equals("associate")),
                new Option("all", mon.membersAndAssociates(), chosen.equals("all")));
        OverviewPage model = new OverviewPage(cycle, cycle.title(lang), cycleOptions(cycle, lang), memberships,
                asOfText, rates, membershipName, page.dateTime(rates.cutoff(), cycle.timeZone), regions, overall,
                ratesChart, curveChart, days, errors(issues, mon, lang));
        return page.respond(Response.status(issues.isEmpty() ? 200 : 400), Templates.overview(model));
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** A rate as the page's language writes numbers (one decimal at most: 12,5 in French), in the digits of the tables. */
    static String number(double value, String lang) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag(lang + "-u-nu-latn"));
        f.setMaximumFractionDigits(1);
        f.setGroupingUsed(false);
        return f.format(value);
    }

    static Mon words(String lang) {
        return "en".equals(lang) ? MessageBundles.get(Mon.class) : MessageBundles.get(Mon.class, Localized.Literal.of(lang));
    }

    private static Map<String, MemberState> states() {
        Map<String, MemberState> states = new HashMap<>();
        MemberState.<MemberState>listAll().forEach(s -> states.put(s.code, s));
        return states;
    }

    private static BoardRow withName(BoardRow r, String name) {
        return new BoardRow(r.state(), name, r.region(), r.membership(), r.status(), r.lastActivity(), r.submittedAt(),
                r.lastSubmittedAt(), r.deadline(), r.deadlineEndsAt(), r.extended(), r.daysLeft(), r.daysLate(), r.onTime(),
                r.late(), r.completion(), r.focalPoints());
    }

    private String days(BoardRow r, Mon mon) {
        var msg = page.messages();
        if (r.submittedAt() != null) {
            return Boolean.TRUE.equals(r.onTime()) ? mon.submittedOnTime() : mon.submittedLate(r.daysLate() == null ? 0 : r.daysLate());
        }
        if (r.daysLeft() != null) {
            return r.daysLeft() == 0 ? msg.dueToday() : msg.daysLeft(r.daysLeft());
        }
        return msg.daysLate(r.daysLate() == null ? 0 : r.daysLate());
    }

    private List<Option> cycleOptions(ReportingCycle current, String lang) {
        return cycles.list().stream().map(c -> new Option(c.code, c.title(lang) + " (" + c.code + ")", c.code.equals(current.code))).toList();
    }

    private static List<FieldError> errors(List<Issue> issues, Mon mon, String lang) {
        return issues.stream().map(i -> {
            var v = i.in(lang);
            String label = switch (v.field()) {
                case "region" -> mon.regionLabel();
                case "status" -> mon.statusLabel();
                case "late" -> mon.lateLabel();
                case "extended" -> mon.extendedLabel();
                case "membership" -> mon.membershipLabel();
                case "asOf" -> mon.asOfLabel();
                case "sort" -> mon.boardTitle();
                case "page" -> mon.pagination();
                default -> v.field();
            };
            String href = switch (v.field()) {
                case "sort" -> "#board";
                case "page" -> "#board";
                default -> "#f-" + v.field();
            };
            return new FieldError(href, label, v.message());
        }).toList();
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining("&"));
    }
}
