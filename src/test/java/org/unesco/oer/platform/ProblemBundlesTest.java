package org.unesco.oer.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The problem bundles: one per language of {@link Messages#languages()}, all with the same keys and placeholders. */
class ProblemBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:Message\\.of|Messages\\.text\\(\\w+,)\\s*\\(?\"([a-z][a-zA-Z0-9.-]*[a-zA-Z0-9-])\"");

    @Test
    void everyLanguageHasABundleWithExactlyTheEnglishKeys() {
        Set<String> english = Messages.bundle("en").keySet();
        assertThat(english).hasSizeGreaterThan(100);
        for (String language : Messages.languages()) {
            Set<String> keys = Messages.bundle(language).keySet();
            assertThat(difference(english, keys)).as("keys missing from problems_%s", language).isEmpty();
            assertThat(difference(keys, english)).as("keys only in problems_%s", language).isEmpty();
        }
    }

    @Test
    void everyTranslationUsesTheSamePlaceholdersAsTheEnglishText() {
        Map<String, String> english = Messages.bundle("en");
        for (String language : Messages.languages()) {
            Map<String, String> bundle = Messages.bundle(language);
            english.forEach((key, text) -> {
                // The literal bean message is English ({0}) or the generic rule ({1}): either one.
                if (!key.equals("violation.bean.literal")) {
                    assertThat(placeholders(bundle.get(key))).as("%s in problems_%s", key, language).isEqualTo(placeholders(text));
                }
            });
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> english = Messages.bundle("en").keySet();
        Set<String> missing = new TreeSet<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    named++;
                    if (!english.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(named).as("keys named in the code").isGreaterThan(60);
        assertThat(missing).isEmpty();
    }

    @Test
    void aTranslationIsNotTheEnglishText() {
        Map<String, String> english = Messages.bundle("en");
        for (String language : Messages.languages()) {
            if (!language.equals("en")) {
                Set<String> same = Messages.bundle(language).entrySet().stream()
                        .filter(e -> e.getValue().equals(english.get(e.getKey())) && e.getValue().matches(".*[A-Za-z]{4,} [A-Za-z]{2,}.*"))
                        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
                assertThat(same).as("untranslated in problems_%s", language).isEmpty();
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
