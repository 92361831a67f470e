package org.unesco.oer.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The Secretariat's focal-point pages against a stub of the Keycloak admin REST API. */
@QuarkusTest
class DesignationPagesTest {

    private static final String ADMIN = "/auth/admin/realms/oer";
    private static final String CYCLE = "chase-des";
    private static final String PAGE = "/secretariat/" + CYCLE + "/designations";

    @OidcWireMock
    WireMockServer keycloak;
    @Inject
    ReportFixture fixture;

    private final PageClient secretariat = new PageClient(Tokens.secretariat());

    @BeforeEach
    void realmWithoutMail() {
        fixture.openCycle(CYCLE);
        keycloak.stubFor(post(urlEqualTo("/auth/realms/oer/protocol/openid-connect/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(WireMock.okJson("{\"access_token\":\"service-account-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        keycloak.stubFor(get(urlEqualTo(ADMIN + "/roles/focal-point"))
                .willReturn(WireMock.okJson("{\"id\":\"role-fp\",\"name\":\"focal-point\"}")));
        keycloak.stubFor(get(urlEqualTo(ADMIN)).willReturn(WireMock.okJson("{\"realm\":\"oer\",\"smtpServer\":{}}")));
    }

    private String newUser(String email) {
        String id = UUID.randomUUID().toString();
        keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("email", equalTo(email)).willReturn(WireMock.okJson("[]")));
        keycloak.stubFor(post(urlEqualTo(ADMIN + "/users")).withRequestBody(matchingJsonPath("$.email", equalTo(email)))
                .willReturn(aResponse().withStatus(201).withHeader("Location", keycloak.baseUrl() + ADMIN + "/users/" + id)));
        stubUser(id, email, "[]");
        return id;
    }

    private void stubUser(String id, String email, String roles) {
        keycloak.stubFor(get(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm/composite")).willReturn(WireMock.okJson(roles)));
        keycloak.stubFor(post(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm")).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(delete(urlEqualTo(ADMIN + "/users/" + id + "/role-mappings/realm")).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(put(urlEqualTo(ADMIN + "/users/" + id + "/reset-password")).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(put(urlEqualTo(ADMIN + "/users/" + id)).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(delete(urlEqualTo(ADMIN + "/users/" + id)).willReturn(aResponse().withStatus(204)));
        keycloak.stubFor(get(urlEqualTo(ADMIN + "/users/" + id)).willReturn(WireMock.okJson(
                "{\"id\":\"" + id + "\",\"username\":\"" + email + "\",\"email\":\"" + email + "\",\"attributes\":{}}")));
    }

    private Map<String, List<String>> designateForm(String state, String email) {
        Map<String, List<String>> form = PageClient.fields(secretariat.page(PAGE + "/new").selectFirst("form[method=post]"));
        form.put("state", List.of(state));
        form.put("name", List.of("Rania Haddad"));
        form.put("email", List.of(email));
        form.put("institution", List.of("Ministry of Education"));
        form.put("evidence", List.of("Note verbale 2026/1"));
        return form;
    }

    private List<Map<String, Object>> designations(String state) {
        return given().header("Authorization", Tokens.secretariat()).get("/api/cycles/" + CYCLE + "/designations?state=" + state)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private long designate(String state, String email) {
        newUser(email);
        assertThat(secretariat.post(PAGE, designateForm(state, email)).statusCode()).isEqualTo(200);
        return ((Number) designations(state).get(0).get("id")).longValue();
    }

    @Test
    void designatingShowsTheTemporaryPasswordOnceAndAReloadDoesNot() {
        String email = "rania.jor@example.org";
        newUser(email);
        Response r = secretariat.post(PAGE, designateForm("JOR", email));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Location")).isNull();
        assertThat(r.header("Cache-Control")).contains("no-store");
        Document done = Jsoup.parse(r.asString());
        String password = done.select("#password").text();
        assertThat(password).isNotBlank();
        assertThat(done.select("#temporary-password")).hasSize(1);
        assertThat(r.asString().split(java.util.regex.Pattern.quote(password), -1)).hasSize(2); // exactly once
        assertThat(done.text()).contains("Rania Haddad", email);
        keycloak.verify(postRequestedFor(urlEqualTo(ADMIN + "/users")).withRequestBody(matchingJsonPath("$.attributes.country[0]", equalTo("JOR"))));
        // the designation's own page, and the list, never show it again
        long id = ((Number) designations("JOR").get(0).get("id")).longValue();
        String again = secretariat.get(PAGE + "/" + id).asString();
        assertThat(again).doesNotContain(password).contains("Rania Haddad");
        assertThat(Jsoup.parse(again).select("#temporary-password")).isEmpty();
        String list = secretariat.get(PAGE + "?state=JOR").asString();
        assertThat(list).doesNotContain(password);
        assertThat(Jsoup.parse(list).select("#designation-" + id).text()).contains("Rania Haddad", "Active");
    }

    @Test
    void aFormWithMissingFieldsIsA400NamingThemAndNothingIsDone() {
        Map<String, List<String>> form = designateForm("", "not an address");
        form.put("name", List.of(""));
        form.put("evidence", List.of(""));
        Response r = secretariat.post(PAGE, form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#state", "#name", "#email", "#evidence");
        keycloak.verify(0, postRequestedFor(urlEqualTo(ADMIN + "/users")).withRequestBody(matchingJsonPath("$.email", equalTo("not an address"))));
    }

    @Test
    void keycloakUnreachableShowsTheFormAgainWithAClearMessageAndNothingIsStored() {
        String email = "down.lbn@example.org";
        keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("email", equalTo(email))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        Response r = secretariat.post(PAGE, designateForm("LBN", email));
        assertThat(r.statusCode()).isEqualTo(503);
        Document shown = Jsoup.parse(r.asString());
        assertThat(shown.select("#unavailable").text()).contains("cannot be reached", "Nothing was changed")
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("connection reset");
        assertThat(shown.select("#email").attr("value")).isEqualTo(email);
        assertThat(shown.select("#state option[selected]").attr("value")).isEqualTo("LBN");
        assertThat(designations("LBN")).isEmpty();
    }

    @Test
    void anAccountWithOtherDutiesIsLinkedOnlyOnceTheSecretariatConfirms() {
        String email = "staff.bhs@chase.example.org";
        String id = UUID.randomUUID().toString();
        keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("email", equalTo(email))
                .willReturn(WireMock.okJson("[{\"id\":\"" + id + "\",\"username\":\"staff-bhs\",\"email\":\"" + email + "\",\"attributes\":{}}]")));
        stubUser(id, email, "[{\"id\":\"role-sec\",\"name\":\"secretariat\"}]");
        Response asked = secretariat.post(PAGE, designateForm("BHS", email));
        assertThat(asked.statusCode()).isEqualTo(409);
        Document question = Jsoup.parse(asked.asString());
        assertThat(question.select("#confirm-link input#linkConfirmed[type=checkbox]")).hasSize(1);
        assertThat(question.select("#confirm-link").text()).contains(email, "secretariat").doesNotContain("linkPrivilegedOrOtherStateAccount");
        assertThat(designations("BHS")).isEmpty();
        Map<String, List<String>> confirmed = PageClient.fields(question.selectFirst("form[method=post]"));
        confirmed.put("linkConfirmed", List.of("yes"));
        assertThat(secretariat.post(PAGE, confirmed).statusCode()).isEqualTo(200);
        assertThat(designations("BHS")).hasSize(1);
    }

    @Test
    void endingADesignationEndsItAtOnce() {
        long id = designate("DOM", "ending.dom@chase.example.org");
        Document confirm = secretariat.page(PAGE + "/" + id + "/end");
        Map<String, List<String>> form = PageClient.fields(confirm.selectFirst("form[method=post]"));
        form.put("reason", List.of("Left the ministry"));
        Response r = secretariat.post(PAGE + "/" + id + "/end", form);
        assertThat(r.statusCode()).isEqualTo(303);
        Document list = secretariat.page(r.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(list.select("#ended").text()).contains("Rania Haddad");
        assertThat(list.select("#designation-" + id).text()).contains("Ended", "Left the ministry");
        assertThat(list.select("#end-" + id)).isEmpty();
        assertThat(designations("DOM").get(0).get("active")).isEqualTo(false);
    }

    @Test
    void aHandoverEndsOneFocalPointAndStartsTheOther() {
        long id = designate("GTM", "old.gtm@chase.example.org");
        String email = "new.gtm@chase.example.org";
        newUser(email);
        Map<String, List<String>> form = PageClient.fields(secretariat.page(PAGE + "/" + id + "/handover").selectFirst("form[method=post]"));
        form.put("name", List.of("C. Successor"));
        form.put("email", List.of(email));
        form.put("evidence", List.of("Letter of the National Commission"));
        form.put("reason", List.of("Retirement"));
        Response r = secretariat.post(PAGE + "/" + id + "/handover", form);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(r.asString()).select("#done").text()).isNotBlank();
        List<Map<String, Object>> all = designations("GTM");
        assertThat(all).anyMatch(d -> email.equals(d.get("email")) && Boolean.TRUE.equals(d.get("active")));
        assertThat(all).anyMatch(d -> ((Number) d.get("id")).longValue() == id && Boolean.FALSE.equals(d.get("active")));
    }

    @Test
    void aFocalPointCannotOpenOrUseThePages() {
        fixture.designate(CYCLE, "CRI", "fp-chase-cri");
        PageClient fp = new PageClient(Tokens.focalPoint("fp-chase-cri"));
        assertThat(fp.get(PAGE).statusCode()).isIn(403, 404);
        assertThat(fp.get(PAGE + "/new").statusCode()).isIn(403, 404);
        assertThat(fp.post(PAGE, Map.of("state", List.of("CRI"))).statusCode()).isIn(403, 404);
    }

    @Test
    void anAnalystCannotOpenThePages() {
        assertThat(new PageClient(Tokens.analyst()).get(PAGE).statusCode()).isEqualTo(403);
        assertThat(new PageClient(Tokens.analyst()).get(PAGE + "/new").statusCode()).isEqualTo(403);
    }
}
