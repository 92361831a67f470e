package org.unesco.oer.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of words (letters, workbook words) in one language: {@code <base>_<lang>.properties} on
 * the classpath, UTF-8, with exactly the keys of the English bundle. {@code {0}}, {@code {1}}… are
 * the arguments; apostrophes and braces around them are literal (not {@link java.text.MessageFormat}).
 * A language is added by adding its file; {@link #problems} says what a file lacks.
 */
public final class TextBundle {

    /** The reference language: every other bundle has its keys and placeholders. */
    public static final String REFERENCE = Languages.FALLBACK;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<String, TextBundle> LOADED = new ConcurrentHashMap<>();

    private final String file;
    private final String language;
    private final Map<String, String> texts;

    private TextBundle(String file, String language, Map<String, String> texts) {
        this.file = file;
        this.language = language;
        this.texts = texts;
    }

    /** The file a bundle of {@code base} has in {@code language}, e.g. {@code letters/letters_zh.properties}. */
    public static String file(String base, String language) {
        return base + "_" + language + ".properties";
    }

    /** The bundle of {@code base} in {@code language}; a missing file fails naming it. */
    public static TextBundle of(String base, String language) {
        return LOADED.computeIfAbsent(file(base, language), file -> {
            Map<String, String> texts = read(file);
            if (texts == null) {
                throw new IllegalStateException(file + ": missing from the classpath (language '" + language + "')");
            }
            return new TextBundle(file, language, texts);
        });
    }

    public static boolean exists(String base, String language) {
        return LOADED.containsKey(file(base, language)) || read(file(base, language)) != null;
    }

    public String language() {
        return language;
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    /** The text under {@code key} with its arguments; a key the file lacks fails naming the file and the key. */
    public String text(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalStateException(file + ": no text for key '" + key + "'");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            Object arg = index < args.length ? args[index] : null;
            m.appendReplacement(out, Matcher.quoteReplacement(arg == null ? "" : String.valueOf(arg)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * What {@code language}'s bundle of {@code base} lacks against the English one: a missing file,
     * missing or blank texts, keys English does not have, other placeholders. Empty when complete.
     */
    public static List<String> problems(String base, String language) {
        String file = file(base, language);
        Map<String, String> reference = read(file(base, REFERENCE));
        if (reference == null) {
            return List.of(file(base, REFERENCE) + ": missing from the classpath");
        }
        Map<String, String> texts = read(file);
        if (texts == null) {
            return List.of(file + ": missing from the classpath; language '" + language + "' is configured in oer.languages");
        }
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(reference.keySet())) {
            String text = texts.get(key);
            if (text == null || text.isBlank()) {
                problems.add(file + ": " + key + ": missing text");
            } else if (!placeholders(text).equals(placeholders(reference.get(key)))) {
                problems.add(file + ": " + key + ": placeholders " + placeholders(text) + " instead of " + placeholders(reference.get(key)));
            }
        }
        for (String key : new TreeSet<>(texts.keySet())) {
            if (!reference.containsKey(key)) {
                problems.add(file + ": " + key + ": unknown key (not in " + file(base, REFERENCE) + ")");
            }
        }
        return problems;
    }

    /** Fails when a configured language's bundle of any of {@code bases} is incomplete, naming every file and key. */
    public static void requireComplete(List<String> bases, List<String> languages) {
        List<String> problems = new ArrayList<>();
        for (String base : bases) {
            for (String language : languages) {
                problems.addAll(problems(base, language));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Incomplete language bundles: " + String.join("; ", problems));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Map<String, String> read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : TextBundle.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
