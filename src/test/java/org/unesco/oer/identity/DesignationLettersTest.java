package org.unesco.oer.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unesco.oer.cycle.ReportingCycle;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The designation letter in each of the six languages: the state, the cycle, how to sign in, no English left. */
class DesignationLettersTest {

    private static ReportingCycle cycle() {
        ReportingCycle cycle = new ReportingCycle();
        cycle.code = "oer-2027";
        cycle.titles = Map.of("ar", "المشاورة الثانية", "zh", "第二次磋商", "en", "Second consultation", "fr", "Deuxième consultation",
                "ru", "Вторая консультация", "es", "Segunda consulta");
        cycle.deadlineDate = LocalDate.of(2027, 1, 31);
        cycle.timeZone = "Europe/Paris";
        return cycle;
    }

    private static final FocalPointAccounts.Account NEW_WITH_PASSWORD =
            new FocalPointAccounts.Account("id", "a.person@example.org", true, true, false, "s3cret-Temp", false);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ar | الأردن | المشاورة الثانية | 31 يناير 2027 | كلمة مرور مؤقتة",
            "zh | 约旦 | 第二次磋商 | 2027年1月31日 | 临时密码",
            "en | Jordan | Second consultation | 31 January 2027 | temporary password",
            "fr | Jordanie | Deuxième consultation | 31 janvier 2027 | mot de passe provisoire",
            "ru | Иордания | Вторая консультация | 31 января 2027 г. | временный пароль",
            "es | Jordania | Segunda consulta | 31 de enero de 2027 | contraseña temporal"})
    void theLetterIsWrittenInTheStatesLanguage(String language, String state, String title, String lastDay, String password) {
        DesignationLetters.Letter letter = DesignationLetters.write(language, "Rania Haddad", state, cycle(), "a.person@example.org",
                NEW_WITH_PASSWORD);
        assertThat(letter.language()).isEqualTo(language);
        assertThat(letter.subject()).contains("oer-2027");
        assertThat(letter.body()).contains("Rania Haddad", state, title, lastDay, password, "a.person@example.org", "Europe/Paris")
                .doesNotContain("{");
        if (!language.equals("en")) {
            assertThat(letter.body()).doesNotContain("Dear", "designation", "Secretariat", "password");
        }
    }
}
