package org.unesco.oer.web;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;
import org.unesco.oer.web.chase.Chase;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the Secretariat's chasing pages exist in the five other languages, with the same placeholders. */
class ChaseMessagesTest {

    private static final java.util.List<String> OTHERS = java.util.List.of("ar", "zh", "fr", "ru", "es");

    private static Set<String> keys() {
        return Arrays.stream(Chase.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ChaseMessagesTest.class.getResourceAsStream("/messages/chase_" + lang + ".properties")) {
            assertThat(in).as("messages/chase_" + lang + ".properties").isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws Exception {
        for (String lang : OTHERS) {
            assertThat(new TreeSet<>(bundle(lang).stringPropertyNames())).as(lang).isEqualTo(keys());
        }
    }

    @Test
    void everyTranslationKeepsThePlaceholdersAndIsNotLeftInEnglish() throws Exception {
        for (String lang : OTHERS) {
            Properties p = bundle(lang);
            for (Method m : Chase.class.getDeclaredMethods()) {
                Message english = m.getAnnotation(Message.class);
                if (english == null) {
                    continue;
                }
                String text = p.getProperty(m.getName());
                assertThat(placeholders(text)).as(lang + " " + m.getName()).isEqualTo(placeholders(english.value()));
                if (english.value().length() > 12) {
                    assertThat(text).as(lang + " " + m.getName()).isNotEqualTo(english.value());
                }
            }
        }
    }
}
