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
 * A questionnaire in one language, as respondents see it. When the requested language is not
 * one of the questionnaire's, every text is in English and {@code fallback} is true.
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

    public static LocalizedQuestionnaire of(QuestionnaireCatalog.Published published, String requested) {
        QuestionnaireDefinition d = published.definition();
        String lang = d.languages().contains(requested) ? requested : d.languages().get(0);
        Map<String, String> components = new LinkedHashMap<>();
        d.components().forEach((key, text) -> components.put(key, text(text, lang)));
        List<LocalizedSection> sections = d.sections().stream().map(s -> new LocalizedSection(s.code(),
                text(s.title(), lang), text(s.description(), lang),
                s.questions().stream().map(q -> new LocalizedQuestion(q.code(), q.number(), q.type(),
                        text(q.label(), lang), text(q.help(), lang),
                        q.reference() == null ? null : q.reference().display(), q.reference(), q.required(),
                        q.origin(), q.relevance(), q.constraints(), options(q.options(), lang),
                        q.fields() == null ? null : q.fields().stream().map(f -> new LocalizedField(f.code(), f.type(),
                                text(f.label(), lang), text(f.help(), lang), f.required(), f.constraints(),
                                options(f.options(), lang))).toList()))
                        .toList()))
                .toList();
        List<LocalizedIndicator> indicators = d.indicators().stream().map(i -> new LocalizedIndicator(i.code(),
                i.headline(), text(i.label(), lang), text(i.description(), lang), i.question(), i.values())).toList();
        return new LocalizedQuestionnaire(d.version(), d.id(), published.checksum(), requested, lang,
                !lang.equals(requested), d.languages(), text(d.title(), lang), components, sections, indicators);
    }

    private static List<LocalizedOption> options(List<Option> options, String lang) {
        return options == null ? null : options.stream().map(o -> new LocalizedOption(o.code(), text(o.label(), lang))).toList();
    }

    private static String text(Map<String, String> text, String lang) {
        return text == null ? null : text.get(lang);
    }
}
