package org.unesco.oer.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.CurrentUser;
import org.unesco.oer.security.Scope;

import java.time.Instant;
import java.util.List;
import java.util.Set;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@Authenticated
@Scope(Access.AUTHENTICATED)
public class MeResource {

    @Inject
    CurrentUser user;
    @Inject
    DesignationService designations;

    @Schema(description = "The caller: subject (the token's sub, the stable identity), user name, roles, current designations")
    public record Me(String subject, String username, Set<String> roles, List<CurrentDesignation> designations) {
    }

    public record CurrentDesignation(String cycle, String state, Instant since, String designatedBy) {
    }

    @GET
    @Operation(summary = "Who am I, and for which states may I report")
    public Me me() {
        List<CurrentDesignation> current = designations.activeFor(user.subject(), user.username()).stream()
                .map(d -> new CurrentDesignation(d.cycleCode, d.stateCode, d.validFrom, d.designatedBy)).toList();
        return new Me(user.subject(), user.username(), user.roles(), current);
    }
}
