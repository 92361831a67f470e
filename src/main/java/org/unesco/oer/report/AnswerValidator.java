package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.platform.Dates;
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

    public List<String> validate(Question q, JsonNode value) {
        List<String> errors = new ArrayList<>();
        if (q.type() == QuestionType.REPEATABLE_GROUP) {
            group(q, value, errors);
        } else {
            check(q.type(), q.constraints(), q.options(), value, "", errors);
        }
        return errors;
    }

    /** True when a value counts as no answer: null, blank text, empty list or object. */
    public static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isContainerNode() && value.isEmpty());
    }

    private void check(QuestionType type, Constraints c, List<Option> options, JsonNode v, String at, List<String> errors) {
        switch (type) {
            case YES_NO, YES_NO_NA, SINGLE_CHOICE -> {
                if (!v.isTextual() || !hasOption(options, v.asText())) {
                    errors.add(at + "must be one of the option codes " + codes(options) + " (option)");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (!v.isArray()) {
                    errors.add(at + "must be a list of option codes (type)");
                    return;
                }
                int optionCount = options == null ? 0 : options.size();
                if (v.size() > optionCount) {
                    // Checked first and alone, so that a list of 50,000 unknown codes costs nothing more.
                    errors.add(at + "has " + v.size() + " items but the question has only " + optionCount + " options (maxItems)");
                    return;
                }
                Set<String> seen = new HashSet<>();
                for (JsonNode item : v) {
                    if (!item.isTextual() || !hasOption(options, item.asText())) {
                        errors.add(at + "'" + item.asText() + "' is not one of " + codes(options) + " (option)");
                    } else if (!seen.add(item.asText())) {
                        errors.add(at + "'" + item.asText() + "' is chosen twice (unique)");
                    }
                }
                items(c, v.size(), at, errors);
            }
            case SHORT_TEXT -> text(v, c, SHORT_TEXT_MAX, at, errors);
            case LONG_TEXT -> text(v, c, LONG_TEXT_MAX, at, errors);
            case URL -> url(v, at, errors);
            case URL_LIST -> {
                if (!v.isArray()) {
                    errors.add(at + "must be a list of URLs (type)");
                    return;
                }
                if (tooMany(c, v.size(), at, errors)) {
                    return;
                }
                for (int i = 0; i < v.size(); i++) {
                    url(v.get(i), at + "[" + i + "] ", errors);
                }
                items(c, v.size(), at, errors);
            }
            case NUMBER -> number(v, c, at, errors);
            case DATE -> date(v, c, at, errors);
            case MEMBER_STATE -> {
                if (!v.isTextual() || !knownState.test(v.asText())) {
                    errors.add(at + "must be the ISO 3166-1 alpha-3 code of a Member State or Associate Member (member_state)");
                }
            }
            case CONTACT -> person(v, CONTACT_KEYS, true, at, errors);
            case PERSON_LIST -> {
                if (!v.isArray()) {
                    errors.add(at + "must be a list of persons (type)");
                    return;
                }
                if (tooMany(c, v.size(), at, errors)) {
                    return;
                }
                for (int i = 0; i < v.size(); i++) {
                    person(v.get(i), PERSON_KEYS, false, at + "[" + i + "] ", errors);
                }
                items(c, v.size(), at, errors);
            }
            case REPEATABLE_GROUP -> errors.add(at + "a group cannot be nested (type)");
        }
    }

    private void group(Question q, JsonNode v, List<String> errors) {
        if (!v.isArray()) {
            errors.add("must be a list of items (type)");
            return;
        }
        if (tooMany(q.constraints(), v.size(), "", errors)) {
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String at = "item " + (i + 1) + ": ";
            if (!item.isObject()) {
                errors.add(at + "must be an object keyed by field code (type)");
                continue;
            }
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (q.fields().stream().noneMatch(f -> f.code().equals(key))) {
                    errors.add(at + "unknown field '" + key + "' (field)");
                }
            }
            for (Field f : q.fields()) {
                JsonNode fv = item.get(f.code());
                if (isEmpty(fv)) {
                    if (f.required()) {
                        errors.add(at + f.code() + " is required (required)");
                    }
                } else {
                    check(f.type(), f.constraints(), f.options(), fv, at + f.code() + " ", errors);
                }
            }
        }
        items(q.constraints(), v.size(), "", errors);
    }

    private static void text(JsonNode v, Constraints c, int defaultMax, String at, List<String> errors) {
        if (!v.isTextual()) {
            errors.add(at + "must be text (type)");
            return;
        }
        int max = c != null && c.maxLength() != null ? c.maxLength() : defaultMax;
        int length = v.asText().codePointCount(0, v.asText().length());
        if (length > max) {
            errors.add(at + "is " + length + " characters long; at most " + max + " are allowed (maxLength)");
        }
    }

    private static void url(JsonNode v, String at, List<String> errors) {
        if (!v.isTextual() || !isWebUrl(v.asText())) {
            errors.add(at + "must be an absolute http or https URL (url)");
        } else if (v.asText().length() > 2000) {
            errors.add(at + "is longer than 2000 characters (maxLength)");
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

    private static void number(JsonNode v, Constraints c, String at, List<String> errors) {
        if (!v.isNumber()) {
            errors.add(at + "must be a number (type)");
            return;
        }
        if ((v.isDouble() || v.isFloat()) && !Double.isFinite(v.doubleValue())) {
            errors.add(at + "is too large; numbers lie between -" + NUMBER_LIMIT.toPlainString() + " and " + NUMBER_LIMIT.toPlainString() + " (range)");
            return;
        }
        BigDecimal n = v.decimalValue();
        if (n.abs().compareTo(NUMBER_LIMIT) > 0) {
            errors.add(at + "must lie between -" + NUMBER_LIMIT.toPlainString() + " and " + NUMBER_LIMIT.toPlainString() + " (range)");
            return;
        }
        if (c == null) {
            return;
        }
        if (Boolean.TRUE.equals(c.integer()) && n.stripTrailingZeros().scale() > 0) {
            errors.add(at + "must be a whole number (integer)");
        }
        if (c.min() != null && n.compareTo(c.min()) < 0) {
            errors.add(at + "must be at least " + c.min().toPlainString() + " (min)");
        }
        if (c.max() != null && n.compareTo(c.max()) > 0) {
            errors.add(at + "must be at most " + c.max().toPlainString() + " (max)");
        }
    }

    private static void date(JsonNode v, Constraints c, String at, List<String> errors) {
        LocalDate date = v.isTextual() ? Dates.parse(v.asText()) : null;
        if (date == null) {
            errors.add(at + Dates.RULE);
            return;
        }
        if (c != null && c.minDate() != null && date.isBefore(c.minDate())) {
            errors.add(at + "must not be before " + c.minDate() + " (minDate)");
        }
        if (c != null && c.maxDate() != null && date.isAfter(c.maxDate())) {
            errors.add(at + "must not be after " + c.maxDate() + " (maxDate)");
        }
    }

    private static void person(JsonNode v, Set<String> keys, boolean contact, String at, List<String> errors) {
        if (!v.isObject()) {
            errors.add(at + "must be an object with " + keys + " (type)");
            return;
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                errors.add(at + "unknown field '" + key + "' (field)");
            } else if (!v.get(key).isTextual() && !v.get(key).isNull()) {
                errors.add(at + key + " must be text (type)");
            } else if (v.get(key).asText().length() > COMPONENT_MAX) {
                errors.add(at + key + " is longer than " + COMPONENT_MAX + " characters (maxLength)");
            }
        }
        if (isEmpty(v.get("name"))) {
            errors.add(at + "name is required (required)");
        }
        if (contact) {
            if (isEmpty(v.get("email"))) {
                errors.add(at + "email is required (required)");
            } else if (!EMAIL.matcher(v.get("email").asText()).matches()) {
                errors.add(at + "email is not an e-mail address (email)");
            }
        }
    }

    /** Too many items to look at one by one: reported alone, so the work stays bounded. */
    private static boolean tooMany(Constraints c, int size, String at, List<String> errors) {
        int max = c != null && c.maxItems() != null ? Math.min(c.maxItems(), LIST_MAX) : LIST_MAX;
        if (size > max) {
            errors.add(at + "has " + size + " items; at most " + max + " are allowed (maxItems)");
            return true;
        }
        return false;
    }

    private static void items(Constraints c, int size, String at, List<String> errors) {
        if (c == null) {
            return;
        }
        if (c.maxItems() != null && size > c.maxItems()) {
            errors.add(at + "has " + size + " items; at most " + c.maxItems() + " are allowed (maxItems)");
        }
        if (c.minItems() != null && size > 0 && size < c.minItems()) {
            errors.add(at + "has " + size + " items; at least " + c.minItems() + " are needed (minItems)");
        }
    }

    private static boolean hasOption(List<Option> options, String code) {
        return options != null && options.stream().anyMatch(o -> o.code().equals(code));
    }

    private static List<String> codes(List<Option> options) {
        return options == null ? List.of() : options.stream().map(Option::code).toList();
    }
}
