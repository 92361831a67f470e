package org.unesco.oer.report;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.report.ReportDtos.DocumentView;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.CurrentActor;
import org.unesco.oer.security.Scope;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** The documents a report arrived as (e-mail, paper scan), attached by the Secretariat to a submission. */
@Path("/api/cycles/{cycle}/reports/{state}/submissions/{number}/documents")
@Tag(name = "National reports")
@Authenticated
public class SubmissionDocumentResource {

    @Inject
    DocumentService documents;
    @Inject
    CurrentActor caller;

    @PathParam("cycle")
    String cycle;
    @PathParam("state")
    String state;
    @PathParam("number")
    int number;

    @Scope(Access.STATE_DECIDE)
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach the document as received (secretariat)", description = "The body is the file itself, sent with "
            + "its media type: application/pdf, DOCX, XLSX or ODT. The type is checked from the content, not from the name; "
            + "the name's extension must agree. At most `oer.documents.max-size` (10 MB by default). Stored with its SHA-256.")
    @APIResponse(responseCode = "201", description = "Stored; Location is the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", description = "The submission already holds the most documents allowed")
    public Response attach(@Parameter(description = "The file's name, e.g. report-kenya.pdf", required = true) @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @RequestBody(required = true, description = "The file itself",
                                   content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                           @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                           @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                           @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                           InputStream body) {
        DocumentView view = documents.attach(cycle, state, number, fileName, contentType, body, caller.actor());
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, view.href()).entity(view)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Scope(Access.STATE_READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The documents attached to a submission")
    public List<DocumentView> list() {
        return documents.list(cycle, state, number);
    }

    @Scope(Access.STATE_READ)
    @GET
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document unchanged", description = "Repr-Digest carries its SHA-256 (RFC 9530)")
    @APIResponse(responseCode = "200", description = "The document, as an attachment, in the type detected when it was attached",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(@PathParam("id") long id) {
        return attachment(documents.download(cycle, state, number, id));
    }

    /** The document as an attachment, unchanged, with its SHA-256 (Repr-Digest) and nothing a browser would run. */
    public static Response attachment(DocumentService.Download d) {
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(d.sha256()));
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "no-store")
                .build();
    }
}
