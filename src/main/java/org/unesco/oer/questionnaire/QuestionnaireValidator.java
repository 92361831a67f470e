package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a questionnaire file against the rules of {@code questionnaire/README.md} and reports
 * every problem with its JSON path, so that one run shows everything to fix.
 */
final class QuestionnaireValidator {

    private static final Pattern SECTION_OR_QUESTION_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    private static final Pattern OPTION_CODE = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
    private static final Pattern VERSION = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}$");
    private static final Set<String> AREAS = Set.of("general", "i", "ii", "iii", "iv", "v", "monitoring");
    private static final Set<String> ORIGINS = Set.of("recovered", "reconstructed");
    private static final Set<String> COMPONENTS = Set.of("name", "title", "institution", "email", "phone");
    private static final Set<String> ROOT_KEYS = Set.of("format", "id", "version", "title", "languages", "components", "sections", "indicators");
    private static final Set<String> SECTION_KEYS = Set.of("code", "title", "description", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("code", "number", "type", "label", "help", "reference", "required",
            "origin", "relevance", "constraints", "options", "fields", "width");
    private static final Set<String> FIELD_KEYS = Set.of("code", "type", "label", "help", "required", "constraints", "options");
    private static final Set<String> INDICATOR_KEYS = Set.of("code", "headline", "label", "description", "question", "values");
    private static final Set<String> CONSTRAINT_KEYS = Set.of("maxLength", "minItems", "maxItems", "min", "max", "integer", "minDate", "maxDate");

    private final List<String> problems = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final Map<String, JsonNode> questionsByCode = new HashMap<>();

    static List<String> validate(JsonNode root) {
        QuestionnaireValidator v = new QuestionnaireValidator();
        v.root(root);
        return v.problems;
    }

    private void root(JsonNode root) {
        if (!root.isObject()) {
            problem("$", "must be a JSON object");
            return;
        }
        keys(root, "$", ROOT_KEYS);
        if (!root.path("format").isInt() || root.path("format").asInt() != 1) {
            problem("$.format", "must be 1");
        }
        nonBlank(root, "$", "id");
        if (!root.path("version").isTextual() || !VERSION.matcher(root.path("version").asText()).matches()) {
            problem("$.version", "must match " + VERSION.pattern());
        }
        JsonNode langs = root.path("languages");
        if (!langs.isArray() || langs.isEmpty()) {
            problem("$.languages", "must list at least one language");
        } else {
            for (int i = 0; i < langs.size(); i++) {
                String code = langs.get(i).asText("");
                if (!LANGUAGE.matcher(code).matches() || languages.contains(code)) {
                    problem("$.languages[" + i + "]", "must be a distinct two-letter language code");
                } else {
                    languages.add(code);
                }
            }
        }
        text(root.get("title"), "$.title", true);
        JsonNode components = root.path("components");
        if (!components.isObject()) {
            problem("$.components", "must give the labels of " + COMPONENTS);
        } else {
            keys(components, "$.components", COMPONENTS);
            COMPONENTS.stream().sorted().forEach(c -> text(components.get(c), "$.components." + c, true));
        }
        sections(root.path("sections"));
        indicators(root.path("indicators"));
    }

    private void sections(JsonNode sections) {
        if (!sections.isArray() || sections.isEmpty()) {
            problem("$.sections", "must list at least one section");
            return;
        }
        Set<String> sectionCodes = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            JsonNode section = sections.get(s);
            String at = "$.sections[" + s + "]";
            if (!section.isObject()) {
                problem(at, "must be an object");
                continue;
            }
            keys(section, at, SECTION_KEYS);
            code(section, at, SECTION_OR_QUESTION_CODE, sectionCodes, "section");
            text(section.get("title"), at + ".title", true);
            text(section.get("description"), at + ".description", false);
            JsonNode questions = section.path("questions");
            if (!questions.isArray() || questions.isEmpty()) {
                problem(at + ".questions", "must list at least one question");
                continue;
            }
            for (int q = 0; q < questions.size(); q++) {
                question(questions.get(q), at + ".questions[" + q + "]");
            }
        }
    }

    private void question(JsonNode q, String at) {
        if (!q.isObject()) {
            problem(at, "must be an object");
            return;
        }
        keys(q, at, QUESTION_KEYS);
        String code = q.path("code").asText("");
        if (!SECTION_OR_QUESTION_CODE.matcher(code).matches()) {
            problem(at + ".code", "must match " + SECTION_OR_QUESTION_CODE.pattern());
        } else if (questionsByCode.containsKey(code)) {
            problem(at + ".code", "duplicate question code '" + code + "'");
        }
        QuestionType type = type(q, at, false);
        text(q.get("label"), at + ".label", true);
        text(q.get("help"), at + ".help", false);
        if (q.has("number") && !q.get("number").isTextual()) {
            problem(at + ".number", "must be a string");
        }
        if (q.has("required") && !q.get("required").isBoolean()) {
            problem(at + ".required", "must be true or false");
        }
        if (!ORIGINS.contains(q.path("origin").asText(""))) {
            problem(at + ".origin", "must be one of " + ORIGINS);
        }
        if (q.has("width") && (!q.get("width").isInt() || q.get("width").asInt() < 1 || q.get("width").asInt() > 255)) {
            problem(at + ".width", "must be a whole number of characters from 1 to 255");
        }
        reference(q.get("reference"), at + ".reference");
        constraints(q.get("constraints"), at + ".constraints");
        options(q, type, at);
        if (type == QuestionType.REPEATABLE_GROUP) {
            fields(q.path("fields"), at + ".fields");
        } else if (q.has("fields")) {
            problem(at + ".fields", "only a repeatable_group has fields");
        }
        // Relevance may only point backwards: no cycles, and respondents see the condition first.
        relevance(q.get("relevance"), at + ".relevance", code);
        if (!code.isEmpty() && !questionsByCode.containsKey(code)) {
            questionsByCode.put(code, q);
        }
    }

    private QuestionType type(JsonNode node, String at, boolean field) {
        String name = node.path("type").asText("");
        QuestionType type = QuestionType.fromCode(name).orElse(null);
        if (type == null) {
            problem(at + ".type", "unknown type '" + name + "'");
        } else if (field && !type.isGroupField()) {
            problem(at + ".type", "type '" + name + "' cannot be a field of a repeatable group");
        }
        return type;
    }

    private void options(JsonNode q, QuestionType type, String at) {
        if (type == null) {
            return;
        }
        JsonNode options = q.get("options");
        if (!type.isChoice()) {
            if (options != null) {
                problem(at + ".options", "type '" + type.code() + "' takes no options");
            }
            return;
        }
        if (options == null || !options.isArray() || options.isEmpty()) {
            problem(at + ".options", "type '" + type.code() + "' needs options");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int o = 0; o < options.size(); o++) {
            JsonNode option = options.get(o);
            String oat = at + ".options[" + o + "]";
            keys(option, oat, Set.of("code", "label"));
            code(option, oat, OPTION_CODE, codes, "option");
            text(option.get("label"), oat + ".label", true);
        }
        Set<String> expected = switch (type) {
            case YES_NO -> Set.of("yes", "no");
            case YES_NO_NA -> Set.of("yes", "no", "not_applicable");
            default -> null;
        };
        if (expected != null && !codes.equals(expected)) {
            problem(at + ".options", "type '" + type.code() + "' takes exactly the options " + expected);
        }
    }

    private void fields(JsonNode fields, String at) {
        if (!fields.isArray() || fields.isEmpty()) {
            problem(at, "a repeatable_group needs at least one field");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int f = 0; f < fields.size(); f++) {
            JsonNode field = fields.get(f);
            String fat = at + "[" + f + "]";
            keys(field, fat, FIELD_KEYS);
            code(field, fat, SECTION_OR_QUESTION_CODE, codes, "field");
            QuestionType type = type(field, fat, true);
            text(field.get("label"), fat + ".label", true);
            text(field.get("help"), fat + ".help", false);
            constraints(field.get("constraints"), fat + ".constraints");
            options(field, type, fat);
        }
    }

    private void relevance(JsonNode relevance, String at, String ownCode) {
        if (relevance == null) {
            return;
        }
        String target = relevance.path("question").asText("");
        JsonNode values = relevance.path("values");
        keys(relevance, at, Set.of("question", "values"));
        if (target.equals(ownCode)) {
            problem(at + ".question", "a question cannot depend on itself");
            return;
        }
        JsonNode referenced = questionsByCode.get(target);
        if (referenced == null) {
            problem(at + ".question", "refers to '" + target + "', which is not an earlier question");
            return;
        }
        optionValues(referenced, values, at + ".values");
    }

    private void indicators(JsonNode indicators) {
        if (indicators.isMissingNode()) {
            return;
        }
        if (!indicators.isArray()) {
            problem("$.indicators", "must be an array");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode indicator = indicators.get(i);
            String at = "$.indicators[" + i + "]";
            keys(indicator, at, INDICATOR_KEYS);
            code(indicator, at, SECTION_OR_QUESTION_CODE, codes, "indicator");
            text(indicator.get("label"), at + ".label", true);
            text(indicator.get("description"), at + ".description", false);
            if (indicator.has("headline") && !indicator.get("headline").isBoolean()) {
                problem(at + ".headline", "must be true or false");
            }
            String target = indicator.path("question").asText("");
            JsonNode referenced = questionsByCode.get(target);
            if (referenced == null) {
                problem(at + ".question", "refers to missing question '" + target + "'");
            } else {
                optionValues(referenced, indicator.path("values"), at + ".values");
            }
        }
    }

    /** Values must be option codes of a choice question. */
    private void optionValues(JsonNode question, JsonNode values, String at) {
        QuestionType type = QuestionType.fromCode(question.path("type").asText("")).orElse(null);
        String code = question.path("code").asText();
        if (type == null || !type.isChoice()) {
            problem(at, "question '" + code + "' is not a choice question, so it has no values to match");
            return;
        }
        if (!values.isArray() || values.isEmpty()) {
            problem(at, "must list at least one option code");
            return;
        }
        Set<String> known = new HashSet<>();
        question.path("options").forEach(o -> known.add(o.path("code").asText()));
        for (int v = 0; v < values.size(); v++) {
            if (!known.contains(values.get(v).asText(""))) {
                problem(at + "[" + v + "]", "'" + values.get(v).asText() + "' is not an option of question '" + code + "'");
            }
        }
    }

    private void reference(JsonNode reference, String at) {
        if (reference == null) {
            return;
        }
        keys(reference, at, Set.of("area", "paragraph", "items"));
        if (!AREAS.contains(reference.path("area").asText(""))) {
            problem(at + ".area", "must be one of " + AREAS);
        }
        int paragraph = reference.path("paragraph").asInt(0);
        boolean optional = "general".equals(reference.path("area").asText()) && !reference.has("paragraph");
        if (!optional && (!reference.path("paragraph").isInt() || paragraph < 1 || paragraph > 16)) {
            problem(at + ".paragraph", "must be a paragraph number of the Recommendation (1 to 16)");
        }
        JsonNode items = reference.get("items");
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).asText("").matches("^[a-z]{1,2}$")) {
                    problem(at + ".items[" + i + "]", "must be a sub-paragraph letter such as b");
                }
            }
        }
    }

    private void constraints(JsonNode constraints, String at) {
        if (constraints == null) {
            return;
        }
        keys(constraints, at, CONSTRAINT_KEYS);
        for (String key : List.of("maxLength", "minItems", "maxItems")) {
            if (constraints.has(key) && (!constraints.get(key).isInt() || constraints.get(key).asInt() < 0)) {
                problem(at + "." + key, "must be a whole number ≥ 0");
            }
        }
        for (String key : List.of("min", "max")) {
            if (constraints.has(key) && !constraints.get(key).isNumber()) {
                problem(at + "." + key, "must be a number");
            }
        }
        for (String key : List.of("minDate", "maxDate")) {
            if (constraints.has(key) && !constraints.get(key).asText("").matches("^\\d{4}-\\d{2}-\\d{2}$")) {
                problem(at + "." + key, "must be a date YYYY-MM-DD");
            }
        }
    }

    private void code(JsonNode node, String at, Pattern pattern, Set<String> seen, String what) {
        String code = node.path("code").asText("");
        if (!pattern.matcher(code).matches()) {
            problem(at + ".code", "must match " + pattern.pattern());
        } else if (!seen.add(code)) {
            problem(at + ".code", "duplicate " + what + " code '" + code + "'");
        }
    }

    /** A text must exist, non-blank, in every declared language and in no other. */
    private void text(JsonNode text, String at, boolean required) {
        if (text == null) {
            if (required) {
                problem(at, "missing");
            }
            return;
        }
        if (!text.isObject()) {
            problem(at, "must be an object from language code to text");
            return;
        }
        for (String language : languages) {
            if (!text.path(language).isTextual() || text.path(language).asText().isBlank()) {
                problem(at + "." + language, "missing translation");
            }
        }
        text.fieldNames().forEachRemaining(language -> {
            if (!languages.contains(language)) {
                problem(at + "." + language, "language '" + language + "' is not declared in $.languages");
            }
        });
    }

    private void nonBlank(JsonNode node, String at, String key) {
        if (!node.path(key).isTextual() || node.path(key).asText().isBlank()) {
            problem(at + "." + key, "must be a non-empty string");
        }
    }

    private void keys(JsonNode node, String at, Set<String> allowed) {
        if (!node.isObject()) {
            problem(at, "must be an object");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problem(at + "." + key, "unknown key");
            }
        }
    }

    private void problem(String path, String message) {
        problems.add(path + ": " + message);
    }
}
