package org.unesco.oer.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Constraints;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.report.AnswerValidator;
import org.unesco.oer.report.ReportEvaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible answers for demo reports: every question that is visible once the earlier ones are
 * answered, chosen by a seeded random (so a state's demo report is the same on every start), with
 * "yes" often enough that follow-up questions, details and web addresses appear too.
 */
public final class DemoAnswers {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> SENTENCES = List.of(
            "The Ministry of Education coordinates this work with the National Commission for UNESCO and the universities.",
            "A national working group on open educational resources met four times in the reporting period.",
            "Teacher training institutes now publish their course materials under open licences.",
            "The national repository hosts textbooks for primary and secondary schools in the official languages.",
            "Funding comes from the education budget and from a partnership with development agencies.",
            "Accessibility guidelines apply to all materials produced with public funds.");

    private DemoAnswers() {
    }

    /** A complete report (every visible required question, most optional ones), or {@code share} of it for a draft. */
    public static Map<String, JsonNode> of(QuestionnaireDefinition definition, String state, double share) {
        Random random = new Random(state.hashCode() * 31L + 7);
        AnswerValidator validator = new AnswerValidator(code -> true);
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Question q : definition.questions().toList()) {
            ReportEvaluation evaluation = new ReportEvaluation(definition, answers, validator);
            if (evaluation.checks().get(q.code()).state() == ReportEvaluation.QuestionState.HIDDEN) {
                continue;
            }
            if ((q.required() || random.nextDouble() < 0.7) && random.nextDouble() < share) {
                answers.put(q.code(), value(q.type(), q.options(), q.fields(), q.constraints(), state, random));
            }
        }
        return answers;
    }

    private static JsonNode value(QuestionType type, List<Option> options, List<Field> fields, Constraints c, String state, Random random) {
        return switch (type) {
            case YES_NO -> F.textNode(random.nextDouble() < 0.6 ? "yes" : "no");
            case YES_NO_NA -> F.textNode(random.nextDouble() < 0.55 ? "yes" : random.nextBoolean() ? "no" : "not_applicable");
            case SINGLE_CHOICE -> F.textNode(options.get(random.nextInt(options.size())).code());
            case MULTIPLE_CHOICE -> {
                ArrayNode chosen = F.arrayNode();
                for (Option o : options) {
                    if (random.nextDouble() < 0.4 || (chosen.isEmpty() && o == options.get(options.size() - 1))) {
                        chosen.add(o.code());
                    }
                }
                yield chosen;
            }
            case SHORT_TEXT -> F.textNode(SENTENCES.get(random.nextInt(SENTENCES.size())).split(" ", 6)[5].split("\\.")[0]);
            case LONG_TEXT -> F.textNode(SENTENCES.get(random.nextInt(SENTENCES.size())) + " " + SENTENCES.get(random.nextInt(SENTENCES.size())));
            case URL -> F.textNode("https://oer." + state.toLowerCase() + ".example.org/" + random.nextInt(100));
            case URL_LIST -> F.arrayNode().add("https://oer." + state.toLowerCase() + ".example.org/repository")
                    .add("https://education." + state.toLowerCase() + ".example.org/policy");
            case NUMBER -> F.numberNode(number(c, random));
            case DATE -> F.textNode(date(c, random).toString());
            case MEMBER_STATE -> F.textNode(state);
            case CONTACT -> F.objectNode().put("name", "Demo focal point " + state).put("email", "oer@education." + state.toLowerCase() + ".example.org");
            case PERSON_LIST -> F.arrayNode().add(F.objectNode().put("name", "Head of the OER unit, " + state));
            case REPEATABLE_GROUP -> {
                ArrayNode items = F.arrayNode();
                for (int i = 0; i < 1 + random.nextInt(2); i++) {
                    ObjectNode item = F.objectNode();
                    for (Field f : fields) {
                        if (f.required() || random.nextBoolean()) {
                            item.set(f.code(), value(f.type(), f.options(), List.of(), f.constraints(), state, random));
                        }
                    }
                    items.add(item);
                }
                yield items;
            }
        };
    }

    private static java.time.LocalDate date(Constraints c, Random random) {
        java.time.LocalDate from = c != null && c.minDate() != null ? c.minDate() : java.time.LocalDate.of(2018, 1, 1);
        java.time.LocalDate to = c != null && c.maxDate() != null ? c.maxDate() : java.time.LocalDate.of(2022, 12, 31);
        long span = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, to));
        return from.plusDays(span == 0 ? 0 : random.nextLong(span + 1));
    }

    private static int number(Constraints c, Random random) {
        int min = c != null && c.min() != null ? c.min().intValue() : 0;
        int max = c != null && c.max() != null ? c.max().intValue() : min + 500;
        return min + random.nextInt(Math.max(1, Math.min(max - min, 500) + 1));
    }
}
