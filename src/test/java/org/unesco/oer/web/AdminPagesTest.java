package org.unesco.oer.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.unesco.oer.export.ExportFixture;
import org.unesco.oer.export.ExportFixture.Stored;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.support.Tokens;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What an administrator does on the pages: cycles, regions, questionnaire versions. */
@QuarkusTest
class AdminPagesTest {

    @Inject
    ExportFixture fixture;

    private static PageClient admin() {
        return new PageClient(Tokens.admin());
    }

    private static Map<String, List<String>> form(Document page, String selector) {
        return PageClient.fields(page.selectFirst(selector));
    }

    @Test
    void theCyclesPageListsTheCyclesWithTheirDates() {
        Document page = admin().page("/admin/cycles");
        assertThat(page.select("#cycles tr[data-cycle=oer-2023]")).hasSize(1);
        assertThat(page.select("nav.oer-sections a[href=/admin/cycles][aria-current=page]")).hasSize(1);
        assertThat(page.select("nav.oer-sections a[href=/admin/regions]")).hasSize(1);
        assertThat(page.select("nav.oer-sections a[href=/admin/questionnaires]")).hasSize(1);
    }

    @Test
    void anAdministratorCreatesACycleFromTheForm() {
        PageClient admin = admin();
        Map<String, List<String>> f = form(admin.page("/admin/cycles/new"), "#cycle-form");
        f.put("code", List.of("pages-admin-new"));
        for (String l : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            f.put("titles." + l, List.of("Consultation " + l));
        }
        f.put("opensOn", List.of("2030-01-01"));
        f.put("deadline", List.of("2030-06-30"));
        Response r = admin.post("/admin/cycles/new", f);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/admin/cycles?created=pages-admin-new");
        assertThat(admin.page("/admin/cycles").select("tr[data-cycle=pages-admin-new]")).hasSize(1);
    }

    @Test
    void aCycleWithDatesOutOfOrderIsTheFormAgainNamingTheField() {
        PageClient admin = admin();
        Map<String, List<String>> f = form(admin.page("/admin/cycles/new"), "#cycle-form");
        f.put("code", List.of("pages-admin-bad"));
        for (String l : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            f.put("titles." + l, List.of("Consultation " + l));
        }
        f.put("opensOn", List.of("2030-06-01"));
        f.put("deadline", List.of("2030-01-31"));
        Response r = admin.post("/admin/cycles/new", f);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#error-summary a")).isNotEmpty();
        assertThat(page.selectFirst("#opensOn").val()).isEqualTo("2030-06-01");
        assertThat(admin.page("/admin/cycles").select("tr[data-cycle=pages-admin-bad]")).isEmpty();
    }

