package org.unesco.oer.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Data transfer records of the member-state registry. */
public final class MemberStateDtos {

    private MemberStateDtos() {
    }

    public record Names(String en, String fr, String ar) {
    }

    @Schema(description = "A Member State or Associate Member", example = """
            {"code":"KEN","name":"Kenya","names":{"en":"Kenya","fr":"Kenya","ar":"كينيا"},
             "region":{"code":"AFR","name":"Africa"},"status":"member"}""")
    public record MemberStateView(String code, String name, Names names, RegionRef region, MembershipStatus status) {

        static MemberStateView of(MemberState s, String lang) {
            return new MemberStateView(s.code, s.name(lang), new Names(s.nameEn, s.nameFr, s.nameAr),
                    new RegionRef(s.region.code, s.region.name(lang)), s.status);
        }
    }

    public record RegionRef(String code, String name) {
    }

    @Schema(description = "A UNESCO region with the number of states it counts")
    public record RegionView(String code, String name, Names names, long memberStates, long associateMembers) {
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
