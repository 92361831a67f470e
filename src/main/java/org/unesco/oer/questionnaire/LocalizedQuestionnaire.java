package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Constraints;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Reference;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Relevance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire in one language, as respondents see it: the version's structure with the texts
 * of that language (from the version file or its translation file). Only configured languages are
 * served; {@code fallback} stays for compatibility and is always false.
 */
@Schema(description = "A questionnaire version in one language")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedQuestionnaire(String version, String instrument, String checksum, String requestedLanguage,
                                     String language, boolean fallback, List<String> languages, String title,
                                     Map<String, String> components, List<LocalizedSection> sections,
                                     List<LocalizedIndicator> indicators) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocalizedSection(String code, String title, String description, List<LocalizedQuestion> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocalizedQuestion(String code, String number, QuestionType type, String label, String help,
                                    String reference, Reference paragraph, boolean required, String origin,
                                    Relevance relevance, Constraints constraints, List<LocalizedOption> options,
                                    List<LocalizedField> fields) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocalizedField(String code, QuestionType type, String label, String help, boolean required,
                                 Constraints constraints, List<LocalizedOption> options) {
    }

    public record LocalizedOption(String code, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocalizedIndicator(String code, boolean headline, String label, String description,
                                     String question, List<String> values) {
    }

    /** The questionnaire in {@code lang}, one of the served (configured) languages; texts from the version or its translation. */
    public static LocalizedQuestionnaire of(QuestionnaireCatalog.Published published, String lang) {
        QuestionnaireDefinition d = published.definition();
        if (!published.languages().contains(lang)) {
            throw new IllegalArgumentException("language '" + lang + "' is not served; served: " + published.languages());
        }
        Texts t = key -> published.text(key, lang);
        Map<String, String> components = new LinkedHashMap<>();
        if (d.components() != null) {
            d.components().keySet().forEach(key -> components.put(key, t.get("components." + key)));
        }
        List<LocalizedSection> sections = d.sections().stream().map(s -> new LocalizedSection(s.code(),
                t.get("section." + s.code() + ".title"), t.get("section." + s.code() + ".description"),
                s.questions().stream().map(q -> {
                    String qk = "question." + q.code();
                    return new LocalizedQuestion(q.code(), q.number(), q.type(), t.get(qk + ".label"), t.get(qk + ".help"),
                            q.reference() == null ? null : q.reference().display(), q.reference(), q.required(),
                            q.origin(), q.relevance(), q.constraints(), options(q.options(), qk, t),
                            q.fields() == null ? null : q.fields().stream().map(f -> {
                                String fk = qk + ".field." + f.code();
                                return new LocalizedField(f.code(), f.type(), t.get(fk + ".label"), t.get(fk + ".help"),
                                        f.required(), f.constraints(), options(f.options(), fk, t));
                            }).toList());
                }).toList()))
                .toList();
        List<LocalizedIndicator> indicators = d.indicators().stream().map(i -> new LocalizedIndicator(i.code(),
                i.headline(), t.get("indicator." + i.code() + ".label"), t.get("indicator." + i.code() + ".description"),
                i.question(), i.values())).toList();
        return new LocalizedQuestionnaire(d.version(), d.id(), published.checksum(), lang, lang, false,
                published.languages(), t.get("title"), components, sections, indicators);
    }

    private interface Texts {
        String get(String key);
    }

    private static List<LocalizedOption> options(List<Option> options, String prefix, Texts t) {
        return options == null ? null : options.stream()
                .map(o -> new LocalizedOption(o.code(), t.get(prefix + ".option." + o.code()))).toList();
    }
}
