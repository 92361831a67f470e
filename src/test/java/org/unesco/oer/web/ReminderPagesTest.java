package org.unesco.oer.web;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The Secretariat's reminder pages: whom to chase at which level, the letter, sending, the contact log. */
@QuarkusTest
class ReminderPagesTest {

    private static final String CYCLE = "chase-rem";
    private static final String PAGE = "/secretariat/" + CYCLE + "/reminders";

    @Inject
    ReportFixture fixture;
    @Inject
    MockMailbox mailbox;

    private PageClient secretariat() {
        fixture.openCycle(CYCLE);
        return new PageClient(Tokens.secretariat());
    }

    /** A focal point with an e-mail address for a state that has not started its report. */
    private void focalPoint(String state) {
        fixture.openCycle(CYCLE);
        String user = "fp-chase-" + state.toLowerCase();
        if (given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/designations?state=" + state)
                .jsonPath().getList("$").isEmpty()) {
            fixture.designate(CYCLE, state, user);
        }
    }

    @Test
    void aStateThatHasNotStartedIsListedAtTheFocalPointLevelWithItsAddress() {
        focalPoint("TGO");
        Document page = secretariat().page(PAGE + "?stage=not_started");
        Element row = page.selectFirst("#target-TGO");
        assertThat(row).isNotNull();
        assertThat(row.select(".oer-level").text()).isEqualTo("Focal point");
        assertThat(row.text()).contains("fp-chase-tgo@example.org", "Not started");
        assertThat(row.select("input[type=checkbox][name=states][value=TGO]")).hasSize(1);
        assertThat(page.select("#stage-not_started[aria-current=page]")).hasSize(1);
        assertThat(page.select("#targets caption").text()).isNotBlank();
    }

    @Test
    void theLetterIsPreviewedInTheLanguageOfAFrenchSpeakingState() {
        focalPoint("SEN");
        Document preview = secretariat().page(PAGE + "/SEN/preview?stage=not_started");
        Element letter = preview.selectFirst("#letter");
        assertThat(letter.attr("lang")).isEqualTo("fr");
        assertThat(letter.select("h2").text()).startsWith("Rappel : rapport national");
        assertThat(letter.text()).contains("Madame, Monsieur", "Sénégal");
        assertThat(preview.text()).contains("fp-chase-sen@example.org", "Français");
    }

    @Test
    void aStateNotInTheStageHasNoPreview() {
        assertThat(secretariat().get(PAGE + "/XYZ/preview?stage=returned").statusCode()).isEqualTo(404);
    }

    @Test
    void sendingMailsTheReminderAndTheContactLogShowsItThenTheThrottleHoldsTheNextOne() {
        focalPoint("BEN");
        mailbox.clear();
        PageClient client = secretariat();
        Document page = client.page(PAGE + "?stage=not_started");
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        form.put("states", List.of("BEN"));
        form.put("note", List.of("Merci de commencer"));
        Response r = client.post(PAGE, form);
        assertThat(r.statusCode()).isEqualTo(303);
        List<Mail> mails = mailbox.getMailsSentTo("fp-chase-ben@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("Rappel");
        assertThat(mails.get(0).getText()).contains("Merci de commencer");
        Document after = client.page(r.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(after.select("#sent").text()).contains("Benin");
        // at this stage the state cannot be chosen again, and the page says until when
        Element row = after.selectFirst("#target-BEN");
        assertThat(row.select("input[name=states]")).isEmpty();
        assertThat(row.select(".oer-throttle").text()).contains("Recently reminded");
        Document log = client.page(PAGE + "/log?state=BEN");
        assertThat(log.select("#contact-log tbody tr.oer-contact-reminder")).hasSize(1);
        assertThat(log.select("#contact-log tbody tr").text()).contains("Reminder", "Not started", "Focal point", "fp-chase-ben@example.org");
    }

    @Test
    void sendingWithoutChoosingAStateIsA400NamingTheStatesAndSendsNothing() {
        focalPoint("NER");
        mailbox.clear();
        PageClient client = secretariat();
        Map<String, List<String>> form = PageClient.fields(client.page(PAGE).selectFirst("form[method=post]"));
        form.remove("states");
        Response r = client.post(PAGE, form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#error-summary a").attr("href")).isEqualTo("#states");
        assertThat(mailbox.getTotalMessagesSent()).isZero();
    }

    private Map<String, List<String>> contactForm(PageClient client, String state, String date) {
        Map<String, List<String>> form = PageClient.fields(client.page(PAGE + "/log").selectFirst("form[method=post]"));
        form.put("state", List.of(state));
        form.put("date", List.of(date));
        form.put("channel", List.of("phone"));
        form.put("level", List.of("national_commission"));
        form.put("note", List.of("Promised by 20 January"));
        return form;
    }

    @Test
    void aContactRecordedByHandIsListedInTheLog() {
        PageClient client = secretariat();
        Response r = client.post(PAGE + "/log", contactForm(client, "GAB", fixture.today().toString()));
        assertThat(r.statusCode()).isEqualTo(303);
        Document log = client.page(r.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(log.select("#recorded")).hasSize(1);
        Element row = log.select("#contact-log tbody tr.oer-contact-manual").stream().filter(tr -> tr.text().contains("(GAB)")).findFirst().orElseThrow();
        assertThat(row.text()).contains("Phone", "National Commission", "Promised by 20 January", "secretariat");
        given().header("Authorization", Tokens.secretariat()).get(ReportFixture.reportPath(CYCLE, "GAB") + "/history").then()
                .body("entries[0].action", equalTo("CONTACT_RECORDED"));
    }

    @Test
    void aContactDatedInTheFutureIsA400NamingTheDateAndNothingIsRecorded() {
        PageClient client = secretariat();
        Response r = client.post(PAGE + "/log", contactForm(client, "COG", fixture.today().plusDays(3).toString()));
        assertThat(r.statusCode()).isEqualTo(400);
        Document shown = Jsoup.parse(r.asString());
        assertThat(shown.select("#error-summary a").attr("href")).isEqualTo("#contact-date");
        assertThat(shown.select("#contact-note").text()).isEqualTo("Promised by 20 January");
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/contact-log?state=COG")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theContactFormNamesEveryMissingField() {
        PageClient client = secretariat();
        Map<String, List<String>> form = PageClient.fields(client.page(PAGE + "/log").selectFirst("form[method=post]"));
        Response r = client.post(PAGE + "/log", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#contact-state", "#contact-date", "#channel-email", "#level-focal_point", "#contact-note");
    }

    @Test
    void aFocalPointCannotOpenTheRemindersOrTheLog() {
        focalPoint("MLI");
        PageClient fp = new PageClient(Tokens.focalPoint("fp-chase-mli"));
        assertThat(fp.get(PAGE).statusCode()).isIn(403, 404);
        assertThat(fp.get(PAGE + "/log").statusCode()).isIn(403, 404);
        assertThat(fp.get(PAGE + "/MLI/preview").statusCode()).isIn(403, 404);
    }

    @Test
    void analystsAndAdministratorsCannotOpenThemEither() {
        secretariat();
        for (String auth : List.of(Tokens.analyst(), Tokens.admin())) {
            assertThat(new PageClient(auth).get(PAGE).statusCode()).isEqualTo(403);
            assertThat(new PageClient(auth).get(PAGE + "/log").statusCode()).isEqualTo(403);
        }
    }

    @Test
    void anUnknownCycleIsPageNotFound() {
        Response r = secretariat().get("/secretariat/no-such-cycle/reminders");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(r.asString()).select("h1").text()).isNotBlank();
    }
}
