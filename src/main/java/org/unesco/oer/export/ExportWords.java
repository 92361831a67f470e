package org.unesco.oer.export;

import org.unesco.oer.platform.TextBundle;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed words of both workbooks in one language, with the font and the direction its sheets
 * take: {@code exports/exports_<lang>.properties}, one file per configured language (checked at
 * start-up). No word is in the code, so a language is added by adding its file.
 */
public final class ExportWords {

    public static final String BASE = "exports/exports";

    private final TextBundle bundle;

    private ExportWords(TextBundle bundle) {
        this.bundle = bundle;
    }

    /** The words of a language; a language without its file fails naming the file. */
    public static ExportWords of(String language) {
        return new ExportWords(TextBundle.of(BASE, language));
    }

    public String language() {
        return bundle.language();
    }

    /** The text under {@code key}; a key the language's file lacks fails naming the file and the key. */
    public String get(String key, Object... args) {
        return bundle.text(key, args);
    }

    /** The texts of several keys, in order (a header row). */
    public List<String> all(String... keys) {
        List<String> texts = new ArrayList<>(keys.length);
        for (String key : keys) {
            texts.add(get(key));
        }
        return texts;
    }

    /** A report status by its code ({@code status.submitted}, …). */
    public String status(String code) {
        return get("status." + code);
    }

    public String membership(boolean member) {
        return get(member ? "membership.member" : "membership.associate");
    }

    public String yesNo(boolean yes) {
        return get(yes ? "word.yes" : "word.no");
    }

    /** Whether sheets read right to left ({@code sheet.direction=rtl}). */
    public boolean rightToLeft() {
        return "rtl".equals(get("sheet.direction"));
    }

    /** The font every cell is written in (see {@link Styles}). */
    public String fontName() {
        return get("font.name");
    }

    /** The font's character set (Windows charset number, as in the file's {@code <charset>}): a hint for font substitution. */
    public int fontCharset() {
        return Integer.parseInt(get("font.charset").trim());
    }

    /** The note ending a text cut at a cell's limit, naming its length and where the whole text is. */
    public String cutNote(int length, String whereWhole) {
        return " " + get("note.cut", length, whereWhole);
    }
}
