package org.unesco.oer.platform;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Picks the response language from {@code ?lang=} or, failing that, {@code Accept-Language}. */
public final class Languages {

    public static final List<String> SYSTEM = List.of("en", "fr", "ar");
    public static final String FALLBACK = "en";
    private static final Pattern CODE = Pattern.compile("^[a-z]{2}$");

    private Languages() {
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

    /** The system language (en, fr, ar) to answer in, from {@code ?lang=} or Accept-Language. */
    public static String system(String lang, String acceptLanguage) {
        return served(requested(lang, acceptLanguage, SYSTEM), SYSTEM);
    }

    /** The text of a name stored in the three system languages. */
    public static String pick(String language, String en, String fr, String ar) {
        return switch (language) {
            case "fr" -> fr;
            case "ar" -> ar;
            default -> en;
        };
    }

    /** The language served: the requested one if supported, else the fallback. */
    public static String served(String requested, List<String> supported) {
        return supported.contains(requested) ? requested : FALLBACK;
    }
}
