package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.FreeTextAnswer;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Indicator;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synthesis' figures and free texts for the analysts' pages: the same snapshot, the same counted
 * reports and the same {@link Tallies} as the workbook's Indicators and Questions sheets, so a page
 * and the workbook of the same parameters always agree.
 */
@ApplicationScoped
public class SynthesisFigures {

    @Inject
    DataSource dataSource;
    @Inject
    InstantSource clock;

    /** A count of reporting states and its denominator (the reporting states of that scope). */
    public record Cell(int count, int denominator) {

        /** The share in per cent (one decimal), null when the denominator is 0. */
        public Double percent() {
            return denominator == 0 ? null : Math.round(1000.0 * count / denominator) / 10.0;
        }
    }

    /** One indicator: its figures overall first, then per region (the order of {@link Figures#scopes}). */
    public record IndicatorLine(String code, boolean headline, String label, String question, List<String> values, List<Cell> cells) {
    }

    public record OptionLine(String code, String label, List<Cell> cells) {
    }

    /** One closed question, each option's figures and how many answered it. */
    public record QuestionLine(String code, String number, String label, String section, String type, List<OptionLine> options,
                               List<Cell> answered) {
    }

    /**
     * What the page shows. {@code scopes} are the overall total ({@code ALL}) then each region shown;
     * {@code reporting} the counted reports per scope, the denominators.
     */
    public record Figures(List<RegionEntry> scopes, List<Integer> reporting, List<IndicatorLine> indicators,
                          List<QuestionLine> questions, int counted) {
    }

    /** One counted state's answer to a free-text question, with the addresses given with it. */
    public record FreeText(String state, String stateName, String region, String regionName, Integer item, String text, List<String> urls) {
    }

    /** The figures of an export whose parameters were checked ({@link SynthesisExportService#prepare}). */
    public Figures figures(SynthesisExportService.Prepared p) {
        return read(p, (ctx, source) -> {
            Map<String, StateEntry> states = new HashMap<>();
            ctx.states().forEach(s -> states.put(s.code(), s));
            Tallies t = new Tallies(ctx);
            Set<String> counted = new HashSet<>();
            try (SynthesisSource.Cursor<CountedReport> reports = source.reports()) {
                while (reports.hasNext()) {
                    CountedReport report = reports.next();
                    StateEntry state = states.get(report.stateCode());
                    if (state != null && counted.add(state.code())) {
                        t.add(report, state);
                    }
                }
            }
            List<RegionEntry> scopes = new ArrayList<>();
            scopes.add(new RegionEntry("ALL", ctx.words().get("response.all_regions")));
            scopes.addAll(t.regions);
            List<Integer> reporting = new ArrayList<>();
            for (int r : order(t)) {
                reporting.add(t.reporting[r]);
            }
            List<IndicatorLine> indicators = new ArrayList<>();
            for (int i = 0; i < t.indicators.size(); i++) {
                Indicator ind = t.indicators.get(i);
                indicators.add(new IndicatorLine(ind.code(), ind.headline(), ctx.label(ind.label()), ind.question(), ind.values(),
                        cells(t, t.indicatorCounts[i])));
            }
            Map<String, String> sectionOf = new HashMap<>();
            ctx.definition().sections().forEach(s -> s.questions().forEach(q -> sectionOf.put(q.code(), s.code())));
            List<QuestionLine> questions = new ArrayList<>();
            for (Question q : t.closed) {
                int[][] perOption = t.optionCounts.get(q.code());
                List<OptionLine> options = new ArrayList<>();
                for (int i = 0; i < perOption.length; i++) {
                    options.add(new OptionLine(q.options().get(i).code(), ctx.label(q.options().get(i).label()), cells(t, perOption[i])));
                }
                questions.add(new QuestionLine(q.code(), q.number(), ctx.label(q.label()), sectionOf.get(q.code()), q.type().name(),
                        options, cells(t, t.answered.get(q.code()))));
            }
            return new Figures(scopes, reporting, indicators, questions, counted.size());
        });
    }

