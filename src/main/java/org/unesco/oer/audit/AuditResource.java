package org.unesco.oer.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

    @GET
    @Path("/verification")
    @Scope(roles = {Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Verify the whole hash chain", description = "Recomputes every record's hash in order and names the first broken record")
    public AuditVerifier.Verification verify() {
        return verifier.verify();
    }
}
