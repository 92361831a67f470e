package org.unesco.oer.platform;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words of the letters the service sends (reminders, designations), one bundle per language:
 * {@code letters/letters_<lang>.properties}. Every configured language has one (checked at start-up
 * by {@link LanguageBundles}); a letter is written in the state's language.
 */
public final class Letters {

    public static final String BASE = "letters/letters";

    private Letters() {
    }

    /** The letters of {@code language}; English for a language no longer configured (a state's value predating the change). */
    public static TextBundle in(String language) {
        return language != null && TextBundle.exists(BASE, language) ? TextBundle.of(BASE, language)
                : TextBundle.of(BASE, Languages.FALLBACK);
    }

    /**
     * The last day of a deadline ending at {@code deadlineEnd} (the instant after it), in the long
     * form of the letters' {@code date.locale} (en-GB for English: 31 January 2027).
     */
    public static String lastDay(ZonedDateTime deadlineEnd, TextBundle letters) {
        return deadlineEnd.minusNanos(1).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(letters.text("date.locale"))));
    }
}
