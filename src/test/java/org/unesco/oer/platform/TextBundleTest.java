package org.unesco.oer.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Language bundles: arguments in place, and an incomplete language named file by file, key by key. */
class TextBundleTest {

    private static final String BASE = "bundletest/words";

    @Test
    void argumentsTakeTheirPlaces() {
        assertThat(TextBundle.of(BASE, "en").text("greeting", "Amina", "31 January 2027"))
                .isEqualTo("Hello Amina, the deadline is 31 January 2027.");
    }

    @Test
    void anIncompleteLanguageIsReportedKeyByKey() {
        assertThat(TextBundle.problems(BASE, "yy")).containsExactly(
                "bundletest/words_yy.properties: farewell: missing text",
                "bundletest/words_yy.properties: greeting: placeholders [{0}] instead of [{0}, {1}]",
                "bundletest/words_yy.properties: extra: unknown key (not in bundletest/words_en.properties)");
    }

    @Test
    void aLanguageWithoutItsFileIsReportedNamingTheFile() {
        assertThat(TextBundle.problems(BASE, "zz")).singleElement().asString()
                .startsWith("bundletest/words_zz.properties: missing from the classpath");
    }

    @Test
    void startUpFailsNamingEveryProblem() {
        assertThatThrownBy(() -> TextBundle.requireComplete(List.of(BASE), List.of("en", "yy")))
                .hasMessageContaining("words_yy.properties: farewell: missing text");
    }

    @Test
    void aKeyMissingWhenUsedFailsNamingTheFileAndTheKey() {
        assertThatThrownBy(() -> TextBundle.of(BASE, "yy").text("farewell"))
                .hasMessage("bundletest/words_yy.properties: no text for key 'farewell'");
    }

    @Test
    void noShippedTranslationIsTheEnglishText() {
        for (String base : LanguageBundles.BASES) {
            TextBundle en = TextBundle.of(base, "en");
            for (String language : List.of("ar", "zh", "fr", "ru", "es")) {
                TextBundle bundle = TextBundle.of(base, language);
                assertThat(en.keys().stream().filter(k -> bundle.text(k).equals(en.text(k)) && en.text(k).matches("(?s).*[A-Za-z]{2,} [A-Za-z]{2,}.*")))
                        .as("untranslated in " + TextBundle.file(base, language)).isEmpty();
            }
        }
    }

    @Test
    void theShippedLettersAndWorkbookWordsAreCompleteInTheSixLanguages() {
        for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            for (String base : LanguageBundles.BASES) {
                assertThat(TextBundle.problems(base, language)).as(base + " " + language).isEmpty();
            }
        }
    }
}
