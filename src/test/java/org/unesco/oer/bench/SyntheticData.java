package org.unesco.oer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.FreeTextAnswer;
import org.unesco.oer.export.ExportRecords.RegionEntry;
import org.unesco.oer.export.ExportRecords.StateEntry;
import org.unesco.oer.export.SynthesisSource;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Indicator;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Section;
import org.unesco.oer.report.ReportStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Synthetic questionnaires, registries and reports generated on the fly (nothing is held in
 * memory but the registry), to feed the export writers at any size.
 */
public final class SyntheticData {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    public static final List<RegionEntry> REGIONS = List.of(
            new RegionEntry("AFR", "Africa"),
            new RegionEntry("ARB", "Arab States"),
            new RegionEntry("APA", "Asia and the Pacific"),
            new RegionEntry("EUR", "Europe and North America"),
            new RegionEntry("LAC", "Latin America and the Caribbean"));

    private SyntheticData() {
    }

    private static Map<String, String> text(String en) {
        return Map.of("en", en, "fr", en + " (fr)", "ar", en + " (ar)");
    }

    /** A questionnaire of {@code n} questions cycling through the common types, with five indicators. */
    public static QuestionnaireDefinition questionnaire(int n) {
        List<Question> questions = new ArrayList<>();
        List<Option> yesNo = List.of(new Option("yes", text("Yes")), new Option("no", text("No")));
        List<Option> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(new Option("option_" + i, text("Option " + i)));
        }
        QuestionType[] cycle = {QuestionType.YES_NO, QuestionType.LONG_TEXT, QuestionType.URL_LIST, QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE, QuestionType.YES_NO, QuestionType.LONG_TEXT, QuestionType.NUMBER,
                QuestionType.SHORT_TEXT, QuestionType.DATE};
        for (int i = 1; i <= n; i++) {
            QuestionType type = cycle[(i - 1) % cycle.length];
            List<Option> options = type == QuestionType.YES_NO ? yesNo : type.isChoice() ? five : null;
            questions.add(new Question(String.format("Q%03d", i), String.valueOf(i), type, text("Question " + i + " about OER"),
                    null, null, false, "reconstructed", null, null, options, null, type == QuestionType.LONG_TEXT ? 60 : 14));
        }
        List<Section> sections = new ArrayList<>();
        for (int from = 0; from < questions.size(); from += 20) {
            sections.add(new Section("S" + (from / 20 + 1), text("Section " + (from / 20 + 1)), null,
                    questions.subList(from, Math.min(questions.size(), from + 20))));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Question q = questions.get(i * 10 % questions.size());
            indicators.add(new Indicator("IND_" + (i + 1), true, text("Indicator " + (i + 1)), null, q.code(),
                    List.of(q.options() == null ? "yes" : q.options().get(0).code())));
        }
        return new QuestionnaireDefinition(1, "synthetic", "synthetic-" + n, text("Synthetic questionnaire"),
                List.of("en", "fr", "ar"), Map.of(), sections, indicators);
    }

    /** {@code n} states spread over the five regions, one in twenty an Associate Member. */
    public static List<StateEntry> registry(int n) {
        List<StateEntry> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = String.format("S%05d", i);
            states.add(new StateEntry(code, "State " + i, REGIONS.get(i % 5).code(), i % 20 != 19));
        }
        states.sort((a, b) -> a.region().equals(b.region()) ? a.code().compareTo(b.code())
                : Integer.compare(regionIndex(a.region()), regionIndex(b.region())));
        return states;
    }

    private static int regionIndex(String code) {
        for (int i = 0; i < REGIONS.size(); i++) {
            if (REGIONS.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One report per state of the registry, in state-code order, each answering every question;
     * a value depends only on (state, question), so free texts can be generated again question by
     * question. With {@code allShown} every choice takes its first option (no follow-up hidden).
     */
    public static SynthesisSource source(QuestionnaireDefinition d, List<StateEntry> registry, int longText, boolean allShown) {
        List<String> codes = registry.stream().map(StateEntry::code).sorted().toList();
        List<Question> questions = d.questions().toList();
        Map<String, Integer> index = new HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            index.put(questions.get(q).code(), q);
        }
        Instant base = Instant.parse("2023-01-10T10:00:00Z");
        return new SynthesisSource() {
            JsonNode answer(int state, int q) {
                Question question = questions.get(q);
                return value(question.type(), question.options(), question.fields(), new Random(state * 1_000_003L + q), longText,
                        allShown, codes.get(state));
            }

            @Override
            public Cursor<CountedReport> reports() {
                return Cursor.of(new Iterator<>() {
                    int next;

                    @Override
                    public boolean hasNext() {
                        return next < codes.size();
                    }

                    @Override
                    public CountedReport next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        Map<String, JsonNode> answers = new LinkedHashMap<>();
                        for (int q = 0; q < questions.size(); q++) {
                            answers.put(questions.get(q).code(), answer(i, q));
                        }
                        Instant at = base.plusSeconds(3600L * i);
                        String digest = HexFormat.of().formatHex(longBytes(codes.get(i).hashCode() * 31L + i)).repeat(4);
                        return new CountedReport(codes.get(i), i % 3 == 0 ? ReportStatus.VALIDATED : ReportStatus.SUBMITTED, at,
                                i % 7 == 6, 1, at, digest, answers);
                    }
                });
            }

            @Override
            public Cursor<FreeTextAnswer> freeText(List<String> textCodes, List<String> urlCodes) {
                return Cursor.of(new Iterator<>() {
                    int item;
                    int state;

                    @Override
                    public boolean hasNext() {
                        return item < textCodes.size();
                    }

                    @Override
                    public FreeTextAnswer next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        String text = textCodes.get(item);
                        String urls = urlCodes.get(item);
                        FreeTextAnswer a = new FreeTextAnswer(item, codes.get(state), text == null ? null : answer(state, index.get(text)),
                                urls == null ? null : answer(state, index.get(urls)));
                        if (++state == codes.size()) {
                            state = 0;
                            item++;
                        }
                        return a;
                    }
                });
            }
        };
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    public static JsonNode value(QuestionType type, List<Option> options, List<Field> fields, Random random, int longText,
                                 boolean allShown, String state) {
        return switch (type) {
            case YES_NO, YES_NO_NA, SINGLE_CHOICE -> F.textNode(options.get(allShown ? 0 : random.nextInt(options.size())).code());
            case MULTIPLE_CHOICE -> {
                ArrayNode a = F.arrayNode();
                for (Option o : options) {
                    if (random.nextBoolean() || a.isEmpty() && o == options.get(options.size() - 1)) {
                        a.add(o.code());
                    }
                }
                yield a;
            }
            case SHORT_TEXT -> F.textNode(BenchProse.text(random, 20 + random.nextInt(61)));
            case LONG_TEXT -> F.textNode(BenchProse.text(random, longText / 4 + random.nextInt(longText * 3 / 4 + 1)));
            case URL -> F.textNode("https://example.org/" + random.nextInt(100000));
            case URL_LIST -> F.arrayNode().add("https://example.org/a/" + random.nextInt(100000)).add("https://example.org/b/" + random.nextInt(100000));
            case NUMBER -> F.numberNode(random.nextInt(1000));
            case DATE -> F.textNode("20" + (10 + random.nextInt(13)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
            case MEMBER_STATE -> F.textNode(state);
            case CONTACT -> F.objectNode().put("name", "A. Person").put("title", "Director").put("institution", "Ministry")
                    .put("email", "a.person@example.org").put("phone", "+33 1 45 68 10 00");
            case PERSON_LIST -> F.arrayNode().add(F.objectNode().put("name", "B. Official").put("title", "Minister"));
            case REPEATABLE_GROUP -> {
                ArrayNode items = F.arrayNode();
                for (int k = 0; k < 3; k++) {
                    ObjectNode item = F.objectNode();
                    for (Field f : fields) {
                        item.set(f.code(), value(f.type(), f.options(), null, random, Math.min(longText, 2000), allShown, state));
                    }
                    items.add(item);
                }
                yield items;
            }
        };
    }
}
