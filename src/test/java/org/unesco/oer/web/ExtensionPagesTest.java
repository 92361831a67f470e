package org.unesco.oer.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The Secretariat's extension page: several states at once, all or nothing, listed and audited. */
@QuarkusTest
class ExtensionPagesTest {

    private static final String CYCLE = "chase-ext";
    private static final String PAGE = "/secretariat/" + CYCLE + "/extensions";

    @Inject
    ReportFixture fixture;

    private PageClient secretariat() {
        fixture.openCycle(CYCLE);
        return new PageClient(Tokens.secretariat());
    }

    private Map<String, List<String>> grantForm(PageClient client, String day, String reason, String... states) {
        Document page = client.page(PAGE);
        Map<String, List<String>> form = PageClient.fields(page.selectFirst("form[method=post]"));
        form.put("states", List.of(states));
        form.put("deadline", List.of(day));
        form.put("reason", List.of(reason));
        return form;
    }

    @Test
    void grantingTwoStatesAtOnceListsBothWithTheReasonAndAuditsEach() {
        PageClient client = secretariat();
        String day = fixture.deadlineOf(CYCLE).plusDays(20).toString();
        Response r = client.post(PAGE, grantForm(client, day, "Cyclone: ministries closed", "MOZ", "MWI"));
        assertThat(r.statusCode()).isEqualTo(303);
        Document list = client.page(r.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(list.select("#granted").text()).contains("2");
        assertThat(list.select("#extensions tbody tr")).extracting(e -> e.select("th").text())
                .anyMatch(t -> t.contains("(MOZ)")).anyMatch(t -> t.contains("(MWI)"));
        assertThat(list.select("#extensions tbody tr").text()).contains("Cyclone: ministries closed", "secretariat");
        for (String state : List.of("MOZ", "MWI")) {
            given().header("Authorization", Tokens.secretariat()).get(ReportFixture.reportPath(CYCLE, state) + "/history").then()
                    .body("entries[0].action", equalTo("EXTENSION_GRANTED"));
        }
    }

    @Test
    void theListCanShowOneStateOnly() {
        PageClient client = secretariat();
        String day = fixture.deadlineOf(CYCLE).plusDays(10).toString();
        assertThat(client.post(PAGE, grantForm(client, day, "Elections", "ZMB", "ZWE")).statusCode()).isEqualTo(303);
        Document only = client.page(PAGE + "?state=ZWE");
        assertThat(only.select("#extensions tbody tr")).isNotEmpty().allMatch(tr -> tr.text().contains("(ZWE)"));
        assertThat(only.select("#filter-state option[selected]").attr("value")).isEqualTo("ZWE");
    }

    @Test
    void aDayBeforeTheDeadlineIsA400NamingTheStatesFieldAndNothingIsGranted() {
        PageClient client = secretariat();
        String day = fixture.deadlineOf(CYCLE).minusDays(1).toString();
        Response r = client.post(PAGE, grantForm(client, day, "Too early", "BWA", "NAM"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document shown = Jsoup.parse(r.asString());
        assertThat(shown.select("#error-summary a")).hasSize(2);
        assertThat(shown.select("#error-summary a").first().attr("href")).isEqualTo("#deadline");
        assertThat(shown.select("#error-summary").text()).contains("(BWA)", "(NAM)");
        assertThat(shown.select("#deadline-error").text()).contains("(BWA)", "(NAM)");
        assertThat(shown.select("#deadline.is-invalid").attr("aria-describedby")).contains("deadline-error");
        // what was typed is kept
        assertThat(shown.select("#state-BWA[checked]")).hasSize(1);
        assertThat(shown.select("#reason").text()).isEqualTo("Too early");
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/extensions?state=BWA")
                .then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/extensions?state=NAM")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theFormLeadsToACheckPageThatGrantsOnlyWhenConfirmed() {
        PageClient client = secretariat();
        String day = fixture.deadlineOf(CYCLE).plusDays(15).toString();
        Response r = client.post(PAGE + "/check", grantForm(client, day, "Floods", "MDV", "FJI"));
        assertThat(r.statusCode()).isEqualTo(200);
        Document check = Jsoup.parse(r.asString());
        assertThat(check.select("#check-extensions tbody tr")).hasSize(2);
        assertThat(check.select("#check-reason").text()).isEqualTo("Floods");
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/extensions?state=MDV")
                .then().body("size()", equalTo(0));
        // "Change" brings the form back as it was typed
        Document change = Jsoup.parse(client.post(PAGE + "/check", PageClient.fields(check.selectFirst("#change").parent())).asString());
        assertThat(change.select("#state-MDV[checked], #state-FJI[checked]")).hasSize(2);
        assertThat(change.select("#deadline").attr("value")).isEqualTo(day);
        Response granted = client.post(PAGE, PageClient.fields(check.selectFirst("#grant").parent()));
        assertThat(granted.statusCode()).isEqualTo(303);
        given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/extensions?state=FJI")
                .then().body("size()", equalTo(1)).body("[0].reason", equalTo("Floods"));
    }

    @Test
    void aDayBeforeTheDeadlineIsRefusedAlreadyOnTheWayToTheCheckPage() {
        PageClient client = secretariat();
        Response r = client.post(PAGE + "/check", grantForm(client, fixture.deadlineOf(CYCLE).toString(), "Too early", "TON"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document shown = Jsoup.parse(r.asString());
        assertThat(shown.select("#error-summary a").attr("href")).isEqualTo("#deadline");
        assertThat(shown.select("#error-summary").text()).contains("(TON)");
    }

    @Test
    void anEmptyReasonAndADayBeforeTheDeadlineAreNamedTogether() {
        PageClient client = secretariat();
        Response r = client.post(PAGE + "/check", grantForm(client, fixture.deadlineOf(CYCLE).minusDays(2).toString(), "", "KIR"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#error-summary a")).extracting(a -> a.attr("href"))
                .containsExactlyInAnyOrder("#reason", "#deadline");
    }

    @Test
    void aFormWithoutStatesOrReasonNamesThoseFields() {
        PageClient client = secretariat();
        Map<String, List<String>> form = grantForm(client, "", "");
        form.remove("states");
        Response r = client.post(PAGE, form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#states", "#deadline", "#reason");
    }

    @Test
    void aPostWithoutTheAntiForgeryTokenIsRefused() {
        PageClient client = secretariat();
        Map<String, List<String>> form = grantForm(client, fixture.deadlineOf(CYCLE).plusDays(5).toString(), "x", "LSO");
        form.remove("_csrf");
        assertThat(client.post(PAGE, form).statusCode()).isEqualTo(403);
    }

    @Test
    void theNavigationLeadsToThePageInEveryLanguage() {
        PageClient client = secretariat();
        Document fr = client.page(PAGE + "?lang=fr");
        assertThat(fr.select("h1").text()).isEqualTo("Prolongations");
        assertThat(fr.select("nav.oer-sections a[aria-current=page]").attr("href")).isEqualTo(PAGE);
        assertThat(client.page(PAGE + "?lang=ar").select("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void aFocalPointOrAnAnalystCannotOpenIt() {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, "SWZ", "fp-chase-swz");
        assertThat(new PageClient(Tokens.focalPoint("fp-chase-swz")).get(PAGE).statusCode()).isIn(403, 404);
        assertThat(new PageClient(Tokens.analyst()).get(PAGE).statusCode()).isIn(403, 404);
        Response post = new PageClient(Tokens.focalPoint("fp-chase-swz")).post(PAGE, Map.of("states", List.of("SWZ")));
        assertThat(post.statusCode()).isIn(403, 404);
    }
}