    /**
     * The counted states' answers to one text question (or one text field of a repeatable group,
     * {@code field}), with its hyperlink companion, state by state: the Free text sheet's items.
     */
    public List<FreeText> freeText(SynthesisExportService.Prepared p, String question, String field) {
        List<FreeTextSheet.Item> items = FreeTextSheet.items(p.definition().questions().toList());
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            FreeTextSheet.Item item = items.get(i);
            Question main = item.question() != null ? item.question() : item.urls();
            if (main.code().equals(question) && (item.field() == null ? field == null : item.field().code().equals(field))) {
                index = i;
            }
        }
        if (index < 0) {
            return List.of();
        }
        FreeTextSheet.Item item = items.get(index);
        return read(p, (ctx, source) -> {
            Map<String, StateEntry> states = new HashMap<>();
            ctx.states().forEach(s -> states.put(s.code(), s));
            Map<String, String> regions = new HashMap<>();
            ctx.regions().forEach(r -> regions.put(r.code(), r.name()));
            List<FreeText> answers = new ArrayList<>();
            List<String> qs = new ArrayList<>();
            qs.add(item.question() == null ? null : item.question().code());
            List<String> urls = new ArrayList<>();
            urls.add(item.urls() == null ? null : item.urls().code());
            try (SynthesisSource.Cursor<FreeTextAnswer> texts = source.freeText(qs, urls)) {
                while (texts.hasNext()) {
                    FreeTextAnswer a = texts.next();
                    StateEntry s = states.get(a.stateCode());
                    if (s == null) {
                        continue;
                    }
                    if (item.field() != null) {
                        int n = 0;
                        for (JsonNode element : a.text() == null ? List.<JsonNode>of() : a.text()) {
                            n++;
                            JsonNode v = element.get(item.field().code());
                            if (v != null && !v.asText().isBlank()) {
                                answers.add(new FreeText(s.code(), s.name(), s.region(), regions.get(s.region()), n, v.asText(),
                                        addresses(item.urlField() == null ? null : element.get(item.urlField().code()))));
                            }
                        }
                    } else {
                        answers.add(new FreeText(s.code(), s.name(), s.region(), regions.get(s.region()), null,
                                a.text() == null || a.text().isNull() ? null : a.text().asText(), addresses(a.urls())));
                    }
                }
            }
            return answers;
        });
    }

    /** The free-text questions one can choose: {@code code} or {@code code.field}, with the question. */
    public record FreeTextQuestion(String key, Question question, String fieldCode, Map<String, String> fieldLabel) {
    }

    public List<FreeTextQuestion> freeTextQuestions(SynthesisExportService.Prepared p) {
        return FreeTextSheet.items(p.definition().questions().toList()).stream().map(i -> {
            Question main = i.question() != null ? i.question() : i.urls();
            return new FreeTextQuestion(i.field() == null ? main.code() : main.code() + "." + i.field().code(), main,
                    i.field() == null ? null : i.field().code(), i.field() == null ? null : i.field().label());
        }).toList();
    }

    private static List<String> addresses(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            return value.asText().isBlank() ? List.of() : List.of(value.asText());
        }
        List<String> urls = new ArrayList<>();
        value.forEach(v -> {
            if (!v.asText().isBlank()) {
                urls.add(v.asText());
            }
        });
        return urls;
    }

    private static List<Cell> cells(Tallies t, int[] counts) {
        List<Cell> cells = new ArrayList<>();
        for (int r : order(t)) {
            cells.add(new Cell(counts[r], t.reporting[r]));
        }
        return cells;
    }

    /** Overall first, then the regions in their order (as the sheets). */
    private static int[] order(Tallies t) {
        int[] order = new int[t.overall + 1];
        order[0] = t.overall;
        for (int r = 0; r < t.overall; r++) {
            order[r + 1] = r;
        }
        return order;
    }

    /** One read-only snapshot, the export's own. */
    private <T> T read(SynthesisExportService.Prepared p, SynthesisExportService.Snapshot<T> reading) {
        try {
            return SynthesisExportService.snapshot(dataSource, p, clock.instant(), reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
