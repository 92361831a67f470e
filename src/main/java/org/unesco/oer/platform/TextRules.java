package org.unesco.oer.platform;

/**
 * The characters no text may carry into the service: NUL (PostgreSQL cannot store it), lone UTF-16
 * surrogates (they would be stored as '?') and control characters other than tab, line feed and
 * carriage return. One rule for JSON strings and keys, path segments and query values.
 */
public final class TextRules {

    private TextRules() {
    }

    /** What is wrong with the text (rule code {@code characters}); null when it is acceptable. */
    public static Message problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Message.of("violation.characters.surrogate", String.format("%04X", (int) c), i + 1);
            } else if (c == 0) {
                return Message.of("violation.characters.nul", i + 1);
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return Message.of("violation.characters.control", String.format("%04X", (int) c), i + 1);
            }
        }
        return null;
    }
}
