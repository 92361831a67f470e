package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.platform.Dates;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Message;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Constraints;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Field;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Option;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks an answer value against its question's type and constraints. Each message names the
 * rule broken, so the focal point knows what to fix. Emptiness is not an error here: required
 * questions are checked at submission.
 */
public final class AnswerValidator {

    static final int SHORT_TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 100_000;
    private static final int COMPONENT_MAX = 500;
    /** Lists without a maxItems of their own (URLs, persons, group items) hold at most this many. */
    public static final int LIST_MAX = 100;
    /** Numbers beyond ±10^15 are not exact in a double, a spreadsheet cell or most clients. */
    public static final BigDecimal NUMBER_LIMIT = new BigDecimal("1E15");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> CONTACT_KEYS = Set.of("name", "title", "institution", "email", "phone");
    private static final Set<String> PERSON_KEYS = Set.of("name", "title", "institution");

    private final Predicate<String> knownState;

    public AnswerValidator(Predicate<String> knownState) {
        this.knownState = knownState;
    }

    /** The rules the value breaks, each with the question's code and number as printed on the form. */
    public List<Issue> issues(Question q, JsonNode value) {
        return rules(q, value).stream().map(r -> new Issue(q.code(), q.number(), r.code(), r.message())).toList();
    }

    /** The rules the value breaks: machine code and message (said in a language only when answered). */
    public List<Rule> rules(Question q, JsonNode value) {
        List<Rule> errors = new ArrayList<>();
        if (q.type() == QuestionType.REPEATABLE_GROUP) {
            group(q, value, errors);
        } else {
            check(q.type(), q.constraints(), q.options(), value, At.TOP, errors);
        }
        return errors;
    }

    /** One broken rule; the code is the second part of the message key {@code violation.<code>[.<variant>]}. */
    public record Rule(String code, Message message) {
    }

    /** Where in the value a rule is broken: the whole value, a group item, a field of it, a list item. */
    private record At(At outer, String key, Object where) {
        static final At TOP = new At(null, null, null);

        At item(int number) {
            return new At(this, "at.item", number);
        }

        At field(String code) {
            return new At(this, "at.field", code);
        }

        At index(int i) {
            return new At(this, "at.index", i);
        }

        Message wrap(Message inner) {
            return outer == null ? inner : outer.wrap(Message.of(key, where, inner));
        }

        void add(List<Rule> errors, String key, Object... args) {
            errors.add(new Rule(key.split("\\.")[1], wrap(Message.of(key, args))));
        }
    }

