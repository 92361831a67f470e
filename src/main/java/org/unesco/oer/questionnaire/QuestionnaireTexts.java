package org.unesco.oer.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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

    private static void options(BiConsumer<String, Map<String, String>> put, String prefix,
                                List<QuestionnaireDefinition.Option> options) {
        if (options != null) {
            options.forEach(o -> put.accept(prefix + ".option." + o.code(), o.label()));
        }
    }
}
