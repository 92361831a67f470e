package org.unesco.oer.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail")
@Authenticated
public class AuditResource {

    @Inject
    AuditVerifier verifier;
    @Inject
    AuditAnchors anchors;

    @GET
    @Path("/verification")
    @Scope(roles = {Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Verify the whole audit trail", description = "Recomputes every record's hash, chain by chain (one per "
            + "report, state, cycle and the system, plus the legacy global chain), checks each chain against its head and every anchor "
            + "against the records it committed to, and names the first record or anchor that does not fit")
    public AuditVerifier.Verification verify() {
        return verifier.verify();
    }

    @POST
    @Path("/anchors")
    @Scope(roles = Roles.ADMIN)
    @Operation(summary = "Anchor every chain head now", description = "Submissions anchor the trail; this takes an anchor at once "
            + "(for example before the trail's latest anchor hash is published). Answers the latest anchor.")
    public AuditAnchors.AnchorView anchor() {
        return anchors.anchorNow();
    }
}