    /** True when a value counts as no answer: null, blank text, empty list or object. */
    public static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isContainerNode() && value.isEmpty());
    }

    private void check(QuestionType type, Constraints c, List<Option> options, JsonNode v, At at, List<Rule> errors) {
        switch (type) {
            case YES_NO, YES_NO_NA, SINGLE_CHOICE -> {
                if (!v.isTextual() || !hasOption(options, v.asText())) {
                    at.add(errors, "violation.not-an-option", codes(options).toString());
                }
            }
            case MULTIPLE_CHOICE -> {
                if (!v.isArray()) {
                    at.add(errors, "violation.type.option-list");
                    return;
                }
                int optionCount = options == null ? 0 : options.size();
                if (v.size() > optionCount) {
                    // Checked first and alone, so that a list of 50,000 unknown codes costs nothing more.
                    at.add(errors, "violation.max-items.options", v.size(), optionCount);
                    return;
                }
                Set<String> seen = new HashSet<>();
                for (JsonNode item : v) {
                    if (!item.isTextual() || !hasOption(options, item.asText())) {
                        at.add(errors, "violation.not-an-option.item", item.asText(), codes(options).toString());
                    } else if (!seen.add(item.asText())) {
                        at.add(errors, "violation.unique", item.asText());
                    }
                }
                items(c, v.size(), at, errors);
            }
            case SHORT_TEXT -> text(v, c, SHORT_TEXT_MAX, at, errors);
            case LONG_TEXT -> text(v, c, LONG_TEXT_MAX, at, errors);
            case URL -> url(v, at, errors);
            case URL_LIST -> {
                if (!v.isArray()) {
                    at.add(errors, "violation.type.url-list");
                    return;
                }
                if (tooMany(c, v.size(), at, errors)) {
                    return;
                }
                for (int i = 0; i < v.size(); i++) {
                    url(v.get(i), at.index(i), errors);
                }
                items(c, v.size(), at, errors);
            }
            case NUMBER -> number(v, c, at, errors);
            case DATE -> date(v, c, at, errors);
            case MEMBER_STATE -> {
                if (!v.isTextual() || !knownState.test(v.asText())) {
                    at.add(errors, "violation.member-state");
                }
            }
            case CONTACT -> person(v, CONTACT_KEYS, true, at, errors);
            case PERSON_LIST -> {
                if (!v.isArray()) {
                    at.add(errors, "violation.type.person-list");
                    return;
                }
                if (tooMany(c, v.size(), at, errors)) {
                    return;
                }
                for (int i = 0; i < v.size(); i++) {
                    person(v.get(i), PERSON_KEYS, false, at.index(i), errors);
                }
                items(c, v.size(), at, errors);
            }
            case REPEATABLE_GROUP -> at.add(errors, "violation.type.nested-group");
        }
    }

    private void group(Question q, JsonNode v, List<Rule> errors) {
        if (!v.isArray()) {
            At.TOP.add(errors, "violation.type.group");
            return;
        }
        if (tooMany(q.constraints(), v.size(), At.TOP, errors)) {
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            At at = At.TOP.item(i + 1);
            if (!item.isObject()) {
                at.add(errors, "violation.type.group-item");
                continue;
            }
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (q.fields().stream().noneMatch(f -> f.code().equals(key))) {
                    at.add(errors, "violation.unknown-field.member", key);
                }
            }
            for (Field f : q.fields()) {
                JsonNode fv = item.get(f.code());
                if (isEmpty(fv)) {
                    if (f.required()) {
                        at.field(f.code()).add(errors, "violation.required.field");
                    }
                } else {
                    check(f.type(), f.constraints(), f.options(), fv, at.field(f.code()), errors);
                }
            }
        }
        items(q.constraints(), v.size(), At.TOP, errors);
    }

    private static void text(JsonNode v, Constraints c, int defaultMax, At at, List<Rule> errors) {
        if (!v.isTextual()) {
            at.add(errors, "violation.type.text");
            return;
        }
        int max = c != null && c.maxLength() != null ? c.maxLength() : defaultMax;
        int length = v.asText().codePointCount(0, v.asText().length());
        if (length > max) {
            at.add(errors, "violation.max-length", length, max);
        }
    }

    private static void url(JsonNode v, At at, List<Rule> errors) {
        if (!v.isTextual() || !isWebUrl(v.asText())) {
            at.add(errors, "violation.url");
        } else if (v.asText().length() > 2000) {
            at.add(errors, "violation.max-length.chars", 2000);
        }
    }

    static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void number(JsonNode v, Constraints c, At at, List<Rule> errors) {
        if (!v.isNumber()) {
            at.add(errors, "violation.type.number");
            return;
        }
        if ((v.isDouble() || v.isFloat()) && !Double.isFinite(v.doubleValue())) {
            at.add(errors, "violation.range.infinite", NUMBER_LIMIT.toPlainString());
            return;
        }
        BigDecimal n = v.decimalValue();
        if (n.abs().compareTo(NUMBER_LIMIT) > 0) {
            at.add(errors, "violation.range", NUMBER_LIMIT.toPlainString());
            return;
        }
        if (c == null) {
            return;
        }
        if (Boolean.TRUE.equals(c.integer()) && n.stripTrailingZeros().scale() > 0) {
            at.add(errors, "violation.integer");
        }
        if (c.min() != null && n.compareTo(c.min()) < 0) {
            at.add(errors, "violation.min", c.min().toPlainString());
        }
        if (c.max() != null && n.compareTo(c.max()) > 0) {
            at.add(errors, "violation.max", c.max().toPlainString());
        }
    }

    private static void date(JsonNode v, Constraints c, At at, List<Rule> errors) {
        LocalDate date = v.isTextual() ? Dates.parse(v.asText()) : null;
        if (date == null) {
            at.add(errors, "violation.date", Dates.EARLIEST, Dates.LATEST);
            return;
        }
        if (c != null && c.minDate() != null && date.isBefore(c.minDate())) {
            at.add(errors, "violation.min-date", c.minDate());
        }
        if (c != null && c.maxDate() != null && date.isAfter(c.maxDate())) {
            at.add(errors, "violation.max-date", c.maxDate());
        }
    }

    private static void person(JsonNode v, Set<String> keys, boolean contact, At at, List<Rule> errors) {
        if (!v.isObject()) {
            at.add(errors, "violation.type.person", keys.toString());
            return;
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                at.add(errors, "violation.unknown-field.member", key);
            } else if (!v.get(key).isTextual() && !v.get(key).isNull()) {
                at.field(key).add(errors, "violation.type.text");
            } else if (v.get(key).asText().length() > COMPONENT_MAX) {
                at.field(key).add(errors, "violation.max-length.chars", COMPONENT_MAX);
            }
        }
        if (isEmpty(v.get("name"))) {
            at.field("name").add(errors, "violation.required.field");
        }
        if (contact) {
            if (isEmpty(v.get("email"))) {
                at.field("email").add(errors, "violation.required.field");
            } else if (!EMAIL.matcher(v.get("email").asText()).matches()) {
                at.field("email").add(errors, "violation.email");
            }
        }
    }

    /** Too many items to look at one by one: reported alone, so the work stays bounded. */
    private static boolean tooMany(Constraints c, int size, At at, List<Rule> errors) {
        int max = c != null && c.maxItems() != null ? Math.min(c.maxItems(), LIST_MAX) : LIST_MAX;
        if (size > max) {
            at.add(errors, "violation.max-items", size, max);
            return true;
        }
        return false;
    }

    private static void items(Constraints c, int size, At at, List<Rule> errors) {
        if (c == null) {
            return;
        }
        if (c.maxItems() != null && size > c.maxItems()) {
            at.add(errors, "violation.max-items", size, c.maxItems());
        }
        if (c.minItems() != null && size > 0 && size < c.minItems()) {
            at.add(errors, "violation.min-items", size, c.minItems());
        }
    }

    private static boolean hasOption(List<Option> options, String code) {
        return options != null && options.stream().anyMatch(o -> o.code().equals(code));
    }

    private static List<String> codes(List<Option> options) {
        return options == null ? List.of() : options.stream().map(Option::code).toList();
    }
}
