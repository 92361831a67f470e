package org.unesco.oer.cycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

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
    public record CycleView(String code, String title, String circularLetter, LocalDate dispatchDate, LocalDate opensOn,
                            DeadlineView deadline, DeadlineView hardClose, LocalDate analysisCutoff,
                            String questionnaireVersion, CyclePhase phase, Long daysLeft) {

        static CycleView of(ReportingCycle c, String lang, Instant now) {
            CyclePhase phase = c.phase(now);
            return new CycleView(c.code, c.title(lang), c.circularLetter, c.dispatchDate, c.openingDate,
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
            {"code":"oer-2031","titleEn":"Third consultation","titleFr":"Troisième consultation","titleAr":"المشاورة الثالثة",
             "circularLetter":"CL/5000","opensOn":"2030-09-01","deadline":"2031-01-31","timeZone":"Europe/Paris",
             "hardClose":"2031-03-31","analysisCutoff":"2031-04-30","questionnaireVersion":"2022.1"}""")
    public record CreateCycleRequest(
            @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,31}$", message = "{violation.pattern.cycle-code}") String code,
            @NotBlank @Size(max = 500) String titleEn,
            @NotBlank @Size(max = 500) String titleFr,
            @NotBlank @Size(max = 500) String titleAr,
            @Size(max = 32) String circularLetter,
            LocalDate dispatchDate,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate deadline,
            @NotBlank String timeZone,
            LocalDate hardClose,
            LocalDate analysisCutoff,
            @NotBlank String questionnaireVersion) {
    }
}
