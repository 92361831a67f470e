package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A questionnaire version as written in {@code questionnaire/*.json}. Immutable; a text is a map
 * from language code to string. The file format is documented in {@code questionnaire/README.md}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionnaireDefinition(int format, String id, String version, Map<String, String> title,
                                      List<String> languages, Map<String, Map<String, String>> components,
                                      List<Section> sections, List<Indicator> indicators) {

    public QuestionnaireDefinition {
        indicators = indicators == null ? List.of() : indicators;
    }

    @JsonIgnore
    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String code) {
        return questions().filter(q -> q.code().equals(code)).findFirst();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String code, Map<String, String> title, Map<String, String> description,
                          List<Question> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String code, String number, QuestionType type, Map<String, String> label,
                           Map<String, String> help, Reference reference, boolean required, String origin,
                           Relevance relevance, Constraints constraints, List<Option> options,
                           List<Field> fields, Integer width) {

        public Optional<Option> option(String code) {
            return options == null ? Optional.empty() : options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String code, QuestionType type, Map<String, String> label, Map<String, String> help,
                        boolean required, Constraints constraints, List<Option> options) {
    }

    public record Option(String code, Map<String, String> label) {
    }

    /** A paragraph of the Recommendation, shown as in the official form: "(ii), 12, (b), (c)". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reference(String area, Integer paragraph, List<String> items) {

        public String display() {
            String head = "general".equals(area) || "monitoring".equals(area) ? area : "(" + area + ")";
            String tail = items == null || items.isEmpty() ? ""
                    : items.stream().map(i -> "(" + i + ")").collect(Collectors.joining(", ", ", ", ""));
            return paragraph == null ? head + tail : head + ", " + paragraph + tail;
        }
    }

    public record Relevance(String question, List<String> values) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Constraints(Integer maxLength, Integer minItems, Integer maxItems, BigDecimal min, BigDecimal max,
                              Boolean integer, LocalDate minDate, LocalDate maxDate) {
    }

    /** A named count over answers: a reporting state counts when its answer is one of {@code values}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String code, boolean headline, Map<String, String> label, Map<String, String> description,
                            String question, List<String> values) {
    }
}
