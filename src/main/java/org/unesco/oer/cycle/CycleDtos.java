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
                            String questionnaireVersion, CyclePhase phase, Long daysLeft,
                            @Schema(description = "Bumped by every edit; send it as If-Match to edit the cycle (also the ETag)") int version) {

        static CycleView of(ReportingCycle c, String lang, List<String> languages, Instant now) {
            CyclePhase phase = c.phase(now);
            return new CycleView(c.code, c.title(lang), c.titles.containsKey(lang) ? null : Languages.FALLBACK, Languages.inOrder(c.titles, languages), c.circularLetter, c.dispatchDate, c.openingDate,
                    DeadlineView.of(c.deadline()), DeadlineView.of(c.hardClose()), c.analysisCutoffDate,
                    c.questionnaireVersion, phase, phase == CyclePhase.OPEN ? c.deadline().daysLeft(now) : null, c.version);
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

    @Schema(description = "An administrator's edit of a cycle's dates, time zone or titles: only the members sent change "
            + "(dates are last days in the cycle's time zone; a title per language given). A reason is required and audited "
            + "with each change. acceptOnTimeChanges: true is needed when the change turns submitted reports from on time "
            + "to late or back", example = """
            {"deadline":"2027-02-15","hardClose":"2027-04-15","reason":"Second circular letter CL/4501 extends the consultation",
             "acceptOnTimeChanges":false}""")
    public record UpdateCycleRequest(
            LocalDate opensOn,
            LocalDate deadline,
            LocalDate hardClose,
            LocalDate analysisCutoff,
            @Schema(description = "An IANA time zone such as Europe/Paris") @Size(max = 64) String timeZone,
            @Schema(description = "Titles to change, keyed by ISO 639-1 code (configured languages only)")
            @Size(max = 32) Map<String, @NotBlank @Size(max = 500) String> titles,
            @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "Make the change even though it turns submitted reports from on time to late or back; "
                    + "their flags are then updated (the submission receipts stay as they are)") Boolean acceptOnTimeChanges) {
    }

    @Schema(description = "One field changed by an edit: what it was and what it is")
    public record FieldChange(String field, Object from, Object to) {
    }

    @Schema(description = "A submitted report whose on-time flag a change of deadline or time zone turns over, "
            + "judged against the state's effective deadline (its extension or the cycle's) in the cycle's time zone")
    public record OnTimeChange(String state, Instant submittedAt, Instant effectiveDeadlineBefore, Instant effectiveDeadlineAfter,
                               boolean onTimeBefore, boolean onTimeAfter) {
    }

    @Schema(description = "The cycle after an edit, what changed, and the submitted reports whose on-time flag was updated")
    public record CycleEditView(CycleView cycle, List<FieldChange> changes, List<OnTimeChange> onTimeChanges) {
    }
}
