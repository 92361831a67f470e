package org.unesco.oer.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.unesco.oer.platform.Languages;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Data transfer records of the member-state registry. */
public final class MemberStateDtos {

    private MemberStateDtos() {
    }

    @Schema(description = "A Member State or Associate Member; names in every configured language, in their order", example = """
            {"code":"KEN","name":"Kenya",
             "names":{"ar":"كينيا","zh":"肯尼亚","en":"Kenya","fr":"Kenya","ru":"Кения","es":"Kenya"},
             "region":{"code":"AFR","name":"Africa"},"status":"member","statusName":"Member State"}""")
    public record MemberStateView(String code, String name, Map<String, String> names, RegionRef region,
                                  MembershipStatus status, String statusName) {

        static MemberStateView of(MemberState s, String lang, List<String> languages, RegistryTerms terms) {
            return new MemberStateView(s.code, s.name(lang), Languages.inOrder(s.names, languages),
                    new RegionRef(s.region.code, s.region.name(lang)), s.status,
                    terms.text("membership." + s.status.code(), lang));
        }
    }

    public record RegionRef(String code, String name) {
    }

    @Schema(description = "A UNESCO region with the number of states it counts")
    public record RegionView(String code, String name, Map<String, String> names, long memberStates, long associateMembers) {
    }

    @Schema(description = "The registry's words in one language, keyed by code", example = """
            {"language":"es","languages":["ar","zh","en","fr","ru","es"],
             "membership":{"member":"Estado Miembro","associate":"Miembro Asociado"},
             "reportStatus":{"not_started":"No iniciado","draft":"Borrador","submitted":"Presentado","returned":"Devuelto","validated":"Validado"},
             "timeliness":{"on_time":"Dentro del plazo","late":"Fuera de plazo","extension":"Prórroga","deadline":"Fecha límite","hard_close":"Cierre definitivo"}}""")
    public record TermsView(String language, List<String> languages, Map<String, String> membership,
                            Map<String, String> reportStatus, Map<String, String> timeliness) {
    }

    @Schema(description = "Move a state to another region", example = """
            {"region":"APA","reason":"Programme grouping decided by the Secretariat"}""")
    public record RegionChangeRequest(
            @NotBlank @Pattern(regexp = "^[A-Z]{2,8}$", message = "must be a region code such as AFR") String region,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(description = "A recorded region change")
    public record RegionChangeView(String state, String oldRegion, String newRegion, String reason,
                                   String changedBy, Instant changedAt) {

        static RegionChangeView of(RegionChange c) {
            return new RegionChangeView(c.stateCode, c.oldRegion, c.newRegion, c.reason, c.changedBy, c.changedAt);
        }
    }
}
