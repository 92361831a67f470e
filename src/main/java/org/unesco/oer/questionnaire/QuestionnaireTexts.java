package org.unesco.oer.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Every text of a questionnaire version under a stable key, the key scheme of the translation
 * files: {@code title}, {@code components.<name>}, {@code section.<CODE>.title|description},
 * {@code question.<Q>.label|help}, {@code question.<Q>.option.<code>},
 * {@code question.<Q>.field.<CODE>.label|help}, {@code question.<Q>.field.<CODE>.option.<code>},
 * {@code indicator.<CODE>.label|description}.
 */
public final class QuestionnaireTexts {

    private QuestionnaireTexts() {
    }

    /** Key to the language-keyed text the version file itself holds, in the order of the form. */
    public static Map<String, Map<String, String>> of(QuestionnaireDefinition d) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        BiConsumer<String, Map<String, String>> put = (key, text) -> {
            if (text != null) {
                texts.put(key, text);
            }
        };
        put.accept("title", d.title());
        if (d.components() != null) {
            d.components().forEach((name, text) -> put.accept("components." + name, text));
        }
        for (QuestionnaireDefinition.Section s : d.sections()) {
            put.accept("section." + s.code() + ".title", s.title());
            put.accept("section." + s.code() + ".description", s.description());
            for (QuestionnaireDefinition.Question q : s.questions()) {
                String qk = "question." + q.code();
                put.accept(qk + ".label", q.label());
                put.accept(qk + ".help", q.help());
                options(put, qk, q.options());
                if (q.fields() != null) {
                    for (QuestionnaireDefinition.Field f : q.fields()) {
                        String fk = qk + ".field." + f.code();
                        put.accept(fk + ".label", f.label());
                        put.accept(fk + ".help", f.help());
                        options(put, fk, f.options());
                    }
                }
            }
        }
        for (QuestionnaireDefinition.Indicator i : d.indicators()) {
            put.accept("indicator." + i.code() + ".label", i.label());
            put.accept("indicator." + i.code() + ".description", i.description());
        }
        return texts;
    }

    /**
     * The definition with every text in every one of {@code languages}, taken from {@code texts}
     * (language, then key: the version file's own texts merged with its translations). Structure
     * and codes are the definition's; a text the definition does not have stays absent.
     */
    public static QuestionnaireDefinition inLanguages(QuestionnaireDefinition d, Map<String, Map<String, String>> texts,
                                                      List<String> languages) {
        Function<String, Map<String, String>> t = key -> {
            Map<String, String> text = new LinkedHashMap<>();
            for (String language : languages) {
                String value = texts.getOrDefault(language, Map.of()).get(key);
                if (value != null) {
                    text.put(language, value);
                }
            }
            return text.isEmpty() ? null : text;
        };
        Map<String, Map<String, String>> components = null;
        if (d.components() != null) {
            components = new LinkedHashMap<>();
            for (String name : d.components().keySet()) {
                components.put(name, t.apply("components." + name));
            }
        }
        List<QuestionnaireDefinition.Section> sections = d.sections().stream().map(s -> new QuestionnaireDefinition.Section(
                s.code(), t.apply("section." + s.code() + ".title"), t.apply("section." + s.code() + ".description"),
                s.questions().stream().map(q -> {
                    String qk = "question." + q.code();
                    return new QuestionnaireDefinition.Question(q.code(), q.number(), q.type(), t.apply(qk + ".label"),
                            t.apply(qk + ".help"), q.reference(), q.required(), q.origin(), q.relevance(), q.constraints(),
                            options(q.options(), qk, t), q.fields() == null ? null : q.fields().stream().map(f -> {
                                String fk = qk + ".field." + f.code();
                                return new QuestionnaireDefinition.Field(f.code(), f.type(), t.apply(fk + ".label"),
                                        t.apply(fk + ".help"), f.required(), f.constraints(), options(f.options(), fk, t));
                            }).toList(), q.width());
                }).toList())).toList();
        List<QuestionnaireDefinition.Indicator> indicators = d.indicators().stream().map(i -> new QuestionnaireDefinition.Indicator(
                i.code(), i.headline(), t.apply("indicator." + i.code() + ".label"), t.apply("indicator." + i.code() + ".description"),
                i.question(), i.values())).toList();
        return new QuestionnaireDefinition(d.format(), d.id(), d.version(), t.apply("title"), List.copyOf(languages), components,
                sections, indicators);
    }

    private static List<QuestionnaireDefinition.Option> options(List<QuestionnaireDefinition.Option> options, String prefix,
                                                                Function<String, Map<String, String>> t) {
        return options == null ? null : options.stream()
                .map(o -> new QuestionnaireDefinition.Option(o.code(), t.apply(prefix + ".option." + o.code()))).toList();
    }

    private static void options(BiConsumer<String, Map<String, String>> put, String prefix,
                                List<QuestionnaireDefinition.Option> options) {
        if (options != null) {
            options.forEach(o -> put.accept(prefix + ".option." + o.code(), o.label()));
        }
    }
}
