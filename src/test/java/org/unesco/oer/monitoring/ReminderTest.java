package org.unesco.oer.monitoring;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Reminder rounds: the right states, the right people, in their language, never twice. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class ReminderTest {

    static final String CYCLE = "reminders";

    @Inject
    ReportFixture fixture;
    @Inject
    MockMailbox mailbox;

    private static boolean prepared;

    @BeforeEach
    void prepare() {
        mailbox.clear();
        if (prepared) {
            return;
        }
        LocalDate today = fixture.today();
        fixture.cycle(CYCLE, today.minusDays(20), today.plusDays(5), null);
        // SEN (French) has a focal point and a draft; MAR (Arabic) has only a National Commission; the rest nothing.
        fixture.designate(CYCLE, "SEN", "fp-sen-rem");
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "SEN", Map.of("Q02", "Ministère de l'Éducation"), 0);
        fixture.designate(CYCLE, "NZL", "fp-nzl-rem");
        ReportFixture.patch(Tokens.secretariat(), CYCLE, "NZL", fixture.completeAnswers("NZL"), 0);
        ReportFixture.submit(Tokens.secretariat(), ReportFixture.reportPath(CYCLE, "NZL")).statusCode(200);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("nationalCommission", Map.of("name", "Commission nationale marocaine", "email", "natcom@ma.example.org"),
                        "permanentDelegation", Map.of("name", "Délégation permanente", "email", "dl.maroc@example.org")))
                .put("/api/member-states/MAR/contacts").then().statusCode(200).body("language", equalTo("ar"));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("nationalCommission", Map.of("email", "natcom@om.example.org"),
                        "permanentDelegation", Map.of("email", "dl.oman@example.org")))
                .put("/api/member-states/OMN/contacts").then().statusCode(200);
        prepared = true;
    }

    @Test
    void theDraftStageListsDraftsCloseToTheDeadlineWithTheirFocalPoints() {
        JsonPath targets = given().header("Authorization", Tokens.secretariat())
                .get("/api/cycles/" + CYCLE + "/reminders?stage=draft_due&days=7").then().statusCode(200).extract().jsonPath();
        assertThat(targets.getList("state", String.class)).contains("SEN").doesNotContain("NZL", "MAR");
        assertThat(targets.getString("find { it.state == 'SEN' }.level")).isEqualTo("focal_point");
        assertThat(targets.getList("find { it.state == 'SEN' }.recipients", String.class)).containsExactly("fp-sen-rem@example.org");
        assertThat(targets.getString("find { it.state == 'SEN' }.language")).isEqualTo("fr");
    }

    @Test
    void aReminderRoundSendsToExactlyTheRightStatesAndNotTwice() {
        JsonPath round = given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("stage", "draft_due")).post("/api/cycles/" + CYCLE + "/reminders")
                .then().statusCode(200).extract().jsonPath();
        assertThat(round.getList("sent.state", String.class)).containsExactly("SEN");
        List<Mail> mails = mailbox.getMailsSentTo("fp-sen-rem@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("Rappel");
        assertThat(mails.get(0).getText()).contains("Sénégal").contains("Europe/Paris");

        mailbox.clear();
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("stage", "draft_due")).post("/api/cycles/" + CYCLE + "/reminders")
                .then().statusCode(200).body("sent", org.hamcrest.Matchers.empty())
                .body("skipped.state", hasItem("SEN"));
        assertThat(mailbox.getTotalMessagesSent()).isZero();

        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reports/SEN/history")
                .then().body("entries.action", hasItem("REMINDER_SENT"));
    }

    @Test
    void aStateWithoutFocalPointIsRemindedThroughItsNationalCommissionInArabic() {
        JsonPath round = given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("stage", "not_started", "states", List.of("MAR", "NZL"))).post("/api/cycles/" + CYCLE + "/reminders")
                .then().statusCode(200).extract().jsonPath();
        assertThat(round.getString("sent.find { it.state == 'MAR' }.level")).isEqualTo("national_commission");
        assertThat(round.getString("skipped.find { it.state == 'NZL' }.reason")).isEqualTo("not in stage not_started");
        Mail mail = mailbox.getMailsSentTo("natcom@ma.example.org").get(0);
        assertThat(mail.getSubject()).startsWith("تذكير");
        assertThat(mail.getText()).contains("المغرب");
    }

    @Test
    void aSecondReminderEscalatesToTheNextLevel() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("stage", "not_started", "states", List.of("OMN"))).post("/api/cycles/" + CYCLE + "/reminders")
                .then().body("sent[0].level", equalTo("national_commission"));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reminders?stage=not_started")
                .then().statusCode(200)
                .body("find { it.state == 'OMN' }.level", equalTo("permanent_delegation"))
                .body("find { it.state == 'OMN' }.recipients[0]", equalTo("dl.oman@example.org"));
    }

    @Test
    void contactsRecordedByHandGoIntoTheLogAndTheHistory() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("state", "SEN", "date", fixture.today().toString(), "channel", "phone", "level", "national_commission",
                        "note", "Promised for next week"))
                .post("/api/cycles/" + CYCLE + "/contact-log").then().statusCode(201).body("kind", equalTo("manual"));
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + CYCLE + "/contact-log?state=SEN")
                .then().statusCode(200).body("note", hasItem("Promised for next week"));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reports/SEN/history")
                .then().body("entries.action", hasItem("CONTACT_RECORDED"));
    }

    @Test
    void contactChangesAreAuditedAndOnlyTheSecretariatMakesThem() {
        given().header("Authorization", Tokens.analyst()).contentType("application/json")
                .body(Map.of("language", "fr")).put("/api/member-states/TUN/contacts").then().statusCode(403);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("nationalCommission", Map.of("email", "not-an-email"))).put("/api/member-states/TUN/contacts")
                .then().statusCode(400);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("language", "fr")).put("/api/member-states/TUN/contacts").then().statusCode(200);
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reports/TUN/history")
                .then().body("entries[0].action", equalTo("CONTACTS_CHANGED"));
    }

    @Test
    void anUnknownStageIsA400() {
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/reminders?stage=someday")
                .then().statusCode(400).body("violations[0].field", equalTo("stage"));
    }
}
