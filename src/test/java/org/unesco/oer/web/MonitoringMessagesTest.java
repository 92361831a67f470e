package org.unesco.oer.web;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;
import org.unesco.oer.web.monitoring.Mon;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring pages' words ({@code mon}) exist in each of the six languages, translated. */
class MonitoringMessagesTest {

    private static final List<String> OTHERS = List.of("ar", "zh", "fr", "ru", "es");

    private static Set<String> keys() {
        return Arrays.stream(Mon.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MonitoringMessagesTest.class.getResourceAsStream("/messages/mon_" + lang + ".properties")) {
            assertThat(in).as("messages/mon_" + lang + ".properties").isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKeyOfTheBundleAndNoOther() throws Exception {
        for (String lang : OTHERS) {
            assertThat(new TreeSet<>(bundle(lang).stringPropertyNames())).as(lang).isEqualTo(keys());
        }
    }

    @Test
    void noTranslationIsLeftInEnglish() throws Exception {
        Set<String> sameEverywhere = Set.of("percent", "cycleLabel");
        for (String lang : OTHERS) {
            Properties p = bundle(lang);
            for (Method m : Mon.class.getDeclaredMethods()) {
                Message english = m.getAnnotation(Message.class);
                if (english != null && !sameEverywhere.contains(m.getName()) && english.value().length() > 8) {
                    assertThat(p.getProperty(m.getName())).as(lang + " " + m.getName()).isNotEqualTo(english.value());
                }
            }
        }
    }
}
