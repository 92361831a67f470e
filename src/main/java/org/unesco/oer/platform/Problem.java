package org.unesco.oer.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code violations} lists field-level causes of a 400/422;
 * {@code extensions} are further members at the top level (for example a 409's conflicts).
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final int MAX_VIOLATIONS = 100;
    private static final String TYPE_PREFIX = "urn:oer-reporting:problem:";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(slug == null ? "about:blank" : TYPE_PREFIX + slug, title, status, detail, null, List.of(), Map.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations, extensions);
    }

    /** At most {@link #MAX_VIOLATIONS} are listed; beyond that {@code violationCount} says how many there were. */
    public Problem withViolations(List<Violation> list) {
        if (list.size() > MAX_VIOLATIONS) {
            return new Problem(type, title, status, detail, instance, List.copyOf(list.subList(0, MAX_VIOLATIONS)), extensions)
                    .withExtension("violationCount", list.size());
        }
        return new Problem(type, title, status, detail, instance, list, extensions);
    }

    /** "field: message; …" of the first {@link #MAX_VIOLATIONS}, in linear time, with how many more there were. */
    public static String summary(List<Violation> violations) {
        return summary(Messages.FALLBACK, violations);
    }

    /** The summary in a language of {@link Messages}. */
    public static String summary(String language, List<Violation> violations) {
        String separator = Messages.text(language, "summary.separator");
        StringBuilder text = new StringBuilder();
        for (Violation v : violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS))) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(Messages.text(language, "summary.item", v.field(), v.message()));
        }
        if (violations.size() > MAX_VIOLATIONS) {
            text.append(separator).append(Messages.text(language, "summary.more", violations.size() - MAX_VIOLATIONS));
        }
        return text.toString();
    }

    public Problem withExtension(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, violations, more);
    }

    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("title", title);
        json.put("status", status);
        if (detail != null) {
            json.put("detail", detail);
        }
        if (instance != null) {
            json.put("instance", instance);
        }
        if (!violations.isEmpty()) {
            json.put("violations", violations);
        }
        json.putAll(extensions);
        return json;
    }

    /**
     * One violated rule: where (a parameter, a field or a question code), what (in the language asked),
     * the rule's stable machine {@code code} and, for a question, its {@code number} as printed on the form.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String message, String code, String number) {

        public Violation(String field, String message) {
            this(field, message, null, null);
        }
    }
}
