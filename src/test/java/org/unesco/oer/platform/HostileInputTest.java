package org.unesco.oer.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 §1: every hostile input, on every write endpoint and every query parameter, answers below
 * 500 with problem+json and stores nothing. Each case names the class of attack it belongs to.
 */
@QuarkusTest
class HostileInputTest {

    static final String CYCLE = "hostile-input";
    static final String STATE = "KEN";
    static final String FP = "fp-hostile";
    static final String REPORT = "/api/cycles/" + CYCLE + "/reports/" + STATE;

    @Inject
    ReportFixture fixture;
    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URL base;

    private static boolean prepared;
    private static long designationId;

    @BeforeEach
    void prepare() {
        if (prepared) {
            return;
        }
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, STATE, FP);
        ReportFixture.patch(fp(), CYCLE, STATE, Map.of("Q06", "yes", "Q02", "Ministry of Education"), 0);
        designationId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from designation where cycle_code = ?1 and username = ?2").setParameter(1, CYCLE).setParameter(2, FP)
                .getSingleResult()).longValue());
        prepared = true;
    }

    static String fp() {
        return Tokens.focalPoint(FP);
    }

    // ---- The write endpoints, each with a valid body in which "%s" marks one text field ------------

    /** One write endpoint: method, path, who calls it, and a body template whose %s is a JSON value. */
    record Endpoint(String name, String method, String path, Function<Void, String> auth, String template) {

        String valid() {
            return template == null ? null : template.formatted("\"Text\"");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        Function<Void, String> fp = v -> fp();
        Function<Void, String> sec = v -> Tokens.secretariat();
        Function<Void, String> admin = v -> Tokens.admin();
        String c = "/api/cycles/" + CYCLE;
        return List.of(
                new Endpoint("PUT answer", "PUT", REPORT + "/answers/Q02", fp, "{\"value\":%s}"),
                new Endpoint("PATCH answers", "PATCH", REPORT + "/answers", fp, "{\"answers\":{\"Q02\":%s,\"Q09_URLS\":[\"https://example.org\"]}}"),
                new Endpoint("submit", "POST", REPORT + "/submit", fp, null),
                new Endpoint("return", "POST", REPORT + "/return", sec, "{\"reason\":%s,\"comments\":[{\"question\":\"Q02\",\"text\":\"Please\"}]}"),
                new Endpoint("validate", "POST", REPORT + "/validate", sec, "{\"note\":%s}"),
                new Endpoint("reopen", "POST", REPORT + "/reopen", sec, "{\"reason\":%s}"),
                new Endpoint("extension", "POST", c + "/extensions", sec, "{\"state\":\"KEN\",\"deadline\":\"2099-02-28\",\"reason\":%s}"),
                new Endpoint("cycle", "POST", "/api/cycles", admin, "{\"code\":\"hostile-new\",\"titles\":{\"en\":%s,\"fr\":\"T\",\"ar\":\"T\",\"zh\":\"T\",\"ru\":\"T\",\"es\":\"T\"},"
                        + "\"opensOn\":\"2030-09-01\",\"deadline\":\"2031-01-31\",\"timeZone\":\"Europe/Paris\",\"questionnaireVersion\":\"2022.1\"}"),
                new Endpoint("region", "PUT", "/api/member-states/KEN/region", admin, "{\"region\":\"AFR\",\"reason\":%s}"),
                new Endpoint("contacts", "PUT", "/api/member-states/KEN/contacts", sec,
                        "{\"language\":\"en\",\"nationalCommission\":{\"name\":%s,\"email\":\"n@example.org\"},\"permanentDelegation\":null}"),
                new Endpoint("reminders", "POST", c + "/reminders", sec, "{\"stage\":\"not_started\",\"states\":[\"KEN\"],\"note\":%s}"),
                new Endpoint("contact-log", "POST", c + "/contact-log", sec,
                        "{\"state\":\"KEN\",\"date\":\"2020-01-01\",\"channel\":\"phone\",\"level\":\"focal_point\",\"note\":%s}"),
                new Endpoint("designate", "POST", c + "/designations", sec,
                        "{\"state\":\"KEN\",\"person\":{\"name\":%s,\"email\":\"p@example.org\"},\"evidence\":\"Note verbale\"}"),
                new Endpoint("end designation", "DELETE", c + "/designations/{id}", sec, null),
                new Endpoint("handover", "POST", c + "/designations/{id}/handover", sec,
                        "{\"person\":{\"name\":%s,\"email\":\"q@example.org\"},\"evidence\":\"Note verbale\"}"));
    }

    // ---- Hostile bodies ---------------------------------------------------------------------------

    /** A hostile body derived from an endpoint's valid one; null means "does not apply". */
    record Attack(String name, Function<Endpoint, byte[]> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static List<Attack> attacks() {
        List<Attack> list = new ArrayList<>();
        for (String[] text : new String[][]{
                {"NUL in a text", "\"a\\u0000b\""}, {"lone high surrogate", "\"a\\ud800b\""},
                {"bell control character", "\"a\\u0007b\""}, {"C1 control character", "\"a\\u0085b\""},
                {"number 1e400 for a text", "1e400"}, {"huge integer for a text", "1" + "0".repeat(400)}, {"object for a text", "{\"a\":1}"},
                {"list for a text", "[\"a\"]"}, {"null item in a list", "[null]"}, {"deep nesting", "[".repeat(200) + "]".repeat(200)},
                {"boolean for a text", "true"}, {"number for a text", "20270228"}}) {
            list.add(new Attack(text[0], e -> e.template == null ? null : utf8(e.template.formatted(text[1]))));
        }
        list.add(new Attack("NUL in a key", e -> e.template == null ? null : utf8("{\"a\\u0000\":1," + e.valid().substring(1))));
        list.add(new Attack("duplicate key", e -> e.template == null ? null
                : utf8(e.valid().replaceFirst("^\\{\"([^\"]+)\":", "{\"$1\":\"x\",\"$1\":"))));
        list.add(new Attack("trailing garbage", e -> e.template == null ? null : utf8(e.valid() + "garbage")));
        list.add(new Attack("truncated JSON", e -> e.template == null ? null : utf8(e.valid().substring(0, e.valid().length() - 1))));
        list.add(new Attack("misspelt key", e -> e.template == null ? null : utf8(e.valid().replaceFirst("^\\{\"", "{\"x"))));
        list.add(new Attack("unknown extra key", e -> e.template == null ? null : utf8("{\"extra\":1," + e.valid().substring(1))));
        list.add(new Attack("JSON null", e -> e.template == null ? null : utf8("null")));
        list.add(new Attack("JSON list", e -> e.template == null ? null : utf8("[]")));
        list.add(new Attack("JSON text", e -> e.template == null ? null : utf8("\"x\"")));
        list.add(new Attack("invalid UTF-8", e -> {
            if (e.template == null) {
                return null;
            }
            byte[] valid = utf8(e.template.formatted("\"ab\""));
            String s = new String(valid, StandardCharsets.ISO_8859_1).replace("\"ab\"", "\"a\u00c0\u0080b\"");
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }));
        list.add(new Attack("CESU surrogate bytes", e -> {
            if (e.template == null) {
                return null;
            }
            String s = new String(utf8(e.template.formatted("\"ab\"")), StandardCharsets.ISO_8859_1).replace("\"ab\"", "\"a\u00ed\u00a0\u0080b\"");
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }));
        list.add(new Attack("date as a number", e -> e.template == null || !e.template.contains("\"20") ? null
                : utf8(e.valid().replaceFirst("\"(20\\d\\d-\\d\\d-\\d\\d)\"", "20270228"))));
        list.add(new Attack("date beyond PostgreSQL", e -> e.template == null || !e.template.contains("\"20") ? null
                : utf8(e.valid().replaceFirst("\"(20\\d\\d-\\d\\d-\\d\\d)\"", "\"+999999999-12-31\""))));
        list.add(new Attack("date before 1900", e -> e.template == null || !e.template.contains("\"20") ? null
                : utf8(e.valid().replaceFirst("\"(20\\d\\d-\\d\\d-\\d\\d)\"", "\"1899-12-31\""))));
        list.add(new Attack("impossible date", e -> e.template == null || !e.template.contains("\"20") ? null
                : utf8(e.valid().replaceFirst("\"(20\\d\\d-\\d\\d-\\d\\d)\"", "\"2027-02-30\""))));
        return list;
    }

    static Stream<Arguments> hostileBodies() {
        return endpoints().stream().flatMap(e -> attacks().stream().filter(a -> a.body.apply(e) != null).map(a -> Arguments.of(e, a)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileBodies")
    void aHostileBodyIsA4xxProblemAndStoresNothing(Endpoint endpoint, Attack attack) {
        String before = fingerprint();
        Response r = send(endpoint, endpoint.path, attack.body.apply(endpoint));
        assertProblem(r, endpoint + " / " + attack);
        if (!attack.name.equals("JSON null")) {
            // (A null body is allowed where the body is optional: validate then answers 409 for a draft.)
            assertThat(r.statusCode()).as(endpoint + " / " + attack + ": " + r.asString()).isEqualTo(400);
        }
        assertThat(fingerprint()).as("nothing stored by " + endpoint + " / " + attack).isEqualTo(before);
    }

    // ---- Hostile path segments --------------------------------------------------------------------

    static Stream<Arguments> hostilePaths() {
        String[][] segments = {{"NUL", "%00"}, {"control character", "%07"}, {"invalid UTF-8", "%C0%80"}, {"encoded surrogate", "%ED%A0%80"},
                {"DEL", "%7F"}};
        return endpoints().stream().flatMap(e -> Stream.of(segments).map(s -> Arguments.of(e, s[0], s[1])));
    }

    @ParameterizedTest(name = "{0}: {1} in a path segment")
    @MethodSource("hostilePaths")
    void aHostilePathSegmentIsA400ProblemAndStoresNothing(Endpoint endpoint, String attack, String encoded) {
        String before = fingerprint();
        // Spoil the last path parameter-like segment: the state, question, code, id or cycle.
        String path = endpoint.path.replace("{id}", "1" + encoded).replace("/KEN", "/KE" + encoded + "N")
                .replace("/Q02", "/Q0" + encoded + "2").replace("/api/cycles/" + CYCLE, "/api/cycles/hostile" + encoded);
        if (path.equals(endpoint.path)) {
            path = endpoint.path + encoded;
        }
        Response r = send(endpoint, path, utf8(endpoint.valid()));
        assertProblem(r, endpoint + " / " + attack);
        assertThat(r.statusCode()).as(endpoint + " / " + attack + " " + path + ": " + r.asString()).isIn(400, 404, 405);
        assertThat(fingerprint()).as("nothing stored").isEqualTo(before);
    }

    // ---- Every query parameter -------------------------------------------------------------------

    static Stream<Arguments> queryParameters() {
        String c = "/api/cycles/" + CYCLE;
        Object[][] params = {
                {"/api/member-states", "region,status,lang"}, {"/api/member-states/KEN", "lang"}, {"/api/regions", "lang"},
                {"/api/cycles", "lang"}, {c, "lang"}, {c + "/questionnaire", "lang"},
                {REPORT + "/changes", "from,to"}, {REPORT + "/history", "page,size"}, {REPORT + "/export.xlsx", "lang"},
                {c + "/extensions", "state"}, {c + "/reports", "region,status,late,membership,sort,page,size"},
                {c + "/reports.csv", "region,status,late,membership,sort"}, {c + "/monitoring", "asOf,membership"},
                {c + "/reminders", "stage,days"}, {c + "/contact-log", "state"}, {c + "/designations", "state"},
                {c + "/exports/synthesis.xlsx", "lang,values,status,region,asOf,late"}, {c + "/designations/{id}", "reason"}};
        String[][] values = {{"NUL", "%00"}, {"control character", "a%07b"}, {"invalid UTF-8", "%C0%80"}, {"malformed escape", "%zz"},
                {"not a number", "abc"}, {"huge number", "99999999999999999999"}, {"int overflow", "2147483647"},
                {"empty", ""}, {"comma only", ","}, {"far date", "%2B999999999-12-31"}, {"far instant", "-999999999-01-01T00:00:00Z"}};
        List<Arguments> list = new ArrayList<>();
        for (Object[] p : params) {
            for (String name : ((String) p[1]).split(",")) {
                for (String[] v : values) {
                    if (((String) p[0]).endsWith("{id}") && !List.of("NUL", "control character", "invalid UTF-8", "malformed escape").contains(v[0])) {
                        continue; // any other reason is a valid one and would end the designation
                    }
                    list.add(Arguments.of(p[0], name, v[0], v[1]));
                }
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0}?{1}= {2}")
    @MethodSource("queryParameters")
    void aHostileQueryValueIsNeverA5xx(String path, String name, String attack, String encoded) {
        String before = fingerprint();
        boolean csv = path.endsWith("/reports.csv");
        boolean delete = path.endsWith("{id}");
        String target = (csv ? path.replace("/reports.csv", "/reports") : path).replace("{id}", String.valueOf(designationId));
        String auth = target.contains("/reports/") ? fp() : Tokens.secretariat();
        RequestSpecification spec = given().urlEncodingEnabled(false).header("Authorization", auth)
                .accept(csv ? "text/csv" : target.endsWith(".xlsx") ? "*/*" : "application/json");
        if (encoded.equals("%zz")) {
            // No HTTP client library sends a malformed escape: write the request by hand.
            String answer = raw((delete ? "DELETE " : "GET ") + target + "?" + name + "=%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + auth + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path + "?" + name + "=%zz").startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"field\":\"" + name + "\"");
            return;
        }
        Response r = delete ? spec.delete(target + "?" + name + "=" + encoded) : spec.get(target + "?" + name + "=" + encoded);
        assertThat(r.statusCode()).as(path + "?" + name + "=" + encoded + ": " + r.asString()).isLessThan(500);
        if (r.statusCode() >= 400) {
            assertProblem(r, path + "?" + name + "=" + encoded);
        }
        if (attack.equals("NUL") || attack.equals("control character") || attack.equals("invalid UTF-8") || attack.equals("malformed escape")) {
            assertThat(r.statusCode()).as(path + "?" + name + "=" + encoded).isEqualTo(400);
            assertThat(r.jsonPath().getString("violations[0].field")).isEqualTo(name);
        }
        if (delete) {
            assertThat(fingerprint()).as("nothing stored").isEqualTo(before);
        }
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    private Response send(Endpoint endpoint, String path, byte[] body) {
        RequestSpecification spec = given().urlEncodingEnabled(false).header("Authorization", endpoint.auth.apply(null))
                .header("If-Match", "\"" + 1 + "\"");
        if (body != null) {
            spec = spec.contentType("application/json").body(body);
        }
        String target = path.replace("{id}", String.valueOf(designationId));
        return switch (endpoint.method) {
            case "PUT" -> spec.put(target);
            case "PATCH" -> spec.patch(target);
            case "DELETE" -> spec.delete(target);
            default -> spec.post(target);
        };
    }

    static void assertProblem(Response r, String what) {
        assertThat(r.statusCode()).as(what + ": " + r.asString()).isBetween(400, 499);
        assertThat(r.contentType()).as(what).startsWith("application/problem+json");
        String text = r.asString();
        assertThat(text).as(what + " quotes no Java type or library internals")
                .doesNotContain("$", "java.", "com.fasterxml", "Exception", "StreamReadConstraints", "JsonToken", "org.unesco");
        assertThat(text.length()).as(what + " answers briefly").isLessThan(20_000);
    }

    /** Everything a write could change; equal before and after means nothing was stored. */
    String fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery("""
                select concat_ws(',', (select count(*) from audit_record), (select count(*) from reporting_cycle),
                  (select count(*) from designation), (select count(*) from designation where valid_until is not null),
                  (select count(*) from extension), (select count(*) from answer), (select count(*) from submission),
                  (select count(*) from review), (select count(*) from review_comment), (select count(*) from national_contact),
                  (select count(*) from contact_log), (select count(*) from region_change),
                  (select coalesce(sum(version), 0) from national_report))""").getSingleResult()));
    }

    /** A request written byte for byte, for what an HTTP client library refuses to send. */
    String raw(String head) {
        return org.unesco.oer.support.RawHttp.send(base, head);
    }
}
