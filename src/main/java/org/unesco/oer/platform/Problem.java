package org.unesco.oer.platform;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem detail. {@code violations} lists field-level causes of a 400. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:oer-reporting:problem:";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(slug == null ? "about:blank" : TYPE_PREFIX + slug, title, status, detail, null, List.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, list);
    }

    /** One violated rule: where (a parameter, a field or a question code) and what. */
    public record Violation(String field, String message) {
    }
}