    @Test
    void aCycleEditWithoutAReasonIsRefusedWithAnErrorSummary() {
        fixture.cycle("pages-admin-edit", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        PageClient admin = admin();
        Map<String, List<String>> f = form(admin.page("/admin/cycles/pages-admin-edit/edit"), "#cycle-form");
        f.put("deadline", List.of("2026-04-15"));
        Response r = admin.post("/admin/cycles/pages-admin-edit/edit", f);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#error-summary a[href=#reason]")).hasSize(1);
        assertThat(page.selectFirst("#deadline").val()).isEqualTo("2026-04-15");
        assertThat(admin.page("/admin/cycles").selectFirst("tr[data-cycle=pages-admin-edit]").text()).contains("March 31, 2026");
    }

    @Test
    void aCycleEditWithAReasonIsSavedAndRecorded() {
        fixture.cycle("pages-admin-save", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        PageClient admin = admin();
        Map<String, List<String>> f = form(admin.page("/admin/cycles/pages-admin-save/edit"), "#cycle-form");
        f.put("deadline", List.of("2026-04-15"));
        f.put("reason", List.of("Circular letter CL/9999 extends the consultation"));
        Response r = admin.post("/admin/cycles/pages-admin-save/edit", f);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        assertThat(admin.page("/admin/cycles").selectFirst("tr[data-cycle=pages-admin-save]").text()).contains("April 15, 2026");
        given().header("Authorization", Tokens.admin()).get("/api/cycles/pages-admin-save/history").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Circular letter CL/9999 extends the consultation"));
    }

    @Test
    void anEditThatWouldMakeAReportLateShowsItAndNeedsAnExplicitConfirmation() {
        fixture.cycle("pages-admin-flags", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        fixture.report("pages-admin-flags", "KEN", ReportStatus.SUBMITTED,
                List.of(new Stored(LocalDateTime.of(2026, 3, 20, 11, 0), false, Map.of())));
        PageClient admin = admin();
        Map<String, List<String>> f = form(admin.page("/admin/cycles/pages-admin-flags/edit"), "#cycle-form");
        f.put("deadline", List.of("2026-03-10"));
        f.put("reason", List.of("Deadline corrected to the circular letter's"));
        Response r = admin.post("/admin/cycles/pages-admin-flags/edit", f);
        assertThat(r.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#affected-reports tr[data-state=KEN]")).hasSize(1);
        assertThat(page.select("#error-summary a[href=#acceptOnTimeChanges]")).hasSize(1);
        Map<String, List<String>> again = form(page, "#cycle-form");
        again.put("acceptOnTimeChanges", List.of("true"));
        Response confirmed = admin.post("/admin/cycles/pages-admin-flags/edit", again);
        assertThat(confirmed.statusCode()).as(confirmed.asString()).isEqualTo(303);
        assertThat(admin.page("/admin/cycles").selectFirst("tr[data-cycle=pages-admin-flags]").text()).contains("March 10, 2026");
    }

    @Test
    void anEditOnAVersionSinceChangedIsRefusedAndChangesNothing() {
        fixture.cycle("pages-admin-stale", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        PageClient admin = admin();
        Map<String, List<String>> first = form(admin.page("/admin/cycles/pages-admin-stale/edit"), "#cycle-form");
        Map<String, List<String>> second = form(admin.page("/admin/cycles/pages-admin-stale/edit"), "#cycle-form");
        first.put("deadline", List.of("2026-04-10"));
        first.put("reason", List.of("First colleague"));
        assertThat(admin.post("/admin/cycles/pages-admin-stale/edit", first).statusCode()).isEqualTo(303);
        second.put("deadline", List.of("2026-04-20"));
        second.put("reason", List.of("Second colleague, on the old version"));
        Response r = admin.post("/admin/cycles/pages-admin-stale/edit", second);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(r.asString()).select("#error-summary a")).hasSize(1);
        assertThat(admin.page("/admin/cycles").selectFirst("tr[data-cycle=pages-admin-stale]").text()).contains("April 10, 2026");
    }

    @Test
    void anAdministratorMovesAStateToAnotherRegionAndTheHistoryRecordsIt() {
        PageClient admin = admin();
        Map<String, List<String>> f = form(admin.page("/admin/regions/TUV"), "#move-form");
        f.put("region", List.of("EUR"));
        f.put("reason", List.of("Page test: General Conference decision"));
        Response r = admin.post("/admin/regions/TUV", f);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        try {
            assertThat(admin.page("/admin/regions").select("#states-EUR tr[data-state=TUV]")).hasSize(1);
            given().header("Authorization", Tokens.admin()).get("/api/member-states/TUV").then().statusCode(200)
                    .body("region.code", org.hamcrest.Matchers.equalTo("EUR"));
            Document state = admin.page("/admin/regions/TUV?moved=1");
            assertThat(state.select("#moved")).hasSize(1);
            assertThat(state.select("#region-history").text()).contains("APA").contains("EUR").contains("Page test: General Conference decision");
        } finally {
            Map<String, List<String>> back = form(admin.page("/admin/regions/TUV"), "#move-form");
            back.put("region", List.of("APA"));
            back.put("reason", List.of("Page test: back"));
            assertThat(admin.post("/admin/regions/TUV", back).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void aMoveWithoutAReasonIsRefusedAndChangesNothing() {
        PageClient admin = admin();
        Map<String, List<String>> f = form(admin.page("/admin/regions/FJI"), "#move-form");
        f.put("region", List.of("EUR"));
        Response r = admin.post("/admin/regions/FJI", f);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#error-summary a[href=#reason]")).hasSize(1);
        assertThat(admin.page("/admin/regions").select("#states-APA tr[data-state=FJI]")).hasSize(1);
    }

    @Test
    void aPostWithoutTheAntiForgeryTokenIsRefused() {
        Response r = admin().post("/admin/regions/FJI", Map.of("region", List.of("EUR"), "reason", List.of("x")));
        assertThat(r.statusCode()).isIn(400, 403);
        assertThat(admin().page("/admin/regions").select("#states-APA tr[data-state=FJI]")).hasSize(1);
    }

    @Test
    void theQuestionnairesPageShowsEachVersionWithItsChecksumAndTranslations() {
        Document page = admin().page("/admin/questionnaires");
        assertThat(page.select("#questionnaires tr[data-version=2022.1]")).hasSize(1);
        assertThat(page.selectFirst("#questionnaires tr[data-version=2022.1] code").text()).matches("[0-9a-f]{64}");
        Document version = admin().page("/admin/questionnaires/2022.1?in=fr");
        assertThat(version.select("tr[data-question=A1_CAPACITY_BUILDING_INITIATIVES]")).hasSize(1);
        assertThat(version.selectFirst("#checksum").text()).matches("[0-9a-f]{64}");
        assertThat(version.selectFirst("#in option[selected]").val()).isEqualTo("fr");
    }

    @Test
    void theAdminPagesSpeakArabicRightToLeft() {
        Document page = admin().page("/admin/regions?lang=ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("الدول الأعضاء حسب المنطقة");
    }

    @Test
    void analystsSecretariatAndFocalPointsGetNoAdminPage() {
        for (String token : List.of(Tokens.analyst(), Tokens.secretariat(), Tokens.focalPoint("fp-admin-pages"))) {
            PageClient other = new PageClient(token);
            for (String path : List.of("/admin/cycles", "/admin/cycles/new", "/admin/cycles/oer-2023/edit", "/admin/regions",
                    "/admin/regions/KEN", "/admin/questionnaires", "/admin/questionnaires/2022.1")) {
                assertThat(other.get(path).statusCode()).as(path).isIn(403, 404);
            }
        }
    }

    @Test
    void everyAdminPageWeighsUnder300KB() {
        for (String path : List.of("/admin/cycles", "/admin/cycles/new", "/admin/cycles/oer-2023/edit", "/admin/regions",
                "/admin/regions/KEN", "/admin/questionnaires", "/admin/questionnaires/2022.1")) {
            Response r = admin().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            System.out.printf("admin page %s: %d bytes%n", path, r.asByteArray().length);
            assertThat(r.asByteArray().length).as(path).isLessThan(300_000);
        }
    }
}
