package org.unesco.oer.e2e;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A reporting cycle open around the day the tests run, created through the API by the admin, with
 * the demo focal points designated by the Secretariat. The end-to-end stack runs on the real clock,
 * so tests that fill and submit must not use the seeded demo cycle: its deadline passes.
 */
public final class OpenCycle {

    /** The demo focal points and their states, as in the realm's demo users. */
    public static final Map<String, String> FOCAL_POINTS = Map.of(
            "fp-ken", "KEN", "fp-fra", "FRA", "fp-jor", "JOR", "fp-bra", "BRA", "fp-ind", "IND");

    private OpenCycle() {
    }

    /**
     * Creates {@code code} (opened 30 days ago, deadline in 60 days, hard close in 90) and designates
     * every demo focal point for it; returns the code.
     */
    public static String create(String serviceUrl, String code) throws Exception {
        return create(serviceUrl, code, -30, 60, 90);
    }

    /** As {@link #create(String, String)}, with the opening, deadline and hard close in days from today. */
    public static String create(String serviceUrl, String code, int opens, int deadline, int hardClose) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String admin = "Bearer " + KeycloakClient.passwordGrant("admin", "admin");
        given().baseUri(serviceUrl).header("Authorization", admin).contentType("application/json")
                .body(Map.of("code", code,
                        "titles", Map.of("ar", "مشاورة الاختبار", "zh", "测试磋商", "en", "Test consultation",
                                "fr", "Consultation de test", "ru", "Тестовая консультация", "es", "Consulta de prueba"),
                        "opensOn", today.plusDays(opens).toString(), "deadline", today.plusDays(deadline).toString(),
                        "hardClose", today.plusDays(hardClose).toString(), "timeZone", "Europe/Paris", "questionnaireVersion", "2022.1"))
                .post("/api/cycles").then().statusCode(201);
        String secretariat = "Bearer " + KeycloakClient.passwordGrant("secretariat", "secretariat");
        for (Map.Entry<String, String> fp : FOCAL_POINTS.entrySet()) {
            given().baseUri(serviceUrl).header("Authorization", secretariat).contentType("application/json")
                    .body(Map.of("state", fp.getValue(), "evidence", "End-to-end test designation",
                            "person", Map.of("name", "Focal point " + fp.getValue(), "email", fp.getKey() + "@example.org",
                                    "institution", "Ministry of Education")))
                    .post("/api/cycles/" + code + "/designations").then().statusCode(201);
        }
        return code;
    }
}
