package org.unesco.oer.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text to be said in the reader's language: a key of the problem bundles
 * ({@code problems/problems_<lang>.properties}) and its arguments. Arguments that are themselves
 * messages are said in the same language; anything else (user data, codes, numbers, dates) is
 * inserted as it is, never translated.
 */
public record Message(String key, List<Object> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, Collections.unmodifiableList(Arrays.asList(args)));
    }

    public String in(String language) {
        return Messages.format(language, this);
    }

    public String english() {
        return in(Messages.FALLBACK);
    }

    @Override
    public String toString() {
        return english();
    }
}
