package org.unesco.oer.web.review;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the Secretariat's state, review and proxy-entry pages exist in the six languages, with the same placeholders. */
class RevMessagesTest {

    private static final List<String> FIVE = List.of("ar", "zh", "fr", "ru", "es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static Set<String> keys() {
        return Arrays.stream(Rev.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = RevMessagesTest.class.getResourceAsStream("/messages/rev_" + lang + ".properties")) {
            assertThat(in).as("messages/rev_" + lang + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws Exception {
        for (String lang : FIVE) {
            assertThat(new TreeSet<>(bundle(lang).stringPropertyNames())).as(lang).isEqualTo(keys());
        }
    }

    @Test
    void everyTranslationKeepsThePlaceholdersAndNoneIsLeftInEnglish() throws Exception {
        Set<String> sameEverywhere = Set.of("colDigest", "colQuestion", "colDate", "colNote", "colContact", "sizeKb");
        for (String lang : FIVE) {
            Properties p = bundle(lang);
            for (Method m : Rev.class.getDeclaredMethods()) {
                Message english = m.getAnnotation(Message.class);
                if (english == null) {
                    continue;
                }
                String text = p.getProperty(m.getName());
                assertThat(placeholders(text)).as(lang + " " + m.getName()).isEqualTo(placeholders(english.value()));
                if (!sameEverywhere.contains(m.getName()) && english.value().length() > 12) {
                    assertThat(text).as(lang + " " + m.getName()).isNotEqualTo(english.value());
                }
            }
        }
    }
}
