package org.unesco.oer.monitoring;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The reminder letter is written in the language the Secretariat chose for the state, any of the six. */
@QuarkusTest
class ReminderLettersTest {

    static final String CYCLE = "letters-six";

    @Inject
    ReportFixture fixture;
    @Inject
    MockMailbox mailbox;

    private static LocalDate deadline;

    @BeforeEach
    void cycle() {
        mailbox.clear();
        if (deadline == null) {
            LocalDate today = fixture.today();
            fixture.cycle(CYCLE, today.minusDays(10), today.plusDays(30), null);
            deadline = today.plusDays(30);
        }
    }

    private static void writeTo(String state, String language) {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("language", language, "nationalCommission", Map.of("email", "natcom@" + state.toLowerCase() + ".example.org")))
                .put("/api/member-states/" + state + "/contacts").then().statusCode(200).body("language", equalTo(language));
    }

    private static String nameIn(String state, String language) {
        return given().header("Authorization", Tokens.analyst()).get("/api/member-states/" + state + "?lang=" + language)
                .then().statusCode(200).extract().path("name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ar, LTU, تذكير:, لم يبدأ بعد, الأمانة",
            "zh, EST, 提醒：, 尚未开始, 秘书处",
            "en, LVA, Reminder:, not started, The Secretariat",
            "fr, CUB, Rappel :, non commencé, Le Secrétariat",
            "ru, UZB, Напоминание:, работа не начата, Секретариат",
            "es, ARM, Recordatorio:, no iniciado, La Secretaría"})
    void theReminderIsWrittenInTheStatesLanguage(String language, String state, String subject, String status, String signature) {
        writeTo(state, language);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("stage", "not_started", "states", List.of(state))).post("/api/cycles/" + CYCLE + "/reminders")
                .then().statusCode(200).body("sent[0].language", equalTo(language));

        Mail mail = mailbox.getMailsSentTo("natcom@" + state.toLowerCase() + ".example.org").get(0);
        String lastDay = deadline.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language.equals("en") ? "en-GB" : language)));
        assertThat(mail.getSubject()).startsWith(subject).endsWith(CYCLE + (language.equals("zh") ? "）" : ")"));
        assertThat(mail.getText()).contains(nameIn(state, language)).contains(status).contains(lastDay).contains("Europe/Paris")
                .contains(signature).doesNotContain("{");
        if (!language.equals("en")) {
            assertThat(mail.getText()).doesNotContain("Dear colleague").doesNotContain("reminder").doesNotContain("time zone");
        }
    }

    @Test
    void aLanguageThatIsNotConfiguredIsRefusedNamingTheSupportedOnes() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("language", "de")).put("/api/member-states/LVA/contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("language"))
                .body("violations[0].message", containsString("ar, zh, en, fr, ru, es"));
    }
}
