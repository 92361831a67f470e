package org.unesco.oer.platform;

import jakarta.validation.ConstraintViolation;

import java.util.Map;

/**
 * Bean Validation violations in the bundles' words. A constraint whose message is a bundle key in
 * braces ({@code message = "{violation.alpha3}"}) says that text; the standard constraints say
 * {@code violation.bean.<Constraint>} with the constraint's attributes; a constraint with a literal
 * English message of its own keeps it in English and says the generic text of its rule otherwise.
 * The code is the rule's: required, size, pattern, email, min, max, or the key's second part.
 */
final class BeanViolations {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NotNull", "required"), Map.entry("NotBlank", "required"), Map.entry("NotEmpty", "required"),
            Map.entry("Size", "size"), Map.entry("Pattern", "pattern"), Map.entry("Email", "email"),
            Map.entry("Min", "min"), Map.entry("Max", "max"), Map.entry("DecimalMin", "min"), Map.entry("DecimalMax", "max"),
            Map.entry("Positive", "min"), Map.entry("PositiveOrZero", "min"), Map.entry("Negative", "max"),
            Map.entry("NegativeOrZero", "max"), Map.entry("Past", "past"), Map.entry("PastOrPresent", "past"),
            Map.entry("Future", "future"), Map.entry("FutureOrPresent", "future"));

    private BeanViolations() {
    }

    static Issue issue(String field, ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String code = CODES.getOrDefault(constraint, "invalid");
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String template = v.getMessageTemplate();
        if (template != null && template.startsWith("{violation.") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            return Issue.of(field, key.split("\\.")[1], Message.of(key));
        }
        String key = "violation.bean." + constraint;
        boolean standard = template != null && template.startsWith("{jakarta.validation.constraints.");
        if (!standard || !Messages.bundle(Messages.FALLBACK).containsKey(key)) {
            // A literal message of the DTO's own, or a constraint the bundles do not know.
            return Issue.of(field, code, Message.of("violation.bean.literal", v.getMessage(), Message.of("violation.bean.generic." + code)));
        }
        return Issue.of(field, code, Message.of(key, attributes.get("min"), attributes.get("max"), attributes.get("value"),
                attributes.get("regexp")));
    }
}
