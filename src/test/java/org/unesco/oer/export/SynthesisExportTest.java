package org.unesco.oer.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.export.ExportFixture.Stored;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.registry.MembershipStatus;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.unesco.oer.export.ExportFixture.about;
import static org.unesco.oer.export.ExportFixture.column;
import static org.unesco.oer.export.ExportFixture.row;
import static org.unesco.oer.export.ExportFixture.rows;
import static org.unesco.oer.export.ExportFixture.value;

/**
 * The synthesis workbook read back with POI and checked against the submissions stored in a
 * cycle of its own: KEN (validated, on time), GHA (late), JOR (validated), FRA (submitted twice,
 * the second time after the cut-off), ABW (an Associate Member); not counted: SEN (first submitted
 * after the cut-off), NGA (never submitted), BRA (returned).
 */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class SynthesisExportTest {

    static final String CYCLE = "export-synth";
    static final String PATH = "/api/cycles/" + CYCLE + "/exports/synthesis.xlsx";
    private static boolean stored;

    @Inject
    ExportFixture fixture;
    @Inject
    ReportFixture reports;
    @Inject
    SynthesisExportService service;

    @BeforeEach
    void storeReports() {
        if (stored) {
            return;
        }
        fixture.cycle(CYCLE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        fixture.report(CYCLE, "KEN", ReportStatus.VALIDATED, List.of(new Stored(at(3, 10), false,
                answers("KEN", "yes", List.of("teachers", "learners"), "exists", "adopted", "yes", "yes"))));
        fixture.report(CYCLE, "GHA", ReportStatus.SUBMITTED, List.of(new Stored(at(4, 5), true,
                answers("GHA", "no", null, "planned", "none", "no", "no"))));
        fixture.report(CYCLE, "JOR", ReportStatus.VALIDATED, List.of(new Stored(at(3, 20), false,
                answers("JOR", "yes", List.of("teachers"), "none", "in_development", "no", "yes"))));
        fixture.report(CYCLE, "FRA", ReportStatus.SUBMITTED, List.of(
                new Stored(at(3, 1), false, answers("FRA", "no", null, "exists", "none", "yes", "no")),
                new Stored(at(5, 2), true, answers("FRA", "yes", List.of("librarians"), "exists", "adopted", "yes", "yes"))));
        fixture.report(CYCLE, "ABW", ReportStatus.SUBMITTED, List.of(new Stored(at(3, 30), false,
                answers("ABW", "no", null, "none", "none", "no", "no"))));
        fixture.report(CYCLE, "SEN", ReportStatus.SUBMITTED, List.of(new Stored(at(5, 3), true,
                answers("SEN", "yes", List.of("teachers"), "exists", "adopted", "yes", "yes"))));
        fixture.report(CYCLE, "NGA", ReportStatus.DRAFT, List.of());
        fixture.report(CYCLE, "BRA", ReportStatus.RETURNED, List.of(new Stored(at(3, 15), false,
                answers("BRA", "yes", List.of("researchers"), "exists", "adopted", "yes", "yes"))));
        stored = true;
    }

    static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 11, 30);
    }

    /** A plausible submission: the headline questions as given, their follow-ups only when shown. */
    Map<String, Object> answers(String state, String capacity, List<String> groups, String repository, String policy,
                                String strategy, String funding) {
        Map<String, Object> a = new HashMap<>();
        reports.completeAnswers(state).forEach((code, value) -> a.put(code, value.isTextual() ? value.asText() : value));
        a.put("Q02", "Ministry of Education of " + state);
        a.put("A1_CAPACITY_BUILDING_INITIATIVES", capacity);
        if (groups != null) {
            a.put("A1_TARGET_GROUPS", groups);
            a.put("A1_INITIATIVES", List.of(Map.of("NAME", "OER Academy " + state, "YEAR", 2021), Map.of("NAME", "Open Textbooks")));
            a.put("A1_CAPACITY_BUILDING_DETAILS", "Teacher training in " + state);
            a.put("A1_CAPACITY_BUILDING_URLS", List.of("https://example.org/" + state + "/training"));
        }
        a.put("A1_OER_REPOSITORY", repository);
        a.put("A2_OER_POLICY", policy);
        a.put("A2_NATIONAL_STRATEGY", strategy);
        a.put("A4_OER_FUNDING", funding);
        return a;
    }

    static XSSFWorkbook export(String query) {
        Response r = given().header("Authorization", Tokens.analyst()).get(PATH + query);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.header("Content-Disposition")).contains("synthesis_" + CYCLE + "_").contains("filename*=UTF-8''synthesis_");
        return ExportFixture.read(r.asByteArray());
    }

    static long members(String region, MembershipStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> MemberState.count("region.code = ?1 and status = ?2", region, status));
    }

    @Test
    void responseGivesEachRegionsRateOverAllItsMemberStates() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            XSSFSheet s = wb.getSheet("Response");
            Row afr = row(s, "Region", "AFR");
            assertThat(value(afr, s, "Member States expected")).isEqualTo((double) members("AFR", MembershipStatus.MEMBER));
            assertThat(value(afr, s, "Member States reporting")).isEqualTo(2.0);
            assertThat((Double) value(afr, s, "Response rate")).isCloseTo(2.0 / members("AFR", MembershipStatus.MEMBER), within(1e-9));
            assertThat(value(afr, s, "On time")).isEqualTo(1.0);
            assertThat(value(afr, s, "Late")).isEqualTo(1.0);
            assertThat(value(afr, s, "Validated")).isEqualTo(1.0);
            Row lac = row(s, "Region", "LAC");
            assertThat(value(lac, s, "Member States reporting")).isEqualTo(0.0);
            assertThat(value(lac, s, "Associate Members")).isEqualTo((double) members("LAC", MembershipStatus.ASSOCIATE));
            assertThat(value(lac, s, "Associate Members reporting")).isEqualTo(1.0);
            Row all = row(s, "Region", "ALL");
            long allMembers = QuarkusTransaction.requiringNew().call(() -> MemberState.count("status", MembershipStatus.MEMBER));
            assertThat(value(all, s, "Member States expected")).isEqualTo((double) allMembers);
            assertThat(value(all, s, "Member States reporting")).isEqualTo(4.0);
            assertThat(value(all, s, "All reporting states")).isEqualTo(5.0);
            assertThat(s.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(about(wb, "Reports included")).isEqualTo("5");
        }
    }

    @Test
    void indicatorsCountReportingStatesPerRegionWithTheirDenominator() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            Sheet s = wb.getSheet("Indicators");
            Row capacity = row(s, "Indicator", "CAPACITY_BUILDING");
            assertThat(value(capacity, s, "ALL reporting states (denominator)")).isEqualTo(5.0);
            assertThat(value(capacity, s, "AFR reporting states (denominator)")).isEqualTo(2.0);
            assertThat(value(capacity, s, "EUR reporting states (denominator)")).isEqualTo(1.0);
            assertThat(value(capacity, s, "ALL states")).isEqualTo(2.0);      // KEN, JOR
            assertThat(value(capacity, s, "ALL % of reporting")).isEqualTo(0.4);
            assertThat(value(capacity, s, "AFR states")).isEqualTo(1.0);
            assertThat(value(capacity, s, "AFR % of reporting")).isEqualTo(0.5);
            assertThat(value(capacity, s, "ARB % of reporting")).isEqualTo(1.0);
            // FRA's second submission (adopted) came after the cut-off: its first (none) counts.
            Row policy = row(s, "Indicator", "POLICY_ADOPTED_OR_DEVELOPING");
            assertThat(value(policy, s, "ALL states")).isEqualTo(2.0);      // KEN adopted, JOR in development
            assertThat(value(policy, s, "EUR states")).isEqualTo(0.0);
            Row repositories = row(s, "Indicator", "REPOSITORIES_EXIST_OR_PLANNED");
            assertThat(value(repositories, s, "ALL states")).isEqualTo(3.0); // KEN, GHA, FRA
            assertThat(s.getSheetName()).isEqualTo("Indicators");
            assertThat(rows(s, "Headline", "yes")).hasSize(5);
        }
    }

    @Test
    void questionsSplitMultipleChoicesByOptionOverReportingStates() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            Sheet s = wb.getSheet("Questions");
            List<Row> targets = rows(s, "Question", "A1_TARGET_GROUPS");
            Row teachers = targets.stream().filter(r -> "teachers".equals(ExportFixture.text(r.getCell(column(s, "Option"))))).findFirst().orElseThrow();
            assertThat(value(teachers, s, "ALL states")).isEqualTo(2.0);
            assertThat(value(teachers, s, "ALL % of reporting")).isEqualTo(0.4);
            assertThat(value(teachers, s, "AFR states")).isEqualTo(1.0);
            Row learners = targets.stream().filter(r -> "learners".equals(ExportFixture.text(r.getCell(column(s, "Option"))))).findFirst().orElseThrow();
            assertThat(value(learners, s, "ALL states")).isEqualTo(1.0);
            Row answered = targets.stream().filter(r -> "(answered)".equals(ExportFixture.text(r.getCell(column(s, "Option"))))).findFirst().orElseThrow();
            assertThat(value(answered, s, "ALL states")).isEqualTo(2.0);
        }
    }

    @Test
    void wideAnswersGiveOneRowPerStateAndOneColumnPerOption() throws IOException {
        try (XSSFWorkbook wb = export("?lang=fr")) {
            XSSFSheet s = wb.getSheet("Réponses (large)");
            assertThat(s.getLastRowNum()).isEqualTo(5);
            Row ken = row(s, "État", "KEN");
            assertThat(value(ken, s, "A1_TARGET_GROUPS.teachers")).isEqualTo(1.0);
            assertThat(value(ken, s, "A1_TARGET_GROUPS.learners")).isEqualTo(1.0);
            assertThat(value(ken, s, "A1_TARGET_GROUPS.librarians")).isEqualTo(0.0);
            assertThat((String) value(ken, s, "A1_TARGET_GROUPS")).contains("; ");
            assertThat(value(ken, s, "A1_CAPACITY_BUILDING_INITIATIVES")).isEqualTo("Oui");
            assertThat(value(ken, s, "En retard")).isEqualTo(0.0);
            assertThat(value(ken, s, "Qualité")).isEqualTo("État membre");
            assertThat(value(ken, s, "Statut")).isEqualTo("validé");
            assertThat(ken.getCell(column(s, "Première soumission (Europe/Paris)")).getLocalDateTimeCellValue()).isEqualTo(at(3, 10));
            Row gha = row(s, "État", "GHA");
            assertThat(value(gha, s, "A1_TARGET_GROUPS.teachers")).as("not shown to GHA: blank, not 0").isNull();
            assertThat(value(gha, s, "En retard")).isEqualTo(1.0);
            Row fra = row(s, "État", "FRA");
            assertThat(value(fra, s, "N° de soumission")).isEqualTo(1.0);
            assertThat(value(fra, s, "A2_OER_POLICY")).isNotEqualTo("Adoptée");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
        try (XSSFWorkbook wb = export("?values=codes")) {
            Sheet s = wb.getSheet("Answers (wide)");
            assertThat(value(row(s, "State", "FRA"), s, "A2_OER_POLICY")).isEqualTo("none");
            assertThat(value(row(s, "State", "FRA"), s, "Membership")).isEqualTo("member");
            assertThat(value(row(s, "State", "FRA"), s, "Status")).isEqualTo("submitted");
        }
    }

    @Test
    void repeatableGroupsHaveTheirOwnSheetOneRowPerItem() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            Sheet s = wb.getSheet("A1_INITIATIVES");
            List<Row> ken = rows(s, "State", "KEN");
            assertThat(ken).extracting(r -> value(r, s, "Item")).containsExactly(1.0, 2.0);
            assertThat(value(ken.get(0), s, "A1_INITIATIVES.NAME")).isEqualTo("OER Academy KEN");
            assertThat(value(ken.get(0), s, "A1_INITIATIVES.YEAR")).isEqualTo(2021.0);
            assertThat(value(ken.get(1), s, "A1_INITIATIVES.YEAR")).isNull();
            assertThat(rows(s, "State", "GHA")).isEmpty();
            Sheet wide = wb.getSheet("Answers (wide)");
            assertThat(value(row(wide, "State", "KEN"), wide, "A1_INITIATIVES (items)")).isEqualTo(2.0);
            assertThat(s.getLastRowNum()).isEqualTo(4); // KEN and JOR, two items each
        }
    }

    @Test
    void longAnswersGiveOneRowPerStateQuestionAndValue() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            Sheet s = wb.getSheet("Answers (long)");
            List<Row> kenTargets = rows(s, "Question", "A1_TARGET_GROUPS").stream()
                    .filter(r -> "KEN".equals(ExportFixture.text(r.getCell(0)))).toList();
            assertThat(kenTargets).extracting(r -> ExportFixture.text(r.getCell(column(s, "Option")))).containsExactly("teachers", "learners");
            Row q02 = rows(s, "Question", "Q02").stream().filter(r -> "JOR".equals(ExportFixture.text(r.getCell(0)))).findFirst().orElseThrow();
            assertThat(value(q02, s, "Text")).isEqualTo("Ministry of Education of JOR");
            assertThat(value(q02, s, "Region")).isEqualTo("ARB");
        }
    }

    @Test
    void freeTextKeepsDetailsWithTheirHyperlinks() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            Sheet s = wb.getSheet("Free text");
            Row ken = rows(s, "Question", "A1_CAPACITY_BUILDING_DETAILS").stream()
                    .filter(r -> "KEN".equals(ExportFixture.text(r.getCell(column(s, "State"))))).findFirst().orElseThrow();
            assertThat(value(ken, s, "Text")).isEqualTo("Teacher training in KEN");
            assertThat(value(ken, s, "URLs")).isEqualTo("https://example.org/KEN/training");
        }
    }

    @Test
    void freeTextComesQuestionByQuestionThenStateByState() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            Sheet s = wb.getSheet("Free text");
            List<String> order = new java.util.ArrayList<>();
            for (Row r : s) {
                if (r.getRowNum() > 0) {
                    order.add(ExportFixture.text(r.getCell(column(s, "Question"))) + " " + ExportFixture.text(r.getCell(column(s, "State"))));
                }
            }
            assertThat(order.subList(0, 5)).containsExactly("Q02 ABW", "Q02 FRA", "Q02 GHA", "Q02 JOR", "Q02 KEN");
            assertThat(order.indexOf("Q05 ABW")).isEqualTo(5);
            assertThat(order).contains("A2_INCENTIVES KEN");
        }
    }

    @Test
    void notReportingListsEveryOtherStateWithTheReason() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            Sheet s = wb.getSheet("Not reporting");
            long registry = QuarkusTransaction.requiringNew().call(() -> MemberState.count());
            assertThat(s.getLastRowNum()).isEqualTo(registry - 5);
            assertThat(value(row(s, "State", "SEN"), s, "Why not counted")).isEqualTo("first submitted after the cut-off");
            assertThat(value(row(s, "State", "NGA"), s, "Why not counted")).isEqualTo("never submitted");
            assertThat(value(row(s, "State", "BRA"), s, "Why not counted"))
                    .isEqualTo("returned for revision: this status is not counted (status=submitted, validated)");
            assertThat(value(row(s, "State", "BRA"), s, "Report status")).isEqualTo("returned for revision");
            assertThat(value(row(s, "State", "ZWE"), s, "Why not counted")).isEqualTo("no report started");
            assertThat(rows(s, "State", "KEN")).isEmpty();
        }
    }

    @Test
    void parametersChooseWhichReportsCount() throws IOException {
        try (XSSFWorkbook wb = export("?late=false")) {
            assertThat(about(wb, "Reports included")).isEqualTo("4");
            assertThat(value(row(wb.getSheet("Not reporting"), "State", "GHA"), wb.getSheet("Not reporting"), "Why not counted"))
                    .isEqualTo("submitted late; late reports excluded (late=false)");
        }
        try (XSSFWorkbook wb = export("?status=returned&status=validated")) {
            assertThat(ExportFixture.rows(wb.getSheet("Answers (wide)"), "State", "BRA")).hasSize(1);
            assertThat(about(wb, "Reports included")).isEqualTo("3");
        }
        try (XSSFWorkbook wb = export("?asOf=2026-03-05")) {
            assertThat(about(wb, "Reports included")).isEqualTo("1");
            assertThat(about(wb, "Cut-off source")).isEqualTo("requested (asOf)");
        }
        try (XSSFWorkbook wb = export("?asOf=2026-05-31")) {
            // FRA's second submission now counts, and SEN is in.
            Sheet wide = wb.getSheet("Answers (wide)");
            assertThat(value(row(wide, "State", "FRA"), wide, "Submission no.")).isEqualTo(2.0);
            assertThat(about(wb, "Reports included")).isEqualTo("6");
        }
        try (XSSFWorkbook wb = export("?region=afr")) {
            assertThat(wb.getSheet("Answers (wide)").getLastRowNum()).isEqualTo(2);
            assertThat(rows(wb.getSheet("Response"), "Region", "EUR")).isEmpty();
            assertThat(wb.getSheet("Not reporting").getLastRowNum()).isEqualTo(members("AFR", MembershipStatus.MEMBER)
                    + members("AFR", MembershipStatus.ASSOCIATE) - 2);
        }
    }

    @Test
    void theDataDigestDependsOnTheDataOnly() throws IOException {
        String en;
        try (XSSFWorkbook wb = export("")) {
            en = about(wb, "Data SHA-256");
        }
        try (XSSFWorkbook wb = export("?values=codes")) {
            assertThat(about(wb, "Data SHA-256")).isEqualTo(en).matches("[0-9a-f]{64}");
        }
        try (XSSFWorkbook wb = export("?late=false")) {
            assertThat(about(wb, "Data SHA-256")).isNotEqualTo(en);
        }
    }

    @Test
    void theDataDigestIsTheSameInEachOfTheSixLanguages() throws IOException {
        Map<String, String> digests = new java.util.LinkedHashMap<>();
        for (String lang : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            try (XSSFWorkbook wb = export("?lang=" + lang)) {
                digests.put(lang, about(wb, lang, "about.digest"));
            }
        }
        assertThat(digests.get("en")).matches("[0-9a-f]{64}");
        assertThat(digests).as("digest by language").allSatisfy((lang, digest) -> assertThat(digest).isEqualTo(digests.get("en")));
    }

    @Test
    void theCodebookDescribesEveryQuestionInEveryLanguage() throws IOException {
        try (XSSFWorkbook wb = export("")) {
            Sheet s = wb.getSheet("Codebook");
            List<Row> policy = rows(s, "Question", "A2_OER_POLICY");
            Row question = policy.get(0);
            assertThat(value(question, s, "Type")).isEqualTo("single_choice");
            assertThat(value(question, s, "Paragraph")).isEqualTo("(ii), 12");
            assertThat(value(question, s, "Origin")).isEqualTo("reconstructed");
            assertThat((String) value(question, s, "Label (ar)")).isNotBlank();
            assertThat(policy).extracting(r -> ExportFixture.text(r.getCell(column(s, "Option")))).contains("adopted", "in_development", "none");
            long questions = reports.definition().questions().count();
            assertThat(rows(s, "Section", "GENERAL_INFORMATION").stream().filter(r -> r.getCell(column(s, "Option")) == null
                    && r.getCell(column(s, "Field")) == null)).hasSize(5);
            assertThat(questions).isEqualTo(95);
        }
    }

    @Test
    void onlyAnalystsAndTheSecretariatMayExport() throws IOException {
        given().get(PATH).then().statusCode(401);
        given().header("Authorization", Tokens.focalPoint("fp-export-x")).get(PATH).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.admin()).get(PATH).then().statusCode(403);
        given().header("Authorization", Tokens.secretariat()).get(PATH).then().statusCode(200);
        given().header("Authorization", Tokens.analyst()).get("/api/cycles/no-such-cycle/exports/synthesis.xlsx").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aClientThatGoesAwayMidDownloadLeavesNoTemporaryFileAndNoOpenTransaction() {
        long before = SynthesisWriterTest.temporaryFiles();
        java.io.OutputStream disconnecting = new java.io.OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 2_000) {
                    throw new IOException("Connection reset by peer");
                }
            }
        };
        SynthesisExportService.Prepared prepared = service.prepare(CYCLE, null, null, null, null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.write(prepared, disconnecting)).isInstanceOf(IOException.class);
        assertThat(SynthesisWriterTest.temporaryFiles()).isEqualTo(before);
        assertThat(fixture.idleInTransaction()).isZero();
    }

    @Test
    void bothExportsAreDocumentedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/cycles/{cycle}/exports/synthesis.xlsx'.get.parameters.name",
                        org.hamcrest.Matchers.hasItems("lang", "values", "status", "region", "asOf", "late"))
                .body("paths.'/api/cycles/{cycle}/reports/{state}/export.xlsx'.get.summary", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void badParametersAnswer400BeforeAnythingIsWritten() {
        Map<String, String> bad = Map.of("lang", "de", "values", "both", "status", "not_started", "region", "XYZ",
                "asOf", "2026-13-01", "late", "maybe");
        bad.forEach((name, v) -> given().header("Authorization", Tokens.analyst()).queryParam(name, v).get(PATH).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo(name)));
    }
}
