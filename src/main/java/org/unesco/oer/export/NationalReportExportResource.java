package org.unesco.oer.export;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.platform.WorkMetrics;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.Scope;

/** One national report as a workbook, for those who may read the report. */
@Path("/api/cycles/{cycle}/reports/{state}/export.xlsx")
@Tag(name = "Exports")
public class NationalReportExportResource {

    @Inject
    NationalReportExportService national;
    @Inject
    WorkMetrics metrics;

    @PathParam("cycle")
    String cycle;

    @GET
    @Produces(SynthesisExportResource.XLSX)
    @Authenticated
    @Scope(Access.STATE_READ)
    @Operation(summary = "One national report as a workbook in one language",
            description = "Focal points: their own state only (others answer 404); the Secretariat and analysts: any state.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = SynthesisExportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such cycle or state, or not one the focal point acts for")
    public Response nationalReport(@PathParam("state") String state,
                                   @Parameter(description = "Language: a configured language (oer.languages: ar, zh, en, fr, ru, es); default en")
                                   @QueryParam("lang") String lang) {
        NationalReportWorkbook.Content content = national.load(cycle, state, lang);
        return SynthesisExportResource.xlsx(out -> metrics.export("national_workbook", out, o -> {
                    NationalReportWorkbook.write(content, o);
                    return null;
                }), content.fileName());
    }
}
