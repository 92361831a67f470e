package org.unesco.oer.web;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;
import org.unesco.oer.web.admin.AdmMsg;
import org.unesco.oer.web.analysis.AnaMsg;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the analysts' and administrators' pages exist in each of the five other languages, no more and no fewer. */
class AnalysisAdminMessagesTest {

    private static final List<String> OTHERS = List.of("ar", "zh", "fr", "ru", "es");
    /** Words the same in some language (French "Question", "Version", "Type", "Questionnaires", "Code", "Total"). */
    private static final Set<String> SAME = Set.of("questionLabel", "cycleLabel", "navExport", "overall", "navQuestionnaires",
            "questionColumn", "versionColumn", "typeColumn", "questionnaireColumn", "codeColumn", "actionsColumn", "no", "navCycles",
            "pageNumber", "questionnaireTitle");

    private static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = AnalysisAdminMessagesTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static void check(Class<?> type, String prefix) throws Exception {
        for (String lang : OTHERS) {
            Properties p = bundle(prefix + "_" + lang);
            assertThat(new TreeSet<>(p.stringPropertyNames())).as(prefix + "_" + lang).isEqualTo(keys(type));
            for (Method m : type.getDeclaredMethods()) {
                Message english = m.getAnnotation(Message.class);
                if (english != null && !SAME.contains(m.getName())) {
                    assertThat(p.getProperty(m.getName())).as(lang + " " + m.getName()).isNotBlank().isNotEqualTo(english.value());
                }
            }
        }
    }

    @Test
    void theAnalystsPagesHaveEveryWordInEveryLanguage() throws Exception {
        check(AnaMsg.class, "ana");
    }

    @Test
    void theAdministratorsPagesHaveEveryWordInEveryLanguage() throws Exception {
        check(AdmMsg.class, "adm");
    }
}
