package org.unesco.oer.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Message;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Relevance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies skip logic and validation to a set of answers: which questions are relevant, which are
 * missing or invalid, which answers are hidden (kept but excluded), and how complete it is.
 */
public final class ReportEvaluation {

    public enum QuestionState {
        /** Relevant, answered and valid. */
        ANSWERED,
        /** Relevant, not answered, not required. */
        UNANSWERED,
        /** Relevant, required, not answered: blocks submission. */
        MISSING,
        /** Answered with a value that is no longer valid: blocks submission. */
        INVALID,
        /** Not shown because of an earlier answer; any answer is kept but excluded. */
        HIDDEN;

        @JsonValue
        public String code() {
            return name().toLowerCase();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record QuestionCheck(QuestionState state, boolean excluded, List<String> errors) {
    }

    private final Map<String, QuestionCheck> checks = new LinkedHashMap<>();
    private final Map<String, List<Issue>> issues = new LinkedHashMap<>();
    private final List<String> included = new ArrayList<>();
    private final Map<String, Map<String, QuestionCheck>> said = new java.util.concurrent.ConcurrentHashMap<>();
    private int required;
    private int requiredAnswered;

    public ReportEvaluation(QuestionnaireDefinition definition, Map<String, JsonNode> answers, AnswerValidator validator) {
        Map<String, Boolean> relevant = new HashMap<>();
        for (Question q : definition.sections().stream().flatMap(s -> s.questions().stream()).toList()) {
            boolean isRelevant = isRelevant(q.relevance(), relevant, answers);
            relevant.put(q.code(), isRelevant);
            JsonNode value = answers.get(q.code());
            boolean empty = AnswerValidator.isEmpty(value);
            QuestionCheck check;
            if (!isRelevant) {
                check = new QuestionCheck(QuestionState.HIDDEN, !empty, List.of());
            } else if (empty) {
                check = new QuestionCheck(q.required() ? QuestionState.MISSING : QuestionState.UNANSWERED, false, List.of());
            } else {
                List<Issue> found = validator.issues(q, value);
                List<String> errors = found.stream().map(i -> i.message().english()).toList();
                check = new QuestionCheck(errors.isEmpty() ? QuestionState.ANSWERED : QuestionState.INVALID, false, errors);
                issues.put(q.code(), found);
                included.add(q.code());
            }
            if (isRelevant && q.required()) {
                required++;
                if (check.state() == QuestionState.ANSWERED) {
                    requiredAnswered++;
                }
            }
            if (check.state() == QuestionState.MISSING) {
                issues.put(q.code(), List.of(new Issue(q.code(), q.number(), "required", Message.of("violation.required.answer"))));
            }
            checks.put(q.code(), check);
        }
    }

    private static boolean isRelevant(Relevance relevance, Map<String, Boolean> relevant, Map<String, JsonNode> answers) {
        if (relevance == null) {
            return true;
        }
        if (!relevant.getOrDefault(relevance.question(), false)) {
            return false;
        }
        JsonNode answer = answers.get(relevance.question());
        if (answer == null) {
            return false;
        }
        if (answer.isArray()) {
            for (JsonNode item : answer) {
                if (relevance.values().contains(item.asText())) {
                    return true;
                }
            }
            return false;
        }
        return answer.isTextual() && relevance.values().contains(answer.asText());
    }

    public Map<String, QuestionCheck> checks() {
        return checks;
    }

    /**
     * The answers that count, relevant and non-empty, in questionnaire order, taken from the answers
     * this evaluation was made of. It keeps only their codes: an evaluation is kept with its report
     * version (EvaluatedReports), and holding the values would keep every answer twice.
     */
    public Map<String, JsonNode> includedAnswers(Map<String, JsonNode> answers) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        included.forEach(code -> values.put(code, answers.get(code)));
        return values;
    }

    /** Share of relevant required questions answered validly, 0–100 (100 when nothing is required). */
    public int completionPercent() {
        return required == 0 ? 100 : (int) Math.floor(100.0 * requiredAnswered / required);
    }

    /** Each check with its errors said in a language of {@link org.unesco.oer.platform.Messages}. */
    public Map<String, QuestionCheck> checks(String language) {
        // an evaluation is shared by every reader of its report version (EvaluatedReports): say it once per language
        return said.computeIfAbsent(language, lang -> {
            Map<String, QuestionCheck> inLanguage = new LinkedHashMap<>();
            checks.forEach((code, check) -> inLanguage.put(code, check.state() != QuestionState.INVALID ? check
                    : new QuestionCheck(check.state(), check.excluded(),
                    issues.get(code).stream().map(i -> i.message().in(lang)).toList())));
            return new WrittenOnceMap<>(inLanguage);
        });
    }

    /** What blocks submission: missing required answers and invalid ones, with question code and number. */
    public List<Issue> blockingIssues() {
        List<Issue> blocking = new ArrayList<>();
        checks.forEach((code, check) -> {
            if (check.state() == QuestionState.MISSING || check.state() == QuestionState.INVALID) {
                blocking.addAll(issues.get(code));
            }
        });
        return blocking;
    }

    public List<String> hiddenAnswers() {
        return checks.entrySet().stream().filter(e -> e.getValue().excluded()).map(Map.Entry::getKey).toList();
    }
}
