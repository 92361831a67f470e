package org.unesco.oer.export;

import org.junit.jupiter.api.Test;
import org.unesco.oer.export.ExportRecords.CycleInfo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Download names: one per combination of parameters, safe on any file system. */
class DownloadNameTest {

    static final CycleInfo CYCLE = new CycleInfo("oer-2023", "Test", null, "2022.1", LocalDate.of(2023, 1, 31),
            LocalDate.of(2023, 4, 30), ZoneId.of("Europe/Paris"));
    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    static String name(String lang, String values, List<String> status, String region, String asOf, String late) {
        return DownloadName.synthesis(CYCLE, SynthesisParameters.parse(LANGUAGES, lang, values, status, region, asOf, late,
                CYCLE.analysisCutoff()), "xlsx");
    }

    @Test
    void eachParameterChangesTheName() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("defaults", name(null, null, null, null, null, null));
        names.put("lang", name("fr", null, null, null, null, null));
        names.put("values", name(null, "codes", null, null, null, null));
        names.put("status", name(null, null, List.of("validated"), null, null, null));
        names.put("region", name(null, null, null, "afr", null, null));
        names.put("asOf", name(null, null, null, null, "2023-03-31", null));
        names.put("late", name(null, null, null, null, null, "false"));
        names.put("other cycle", DownloadName.synthesis(new CycleInfo("oer-2027", "T", null, "2022.1", CYCLE.deadline(),
                CYCLE.analysisCutoff(), CYCLE.zone()), SynthesisParameters.parse(LANGUAGES, null, null, null, null, null, null,
                CYCLE.analysisCutoff()), "xlsx"));
        assertThat(names.get("defaults")).isEqualTo("synthesis_oer-2023_en_cutoff-2023-04-30_all-regions_submitted-validated_labels_with-late.xlsx");
        assertThat(names.values()).as(names.toString()).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("[a-z0-9._-]+").hasSizeLessThan(128));
    }

    @Test
    void theSameStatusesInAnotherOrderGiveTheSameName() {
        assertThat(name(null, null, List.of("validated,submitted"), null, null, null))
                .isEqualTo(name(null, null, List.of("submitted", "validated"), null, null, null));
    }

    @Test
    void theHeaderCarriesTheRfc6266ExtendedForm() {
        assertThat(DownloadName.contentDisposition("report_oer-2023_ken_fr.xlsx"))
                .isEqualTo("attachment; filename=\"report_oer-2023_ken_fr.xlsx\"; filename*=UTF-8''report_oer-2023_ken_fr.xlsx");
        assertThat(DownloadName.nationalReport("oer-2023", "KEN", "ar")).isEqualTo("report_oer-2023_ken_ar.xlsx");
    }
}
