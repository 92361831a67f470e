package org.unesco.oer.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Data transfer records of designations. */
public final class DesignationDtos {

    private DesignationDtos() {
    }

    public record Person(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
                         @Size(max = 200) String title, @Size(max = 300) String institution) {
    }

    @Schema(description = "Designate a focal point: creates (or links) the Keycloak account", example = """
            {"state":"KEN","person":{"name":"Amina Wanjiru","email":"a.wanjiru@education.go.ke","title":"Director",
             "institution":"Ministry of Education"},"evidence":"Note verbale 2026/114 of 3 October 2026"}""")
    public record DesignationRequest(@NotBlank @Pattern(regexp = "^[A-Za-z]{3}$", message = "{violation.pattern.alpha3}") String state,
                                     @Valid @NotNull Person person,
                                     @NotBlank @Size(max = 1000) String evidence,
                                     @Schema(description = LINK_FLAG_DESCRIPTION) Boolean linkPrivilegedOrOtherStateAccount) {

        public DesignationRequest(String state, Person person, String evidence) {
            this(state, person, evidence, null);
        }

        public boolean linkConfirmed() {
            return Boolean.TRUE.equals(linkPrivilegedOrOtherStateAccount);
        }
    }

    @Schema(description = "Hand a state over from one focal point to another in one operation", example = """
            {"person":{"name":"C. Successor","email":"c.successor@example.org"},"evidence":"Letter of the National Commission, 2 March","reason":"Retirement"}""")
    public record HandoverRequest(@Valid @NotNull Person person, @NotBlank @Size(max = 1000) String evidence,
                                  @Size(max = 1000) String reason,
                                  @Schema(description = LINK_FLAG_DESCRIPTION) Boolean linkPrivilegedOrOtherStateAccount) {

        public HandoverRequest(Person person, String evidence, String reason) {
            this(person, evidence, reason, null);
        }

        public boolean linkConfirmed() {
            return Boolean.TRUE.equals(linkPrivilegedOrOtherStateAccount);
        }
    }

    static final String LINK_FLAG_DESCRIPTION = "Link an existing Keycloak account with this e-mail even though it holds the"
            + " secretariat, analyst or admin role or acts for another state; without it such a link is refused with 409";

    @Schema(description = "A designation; temporaryPassword appears once, when a new account had to be given one; "
            + "letterLanguage is the language of the designation letter mailed to the person (the state's), absent when none was sent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DesignationView(long id, String cycle, String state, String username, String subject, String name,
                                  String email, String title, String institution, String evidence, Instant validFrom,
                                  Instant validUntil, String designatedBy, String endedBy, String endReason, boolean active,
                                  Boolean accountCreated, Boolean actionsEmailSent, String temporaryPassword,
                                  String letterLanguage) {

        static DesignationView of(Designation d, FocalPointAccounts.Account account, Instant now) {
            return of(d, account, null, now);
        }

        static DesignationView of(Designation d, FocalPointAccounts.Account account, String letterLanguage, Instant now) {
            return new DesignationView(d.id, d.cycleCode, d.stateCode, d.username, d.subject, d.personName, d.email, d.title,
                    d.institution, d.evidence, d.validFrom, d.validUntil, d.designatedBy, d.endedBy, d.endReason,
                    d.isActive(now), account == null ? null : account.created(),
                    account == null ? null : account.actionsEmailSent(), account == null ? null : account.temporaryPassword(),
                    letterLanguage);
        }
    }
}
