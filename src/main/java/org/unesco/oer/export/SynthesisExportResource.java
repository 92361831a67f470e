package org.unesco.oer.export;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.security.Roles;
import org.unesco.oer.security.Scope;

import java.util.List;

/**
 * The synthesis, as a workbook or as CSV files. Parameters are checked first (problem+json,
 * nothing written); the file is then streamed straight into the response.
 */
@Path("/api/cycles/{cycle}/exports")
@Tag(name = "Exports", description = "Synthesis and national report workbooks (.xlsx)")
@Authenticated
public class SynthesisExportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ZIP = "application/zip";

    @Inject
    SynthesisExportService synthesis;

    @PathParam("cycle")
    String cycle;

    @GET
    @Path("/synthesis.xlsx")
    @Produces(XLSX)
    @Scope(roles = {Roles.ANALYST, Roles.SECRETARIAT})
    @Operation(summary = "Synthesis workbook of the cycle (analyst, secretariat)",
            description = "Sheets: About (parameters, SHA-256 of the data), Response (with chart), Indicators, Questions, "
                    + "Answers (wide), one sheet per repeatable group, Answers (long), Free text, Codebook, Not reporting. "
                    + "A report counts when its status is in `status`, it was first submitted by the end of `asOf` "
                    + "(cycle time zone) and, with late=false, on time; values are those of its latest submission by then.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (problem+json)")
    public Response synthesis(
            @Parameter(description = "Language of the workbook (sheet names, headers, notes, labels): a configured language "
                    + "(oer.languages: ar, zh, en, fr, ru, es); default en") @QueryParam("lang") String lang,
            @Parameter(description = "Choice answers, membership and status as labels or codes (Answers (wide))", schema = @Schema(enumeration = {"labels", "codes"}))
            @QueryParam("values") String values,
            @Parameter(description = "Statuses that count, comma-separated or repeated (default submitted,validated)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("status") List<String> status,
            @Parameter(description = "One region only (AFR, ARB, APA, EUR, LAC)") @QueryParam("region") String region,
            @Parameter(description = "Analysis cut-off, last day included (default: the cycle's)", example = "2023-04-30") @QueryParam("asOf") String asOf,
            @Parameter(description = "Count reports first submitted after the deadline (default true)") @QueryParam("late") String late) {
        SynthesisExportService.Prepared prepared = synthesis.prepare(cycle, lang, values, status, region, asOf, late);
        return xlsx(out -> synthesis.write(prepared, out), prepared.fileName("xlsx"));
    }

    @GET
    @Path("/synthesis.csv.zip")
    @Produces(ZIP)
    @Scope(roles = {Roles.ANALYST, Roles.SECRETARIAT})
    @Operation(summary = "Synthesis as CSV files for R, Stata and pandas (analyst, secretariat)",
            description = "A zip of answers_long.csv (the rows of the workbook's Answers (long) sheet) and codebook.csv: UTF-8 with "
                    + "a byte-order mark, RFC 4180, column names the same in every language; a text starting with = + - @ or a "
                    + "control character begins with an apostrophe. Same parameters and the same reports counted as the workbook.")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (problem+json)")
    public Response synthesisCsv(
            @Parameter(description = "Language of the workbook (sheet names, headers, notes, labels): a configured language "
                    + "(oer.languages: ar, zh, en, fr, ru, es); default en") @QueryParam("lang") String lang,
            @Parameter(description = "Choice answers, membership and status as labels or codes (Answers (wide))", schema = @Schema(enumeration = {"labels", "codes"}))
            @QueryParam("values") String values,
            @Parameter(description = "Statuses that count, comma-separated or repeated (default submitted,validated)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("status") List<String> status,
            @Parameter(description = "One region only (AFR, ARB, APA, EUR, LAC)") @QueryParam("region") String region,
            @Parameter(description = "Analysis cut-off, last day included (default: the cycle's)", example = "2023-04-30") @QueryParam("asOf") String asOf,
            @Parameter(description = "Count reports first submitted after the deadline (default true)") @QueryParam("late") String late) {
        SynthesisExportService.Prepared prepared = synthesis.prepare(cycle, lang, values, status, region, asOf, late);
        return Response.ok((StreamingOutput) out -> synthesis.writeCsv(prepared, out), ZIP)
                .header("Content-Disposition", DownloadName.contentDisposition(prepared.fileName("csv.zip"))).build();
    }

    public static Response xlsx(StreamingOutput body, String fileName) {
        return Response.ok(body, XLSX).header("Content-Disposition", DownloadName.contentDisposition(fileName)).build();
    }
}
