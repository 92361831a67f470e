package org.unesco.oer.platform;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The configured languages ({@code oer.languages}) and the choice of a response language from
 * {@code ?lang=} or, failing that, {@code Accept-Language}. An explicit language that is not
 * configured is a 400 naming the supported ones; a header is lenient and falls back to English.
 */
@ApplicationScoped
@Startup
public class Languages {

    public static final String FALLBACK = "en";
    private static final Pattern CODE = Pattern.compile("^[a-z]{2}$");

    @Inject
    LanguageConfig config;

    private List<String> supported;

    @PostConstruct
    void check() {
        List<String> codes = config.supported().stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        if (codes.stream().anyMatch(c -> !CODE.matcher(c).matches()) || new HashSet<>(codes).size() != codes.size()) {
            throw new IllegalStateException("oer.languages: must be distinct two-letter ISO 639-1 codes, got " + codes);
        }
        if (!codes.contains(FALLBACK)) {
            throw new IllegalStateException("oer.languages: must include " + FALLBACK + " (the fallback of Accept-Language)");
        }
        supported = List.copyOf(codes);
    }

    /** The supported languages, in their configured order. */
    public List<String> supported() {
        return supported;
    }

    public boolean isSupported(String code) {
        return supported.contains(code);
    }

    /** The language to answer in: an explicit {@code lang} must be supported (else 400); a header falls back. */
    public String resolve(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return require("lang", lang);
        }
        return served(requested(null, acceptLanguage, supported), supported);
    }

    /** A language given by a client (a parameter or a body field): supported, or a 400 listing the supported ones. */
    public String require(String field, String lang) {
        String code = lang.trim().toLowerCase(Locale.ROOT);
        if (!supported.contains(code)) {
            throw new InvalidRequestException(field, "unsupported-language", lang.strip(), String.join(", ", supported));
        }
        return code;
    }

    /** The language asked for: an explicit, well-formed {@code lang}, else the first supported Accept-Language. */
    public static String requested(String lang, String acceptLanguage, List<String> supported) {
        if (lang != null && !lang.isBlank()) {
            String code = lang.trim().toLowerCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new InvalidRequestException("lang", "language-code");
            }
            return code;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (supported.contains(code)) {
                        return code;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header is not worth a 400: fall back
            }
        }
        return FALLBACK;
    }

    /** The text of a language-keyed map in {@code language}; English only when that language has none (a row older than the language). */
    public static String text(Map<String, String> texts, String language) {
        if (texts == null) {
            return null;
        }
        String text = texts.get(language);
        return text != null ? text : texts.get(FALLBACK);
    }

    /** The texts of a language-keyed map in the given languages, in their order (other keys dropped). */
    public static Map<String, String> inOrder(Map<String, String> texts, List<String> languages) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String language : languages) {
            if (texts != null && texts.get(language) != null) {
                ordered.put(language, texts.get(language));
            }
        }
        return ordered;
    }

    /** The language served: the requested one if supported, else the fallback. */
    public static String served(String requested, List<String> supported) {
        return supported.contains(requested) ? requested : FALLBACK;
    }
}
