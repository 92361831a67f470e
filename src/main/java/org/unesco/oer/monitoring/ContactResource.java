package org.unesco.oer.monitoring;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;
import org.unesco.oer.monitoring.ContactDtos.StateContacts;

@Path("/api/member-states/{code}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts and reminders", description = "National contacts, reminder rounds and the contact log")
@Authenticated
public class ContactResource {

    @Inject
    ContactService contacts;
    @Inject
    CurrentActor caller;

    @GET
    @Scope(roles = {Roles.SECRETARIAT, Roles.ANALYST})
    @Operation(summary = "A state's National Commission, Permanent Delegation and language")
    public StateContacts get(@PathParam("code") String code) {
        return contacts.get(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Scope(roles = Roles.SECRETARIAT)
    @Operation(summary = "Update a state's national contacts and language (secretariat; audited)")
    public StateContacts put(@PathParam("code") String code, @Valid @NotNull StateContacts body) {
        return contacts.update(code, body, caller.actor());
    }
}
