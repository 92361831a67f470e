package org.unesco.oer.cycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unesco.oer.platform.Languages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data transfer records of reporting cycles. */
public final class CycleDtos {

    private CycleDtos() {
    }

    @Schema(description = "A reporting cycle (consultation)", example = """
            {"code":"oer-2023","title":"First consultation on the implementation of the 2019 Recommendation on OER",
             "circularLetter":"CL/4398","opensOn":"2022-06-01",
             "deadline":{"lastDay":"2023-01-31","timeZone":"Europe/Paris","endsAt":"2023-01-31T23:00:00Z","endsAtLocal":"2023-02-01T00:00:00+01:00"},
             "analysisCutoff":"2023-04-30","questionnaireVersion":"2022.1","phase":"closed"}""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CycleView(String code, String title, String titleLanguage, Map<String, String> titles, String circularLetter, LocalDate dispatchDate, LocalDate opensOn,
                            DeadlineView deadline, DeadlineView hardClose, LocalDate analysisCutoff,
                            String questionnaireVersion, CyclePhase phase, Long daysLeft) {

        static CycleView of(ReportingCycle c, String lang, List<String> languages, Instant now) {
            CyclePhase phase = c.phase(now);
            return new CycleView(c.code, c.title(lang), c.titles.containsKey(lang) ? null : Languages.FALLBACK, Languages.inOrder(c.titles, languages), c.circularLetter, c.dispatchDate, c.openingDate,
                    DeadlineView.of(c.deadline()), DeadlineView.of(c.hardClose()), c.analysisCutoffDate,
                    c.questionnaireVersion, phase, phase == CyclePhase.OPEN ? c.deadline().daysLeft(now) : null);
        }
    }

    @Schema(description = "A last day in a time zone; endsAt is the first instant that is late")
    public record DeadlineView(LocalDate lastDay, String timeZone, Instant endsAt, ZonedDateTime endsAtLocal) {

        public static DeadlineView of(Deadline d) {
            return d == null ? null : new DeadlineView(d.lastDay(), d.zone().getId(), d.endsAt(), d.endsAtInZone());
        }
    }

    @Schema(description = "A new reporting cycle", example = """
            {"code":"oer-2031","titles":{"ar":"المشاورة الثالثة","zh":"第三次磋商","en":"Third consultation",
             "fr":"Troisième consultation","ru":"Третья консультация","es":"Tercera consulta"},
             "circularLetter":"CL/5000","opensOn":"2030-09-01","deadline":"2031-01-31","timeZone":"Europe/Paris",
             "hardClose":"2031-03-31","analysisCutoff":"2031-04-30","questionnaireVersion":"2022.1"}""")
    public record CreateCycleRequest(
            @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,31}$", message = "{violation.pattern.cycle-code}") String code,
            @Schema(description = "The title in every configured language (oer.languages), keyed by ISO 639-1 code")
            @Size(max = 32) Map<String, @NotBlank @Size(max = 500) String> titles,
            @Schema(description = "Deprecated: use titles.en", deprecated = true) @Size(max = 500) String titleEn,
            @Schema(description = "Deprecated: use titles.fr", deprecated = true) @Size(max = 500) String titleFr,
            @Schema(description = "Deprecated: use titles.ar", deprecated = true) @Size(max = 500) String titleAr,
            @Size(max = 32) String circularLetter,
            LocalDate dispatchDate,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate deadline,
            @NotBlank String timeZone,
            LocalDate hardClose,
            LocalDate analysisCutoff,
            @NotBlank String questionnaireVersion) {

        /** {@code titles}, with the deprecated titleEn/titleFr/titleAr filling the languages it lacks. */
        public Map<String, String> allTitles() {
            Map<String, String> all = new LinkedHashMap<>();
            if (titles != null) {
                titles.forEach((k, v) -> all.put(k == null ? null : k.trim().toLowerCase(java.util.Locale.ROOT), v));
            }
            if (titleEn != null) {
                all.putIfAbsent("en", titleEn);
            }
            if (titleFr != null) {
                all.putIfAbsent("fr", titleFr);
            }
            if (titleAr != null) {
                all.putIfAbsent("ar", titleAr);
            }
            return all;
        }
    }
}
