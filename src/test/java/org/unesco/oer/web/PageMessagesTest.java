package org.unesco.oer.web;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the pages exist in each language the pages speak, no more and no fewer. */
class PageMessagesTest {

    /** The six official languages: the pages must have words for each. */
    private static final java.util.List<String> SIX = java.util.List.of("ar", "zh", "en", "fr", "ru", "es");

    private static Set<String> keys() {
        return Arrays.stream(Msg.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = PageMessagesTest.class.getResourceAsStream("/messages/msg_" + lang + ".properties")) {
            assertThat(in).as("messages/msg_" + lang + ".properties").isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyPageLanguageButEnglishHasEveryKeyOfTheBundleAndNoOther() throws Exception {
        for (String lang : SIX) {
            if (lang.equals("en")) {
                continue;
            }
            assertThat(new TreeSet<>(bundle(lang).stringPropertyNames())).as(lang).isEqualTo(keys());
        }
    }

    @Test
    void noTranslationIsLeftInEnglish() throws Exception {
        // formats, and words that are the same in French ("Question", "Sections", "Consultation")
        Set<String> sameEverywhere = Set.of("deadlineAt", "byWhen", "question", "sections", "cycleColumn");
        for (String lang : SIX) {
            if (lang.equals("en")) {
                continue;
            }
            Properties p = bundle(lang);
            for (Method m : Msg.class.getDeclaredMethods()) {
                Message english = m.getAnnotation(Message.class);
                if (english != null && !sameEverywhere.contains(m.getName()) && english.value().length() > 12) {
                    assertThat(p.getProperty(m.getName())).as(lang + " " + m.getName()).isNotEqualTo(english.value());
                }
            }
        }
    }

    @Test
    void aConfiguredLanguageWithoutPageWordsIsNotOfferedOnThePages() {
        // the pages' words are a file per language (messages/msg_<lang>.properties), read when the service is built
        assertThat(PageLanguage.pageLanguages(java.util.List.of("ar", "en", "xx", "fr"))).containsExactly("ar", "en", "fr");
    }
}
