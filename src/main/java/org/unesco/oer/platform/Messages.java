package org.unesco.oer.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts of errors and violations in the languages of the API: one bundle per language,
 * {@code problems/problems_<lang>.properties} (UTF-8), whose keys are the same in every language.
 * A pattern's {@code {0}}, {@code {1}}… are replaced by the message's arguments; apostrophes and
 * other characters are literal (not {@link java.text.MessageFormat}'s quoting).
 */
public final class Messages {

    public static final String FALLBACK = "en";
    public static final String BUNDLE = "problems/problems_%s.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Pattern LANG_PARAMETER = Pattern.compile("(?:^|&)lang=([^&]*)");
    private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The languages errors are said in: the configured ones ({@code oer.languages}, in their order)
     * that have a bundle. Adding a language is data: its bundle file and the configuration line.
     */
    public static List<String> languages() {
        // keyed by the configured list: tests run the service with other configurations in one JVM
        String configured = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("oer.languages", String.class).orElse(FALLBACK);
        return LANGUAGES.computeIfAbsent(configured,
                list -> java.util.Arrays.stream(list.split(",")).map(String::trim).filter(l -> !bundle(l).isEmpty()).toList());
    }

    /** The languages with a bundle, by configured list: a configuration is looked at once. */
    private static final Map<String, List<String>> LANGUAGES = new ConcurrentHashMap<>();

    /** The keys and patterns of one language's bundle; empty when there is none. */
    public static Map<String, String> bundle(String language) {
        return BUNDLES.computeIfAbsent(language, Messages::load);
    }

    private static Map<String, String> load(String language) {
        String resource = String.format(BUNDLE, language);
        try (InputStream in = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)
                : Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> patterns = new TreeMap<>();
            properties.forEach((k, v) -> patterns.put((String) k, (String) v));
            return Map.copyOf(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public static String text(String language, String key, Object... args) {
        return format(language, Message.of(key, args));
    }

    public static String format(String language, Message message) {
        String lang = languages().contains(language) ? language : FALLBACK;
        String pattern = bundle(lang).get(message.key());
        if (pattern == null) {
            pattern = bundle(FALLBACK).getOrDefault(message.key(), message.key());
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            Object arg = index < message.args().size() ? message.args().get(index) : null;
            m.appendReplacement(text, Matcher.quoteReplacement(render(lang, arg)));
        }
        m.appendTail(text);
        return text.toString();
    }

    private static String render(String language, Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Message nested) {
            return format(language, nested);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(i -> render(language, i)).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }

    /**
     * The language to say an error in: {@code ?lang=} if it is one of {@link #languages()}, else the
     * first of them in Accept-Language, else English. Never fails: a malformed value is passed over.
     */
    public static String language(String lang, String acceptLanguage) {
        if (lang != null) {
            String code = lang.trim().toLowerCase(Locale.ROOT);
            if (languages().contains(code)) {
                return code;
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (languages().contains(code)) {
                        return code;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header: fall back
            }
        }
        return FALLBACK;
    }

    /** The language of a JAX-RS request: its {@code lang} query parameter, its Accept-Language, English. */
    public static String language(jakarta.ws.rs.core.UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        return languageOfQuery(uri == null ? null : uri.getRequestUri().getRawQuery(),
                headers == null ? null : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** As {@link #language(String, String)}, reading {@code lang} from a raw (undecoded, perhaps malformed) query. */
    public static String languageOfQuery(String rawQuery, String acceptLanguage) {
        String lang = null;
        if (rawQuery != null) {
            Matcher m = LANG_PARAMETER.matcher(rawQuery);
            if (m.find()) {
                try {
                    lang = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException ignored) {
                    // a malformed escape: not a language
                }
            }
        }
        return language(lang, acceptLanguage);
    }
}
