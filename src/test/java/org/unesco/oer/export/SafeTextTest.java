package org.unesco.oer.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTab", "\rCR", "\nLF", "\0NUL"})
    void textStartingWithAFormulaCharacterIsQuotePrefixed(String text) {
        assertThat(SafeText.needsQuotePrefix(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ministry", "1 = 1", "", " =1", "'=1"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(SafeText.needsQuotePrefix(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "mailto:a@example.org", "/relative/path", "example.org",
            "http://", "https://exa mple.org", "=HYPERLINK(\"http://evil.example\")", "data:text/html,<b>x</b>"})
    void onlyAbsoluteWebUrlsBecomeHyperlinks(String url) {
        assertThat(SafeText.hyperlinkTarget(url)).isNull();
    }

    @Test
    void aHyperlinkTargetIsAsciiAndWithinExcelsLimit() {
        assertThat(SafeText.hyperlinkTarget("https://example.org/a?q=1&r=2")).isEqualTo("https://example.org/a?q=1&r=2");
        assertThat(SafeText.hyperlinkTarget(" HTTP://example.org/é ")).isEqualTo("HTTP://example.org/%C3%A9");
        assertThat(SafeText.hyperlinkTarget("https://example.org/" + "x".repeat(SafeText.HYPERLINK_LIMIT))).isNull();
    }

    @Test
    void charactersXmlCannotCarryAreReplacedAndPairsKept() {
        assertThat(SafeText.clean("a\0b\u0001c\td\uD83D\uDE00e\uD800")).isEqualTo("a\uFFFDb\uFFFDc\td\uD83D\uDE00e\uFFFD");
        String plain = "nothing to do";
        assertThat(SafeText.clean(plain)).isSameAs(plain);
    }

    @Test
    void splittingNeverSeparatesASurrogatePairAndLosesNothing() {
        String text = "a".repeat(9) + "\uD83D\uDE00" + "b".repeat(15);
        List<String> parts = SafeText.split(text, 10);
        assertThat(parts.get(0)).isEqualTo("a".repeat(9));
        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(10));
    }

    @Test
    void aTextTooLongForOneCellIsMarkedNeverCutSilently() {
        String fitted = SafeText.fitOrMark("x".repeat(40_000), length -> ExportWords.of("en").cutNote(length, "sheet 'Free text'"));
        assertThat(fitted).hasSizeLessThanOrEqualTo(SafeText.CELL_LIMIT).contains("40000 characters").endsWith("sheet 'Free text']");
    }

    @Test
    void sheetNamesAreLegalShortUniqueAndInert() {
        Set<String> taken = new HashSet<>();
        assertThat(SafeText.sheetName("A/B\\C?D*E[F]G:H", taken)).isEqualTo("A_B_C_D_E_F_G_H");
        assertThat(SafeText.sheetName("=HYPERLINK(\"x\")", taken)).startsWith("_=");
        assertThat(SafeText.sheetName("'quoted'", taken)).isEqualTo("_'quoted_");
        String longName = "A1_CAPACITY_BUILDING_INITIATIVES_DETAILS";
        String first = SafeText.sheetName(longName, taken);
        String second = SafeText.sheetName(longName.toLowerCase(), taken);
        assertThat(first).hasSize(31);
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
    }
}
