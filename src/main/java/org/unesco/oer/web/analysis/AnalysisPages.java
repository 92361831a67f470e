package org.unesco.oer.web.analysis;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.export.DownloadName;
import org.unesco.oer.export.SynthesisExportResource;
import org.unesco.oer.export.SynthesisExportService;
import org.unesco.oer.export.SynthesisFigures;
import org.unesco.oer.export.SynthesisFigures.Figures;
import org.unesco.oer.export.SynthesisFigures.FreeText;
import org.unesco.oer.export.SynthesisFigures.FreeTextQuestion;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.platform.Problem;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.registry.Region;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.web.Page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analysts' pages of a cycle: the synthesis' figures (indicators and closed questions), the free
 * texts, and the synthesis download. All read the same snapshot and parameters as the export
 * ({@link SynthesisExportService#prepare} checks them; {@link SynthesisFigures} counts), so the pages
 * and the workbook agree.
 */
@Path("/analysis/{cycle}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Scope(roles = {Roles.ANALYST, Roles.SECRETARIAT})
public class AnalysisPages {

    static final int FREE_TEXT_PAGE = 50;

    @Inject
    Page page;
    @Inject
    SynthesisExportService synthesis;
    @Inject
    SynthesisFigures figures;
    @Inject
    CycleService cycles;
    @Inject
    Languages languages;
    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @PathParam("cycle")
    String cycle;

    /** The filters as asked (what the form shows again) and the problems found in them. */
    public record Filters(String cycle, List<String> statuses, String region, String asOf, boolean late,
                          List<ReportingCycle> cycles, List<Region> regions, List<Problem.Violation> errors) {

        public boolean counts(String status) {
            return statuses.contains(status);
        }

        public boolean hasError(String field) {
            return errors.stream().anyMatch(e -> field.equals(e.field()));
        }

        public String error(String field) {
            return errors.stream().filter(e -> field.equals(e.field())).map(Problem.Violation::message).findFirst().orElse("");
        }

        public String statusKey(String status) {
            return "status_" + status;
        }

        public List<String> allStatuses() {
            return List.of("submitted", "validated", "returned", "draft");
        }
    }

    /** One area of the questionnaire, as a link that keeps the filters. */
    public record AreaLink(String code, String title, String href, boolean current) {
    }

    /** A figures table with its chart. */
    public record Block(String id, String caption, String chart) {
    }

    public record IndicatorsPage(Filters filters, Figures figures, String cycleTitle, List<AreaLink> areas, AreaLink area,
                                 List<SynthesisFigures.QuestionLine> questions, Map<String, String> charts) {

        public String indicatorChart(String code) {
            return charts.get("ind-" + code);
        }

        public String questionChart(String code) {
            return charts.get("q-" + code);
        }
    }

    /** A question one can choose on the free-text page. */
    public record Choice(String key, String label) {
    }

    public record FreeTextPage(Filters filters, String cycleTitle, List<Choice> questions, String question,
                               String questionLabel, String search, List<FreeText> answers, int total, int pageNumber,
                               String previous, String next) {
    }

    public record ExportPage(Filters filters, String cycleTitle, List<String> languages, String language, boolean codes, String csvLink) {
    }

    @CheckedTemplate(basePath = "analysis", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance indicators(IndicatorsPage p);

        static native TemplateInstance freeText(FreeTextPage p);

        static native TemplateInstance export(ExportPage p);
    }

    private Filters filters(List<String> status, String region, String asOf, String late, List<Problem.Violation> errors,
                            SynthesisExportService.Prepared prepared) {
        List<String> statuses = new ArrayList<>();
        if (prepared != null) {
            prepared.params().statuses().forEach(s -> statuses.add(s.code()));
        } else if (status != null) {
            status.forEach(s -> statuses.add(s.trim().toLowerCase(Locale.ROOT)));
        }
        String cutoff = prepared != null && prepared.params().asOf() != null ? prepared.params().asOf().toString() : asOf;
        return new Filters(cycle, statuses, prepared != null ? prepared.params().region() : region, cutoff == null ? "" : cutoff,
                prepared != null ? prepared.params().late() : !"false".equals(late), cycles.list(), Region.ordered(), errors);
    }

    /** The consultation chosen in the filters form, when it is not the one of the path: that page, same filters. */
    private Response otherCycle(String chosen) {
        if (chosen == null || chosen.isBlank() || chosen.equals(cycle)) {
            return null;
        }
        ReportingCycle target = cycles.require(chosen);
        String path = uri.getPath().replaceFirst("^/analysis/[^/]+", "/analysis/" + target.code);
        UriBuilder to = UriBuilder.fromPath(path);
        uri.getQueryParameters().forEach((k, vs) -> {
            if (!k.equals("cycle") && !k.equals("area") && !k.equals("question") && !k.equals("page")) {
                vs.forEach(v -> to.queryParam(k, v));
            }
        });
        return Response.seeOther(to.build()).build();
    }

    @GET
    @Path("/indicators")
    public Response indicators(@QueryParam("cycle") String chosen, @QueryParam("status") List<String> status, @QueryParam("region") String region,
                               @QueryParam("asOf") String asOf, @QueryParam("late") String late, @QueryParam("area") String area) {
        Response moved = otherCycle(chosen);
        if (moved != null) {
            return moved;
        }
        ReportingCycle c = cycles.require(cycle);
        SynthesisExportService.Prepared prepared;
        try {
            prepared = synthesis.prepare(cycle, page.lang(), null, status, region, asOf, late);
        } catch (InvalidRequestException e) {
            Filters f = filters(status, region, asOf, late, violations(e), null);
            return page.respond(Response.status(400), Templates.indicators(new IndicatorsPage(f, null, c.title(page.lang()),
                    List.of(), null, List.of(), Map.of())));
        }
        Figures fig = figures.figures(prepared);
        Filters f = filters(status, region, asOf, late, List.of(), prepared);
        List<AreaLink> areas = new ArrayList<>();
        String base = queryWithout("area");
        QuestionnaireDefinition def = prepared.definition();
        for (QuestionnaireDefinition.Section s : def.sections()) {
            if (fig.questions().stream().anyMatch(q -> s.code().equals(q.section()))) {
                areas.add(new AreaLink(s.code(), Languages.text(s.title(), page.lang()), base + (base.contains("?") ? "&" : "?") + "area=" + s.code(), false));
            }
        }
        AreaLink current = areas.stream().filter(a -> a.code().equals(area)).findFirst().orElse(areas.isEmpty() ? null : areas.get(0));
        areas = areas.stream().map(a -> new AreaLink(a.code(), a.title(), a.href(), a == current || (current != null && a.code().equals(current.code())))).toList();
        List<SynthesisFigures.QuestionLine> questions = current == null ? List.of()
                : fig.questions().stream().filter(q -> current.code().equals(q.section())).toList();
        Map<String, String> charts = new java.util.HashMap<>();
        AnaMsg msg = AnaWords.of(page.lang());
        for (SynthesisFigures.IndicatorLine ind : fig.indicators()) {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (int i = 0; i < fig.scopes().size(); i++) {
                bars.add(new BarChart.Bar(fig.scopes().get(i).name(), ind.cells().get(i)));
            }
            charts.put("ind-" + ind.code(), BarChart.svg("chart-ind-" + ind.code(), msg.chartIndicatorTitle(ind.label()),
                    describe(msg, bars), bars, page.rtl()));
        }
        for (SynthesisFigures.QuestionLine q : questions) {
            List<BarChart.Bar> bars = new ArrayList<>();
            q.options().forEach(o -> bars.add(new BarChart.Bar(o.label(), o.cells().get(0))));
            charts.put("q-" + q.code(), BarChart.svg("chart-q-" + q.code(), msg.chartQuestionTitle(q.number() == null ? q.code() : q.number(), q.label()),
                    describe(msg, bars), bars, page.rtl()));
        }
        return page.ok(Templates.indicators(new IndicatorsPage(f, fig, c.title(page.lang()), areas, current, questions, charts)));
    }

    private static String describe(AnaMsg msg, List<BarChart.Bar> bars) {
        StringBuilder d = new StringBuilder();
        for (BarChart.Bar b : bars) {
            if (!d.isEmpty()) {
                d.append("; ");
            }
            d.append(b.label()).append(": ").append(msg.ofDenominator(b.cell().count(), b.cell().denominator()));
            if (b.cell().percent() != null) {
                d.append(" (").append(String.format(Locale.ROOT, "%.1f %%", b.cell().percent())).append(')');
            }
        }
        return d.toString();
    }

    /** This page's address with its query, one parameter left out. */
    private String queryWithout(String name) {
        UriBuilder b = UriBuilder.fromPath(uri.getPath());
        uri.getQueryParameters().forEach((k, vs) -> {
            if (!k.equals(name) && !k.equals("lang")) {
                vs.forEach(v -> b.queryParam(k, v));
            }
        });
        return b.build().toString();
    }

    private List<Problem.Violation> violations(InvalidRequestException e) {
        return e.issues().stream().map(i -> i.in(page.lang())).toList();
    }

    @GET
    @Path("/free-text")
    public Response freeText(@QueryParam("cycle") String chosen, @QueryParam("status") List<String> status, @QueryParam("region") String region,
                             @QueryParam("asOf") String asOf, @QueryParam("late") String late, @QueryParam("question") String question,
                             @QueryParam("q") String search, @QueryParam("page") Integer pageNumber) {
        Response moved = otherCycle(chosen);
        if (moved != null) {
            return moved;
        }
        ReportingCycle c = cycles.require(cycle);
        SynthesisExportService.Prepared prepared;
        try {
            prepared = synthesis.prepare(cycle, page.lang(), null, status, region, asOf, late);
        } catch (InvalidRequestException e) {
            Filters f = filters(status, region, asOf, late, violations(e), null);
            return page.respond(Response.status(400), Templates.freeText(new FreeTextPage(f, c.title(page.lang()), List.of(), question,
                    null, search, List.of(), 0, 1, null, null)));
        }
        Filters f = filters(status, region, asOf, late, List.of(), prepared);
        List<FreeTextQuestion> questions = figures.freeTextQuestions(prepared);
        FreeTextQuestion chosenQuestion = questions.stream().filter(q -> q.key().equals(question)).findFirst()
                .orElse(questions.isEmpty() ? null : questions.get(0));
        List<FreeText> answers = List.of();
        String label = null;
        if (chosenQuestion != null) {
            label = label(chosenQuestion);
            String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
            answers = figures.freeText(prepared, chosenQuestion.question().code(), chosenQuestion.fieldCode()).stream()
                    .filter(a -> needle.isEmpty() || (a.text() != null && a.text().toLowerCase(Locale.ROOT).contains(needle))
                            || a.urls().stream().anyMatch(u -> u.toLowerCase(Locale.ROOT).contains(needle))).toList();
        }
        int total = answers.size();
        int pages = Math.max(1, (total + FREE_TEXT_PAGE - 1) / FREE_TEXT_PAGE);
        int n = pageNumber == null || pageNumber < 1 ? 1 : Math.min(pageNumber, pages);
        List<FreeText> shown = answers.subList((n - 1) * FREE_TEXT_PAGE, Math.min(total, n * FREE_TEXT_PAGE));
        String base = queryWithout("page");
        String sep = base.contains("?") ? "&" : "?";
        return page.ok(Templates.freeText(new FreeTextPage(f, c.title(page.lang()), questions.stream().map(q -> new Choice(q.key(), label(q))).toList(),
                chosenQuestion == null ? null : chosenQuestion.key(), label, search == null ? "" : search, shown, total, n,
                n > 1 ? base + sep + "page=" + (n - 1) : null, n < pages ? base + sep + "page=" + (n + 1) : null)));
    }

    /** How a free-text question reads in the list: its number, its label and, for a group's field, the field's. */
    public String label(FreeTextQuestion q) {
        String text = (q.question().number() == null ? "" : q.question().number() + " ") + Languages.text(q.question().label(), page.lang());
        return q.fieldLabel() == null ? text : text + " – " + Languages.text(q.fieldLabel(), page.lang());
    }

    @GET
    @Path("/export")
    public Response export(@QueryParam("cycle") String chosen) {
        Response moved = otherCycle(chosen);
        if (moved != null) {
            return moved;
        }
        ReportingCycle c = cycles.require(cycle);
        SynthesisExportService.Prepared prepared = synthesis.prepare(cycle, page.lang(), null, null, null, null, null);
        Filters f = filters(null, null, null, null, List.of(), prepared);
        return page.ok(Templates.export(new ExportPage(f, c.title(page.lang()), languages.supported(), page.lang(), false,
                csvLink(page.lang(), null, null, null, prepared.params().asOf() == null ? null : prepared.params().asOf().toString(), null))));
    }

    private String csvLink(String language, String values, List<String> status, String region, String asOf, String late) {
        UriBuilder b = UriBuilder.fromPath("/analysis/" + cycle + "/export/download").queryParam("format", "csv");
        if (language != null && !language.isBlank()) {
            b.queryParam("language", language);
        }
        if (values != null) {
            b.queryParam("values", values);
        }
        if (status != null) {
            status.forEach(s -> b.queryParam("status", s));
        }
        if (region != null && !region.isBlank()) {
            b.queryParam("region", region);
        }
        if (asOf != null && !asOf.isBlank()) {
            b.queryParam("asOf", asOf);
        }
        if (late != null) {
            b.queryParam("late", late);
        }
        return b.build().toString();
    }

    /**
     * The download itself: the export's own checks (a problem is the form again, its fields named in
     * an error summary, status 400), then the workbook or the CSV zip streamed as the API streams it.
     */
    @GET
    @Path("/export/download")
    @Produces({SynthesisExportResource.XLSX, SynthesisExportResource.ZIP, MediaType.TEXT_HTML})
    public Response download(@QueryParam("cycle") String chosen, @QueryParam("format") String format, @QueryParam("language") String language,
                             @QueryParam("values") String values, @QueryParam("status") List<String> status,
                             @QueryParam("region") String region, @QueryParam("asOf") String asOf, @QueryParam("late") String late) {
        if (chosen != null && !chosen.isBlank()) {
            cycle = chosen;
        }
        ReportingCycle c = cycles.require(cycle);
        SynthesisExportService.Prepared prepared;
        try {
            prepared = synthesis.prepare(cycle, language, values, status, region, asOf, late);
        } catch (InvalidRequestException e) {
            List<Problem.Violation> errors = violations(e).stream()
                    .map(v -> "lang".equals(v.field()) ? new Problem.Violation("language", v.message(), v.code(), v.number()) : v).toList();
            Filters f = filters(status, region, asOf, late, errors, null);
            return page.respond(Response.status(400), Templates.export(new ExportPage(f, c.title(page.lang()), languages.supported(),
                    language == null || language.isBlank() ? page.lang() : language, "codes".equals(values), csvLink(language, values, status, region, asOf, late))));
        }
        SynthesisExportService.Prepared p = prepared;
        if ("csv".equals(format)) {
            return Response.ok((StreamingOutput) out -> synthesis.writeCsv(p, out), SynthesisExportResource.ZIP)
                    .header("Content-Disposition", DownloadName.contentDisposition(p.fileName("csv.zip")))
                    .header("Cache-Control", "no-store").build();
        }
        return Response.ok((StreamingOutput) out -> synthesis.write(p, out), SynthesisExportResource.XLSX)
                .header("Content-Disposition", DownloadName.contentDisposition(p.fileName("xlsx")))
                .header("Cache-Control", "no-store").build();
    }

    static URI to(String path) {
        return URI.create(path);
    }
}
