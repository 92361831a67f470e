package org.unesco.oer.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unesco.oer.platform.Languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The registry's words in every configured language, one file per language on the classpath:
 * {@code terms/<lang>.json}, a flat map with the keys {@code region.<CODE>}, {@code state.<CODE>},
 * {@code membership.<code>}, {@code report_status.<code>}, {@code timeliness.<code>} and, optionally,
 * {@code cycle.<code>} (a title for a cycle that lacks one in that language). {@code terms/en.json}
 * is the reference: every configured language must have every one of its keys (except cycle titles)
 * and no key it lacks; a gap fails the start-up naming the file and the key.
 */
@ApplicationScoped
public class RegistryTerms {

    static final String DIRECTORY = "terms/";
    private static final String REFERENCE = Languages.FALLBACK;

    @Inject
    Languages languages;
    @Inject
    ObjectMapper mapper;

    private volatile Map<String, Map<String, String>> byLanguage;

    /** Every configured language's terms, read and checked once (at start-up, by the registry loader). */
    public Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> terms = byLanguage;
        if (terms == null) {
            synchronized (this) {
                if (byLanguage == null) {
                    byLanguage = load();
                }
                terms = byLanguage;
            }
        }
        return terms;
    }

    /** One term in one language, e.g. {@code text("membership.member", "zh")}. */
    public String text(String key, String language) {
        Map<String, String> terms = all().get(language);
        return terms == null ? null : terms.get(key);
    }

    /** The terms of one group ({@code membership}, {@code report_status}, …) in one language, in file order. */
    public Map<String, String> group(String group, String language) {
        Map<String, String> out = new LinkedHashMap<>();
        all().get(language).forEach((key, text) -> {
            if (key.startsWith(group + ".")) {
                out.put(key.substring(group.length() + 1), text);
            }
        });
        return out;
    }

    private Map<String, Map<String, String>> load() {
        Map<String, String> reference = read(REFERENCE);
        Map<String, Map<String, String>> terms = new LinkedHashMap<>();
        for (String language : languages.supported()) {
            Map<String, String> texts = language.equals(REFERENCE) ? reference : read(language);
            List<String> problems = new ArrayList<>();
            for (String key : reference.keySet()) {
                if (!key.startsWith("cycle.") && (texts.get(key) == null || texts.get(key).isBlank())) {
                    problems.add(key + ": missing text");
                }
            }
            for (String key : new TreeSet<>(texts.keySet())) {
                if (!key.startsWith("cycle.") && !reference.containsKey(key)) {
                    problems.add(key + ": unknown key (not in " + DIRECTORY + REFERENCE + ".json)");
                } else if (texts.get(key) == null || texts.get(key).isBlank()) {
                    problems.add(key + ": blank text");
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(DIRECTORY + language + ".json: " + String.join("; ", problems));
            }
            terms.put(language, texts);
        }
        return Map.copyOf(terms);
    }

    private Map<String, String> read(String language) {
        String resource = DIRECTORY + language + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": missing from the classpath; language '" + language
                        + "' is configured in oer.languages");
            }
            return mapper.readValue(in, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": not a JSON object of texts", e);
        }
    }
}
