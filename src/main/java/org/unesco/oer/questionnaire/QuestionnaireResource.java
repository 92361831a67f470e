package org.unesco.oer.questionnaire;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unesco.oer.security.Access;
import org.unesco.oer.security.Scope;

import java.time.Instant;
import java.util.List;

@Path("/api/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "Published questionnaire versions (immutable)")
@Authenticated
@Scope(Access.AUTHENTICATED)
public class QuestionnaireResource {

    @Inject
    QuestionnaireCatalog catalog;

    @Schema(description = "A published questionnaire version")
    public record VersionSummary(String version, String instrument, String checksum, Instant publishedAt,
                                 List<String> languages, long questions, long indicators) {
    }

    @Schema(description = "A published questionnaire version with its full multilingual definition")
    public record VersionDetail(String version, String checksum, String sourceFile, Instant publishedAt,
                                QuestionnaireDefinition definition, List<String> languages,
                                List<QuestionnaireCatalog.TranslationPublication> translations) {
    }

    @GET
    @Operation(summary = "List published questionnaire versions")
    public List<VersionSummary> list() {
        return catalog.all().stream().map(p -> new VersionSummary(p.definition().version(), p.definition().id(),
                p.checksum(), p.publishedAt(), p.languages(), p.definition().questions().count(),
                p.definition().indicators().size())).toList();
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One questionnaire version in every language, with its checksum")
    public VersionDetail get(@PathParam("version") String version) {
        QuestionnaireCatalog.Published p = catalog.require(version);
        return new VersionDetail(p.definition().version(), p.checksum(), p.sourceFile(), p.publishedAt(), p.definition(),
                p.languages(), p.translations());
    }

    @Schema(description = "A translation publication of a questionnaire version: language, checksum, file, when")
    public record TranslationView(String version, String language, String checksum, String sourceFile, Instant publishedAt) {
    }

    @GET
    @Path("/{version}/translations")
    @Operation(summary = "Every translation published for a version, oldest first",
            description = "Translations are versioned and checksummed on their own; the version's checksum never changes")
    public List<TranslationView> translations(@PathParam("version") String version) {
        catalog.require(version);
        return catalog.translationHistory(version).stream()
                .map(t -> new TranslationView(version, t.language(), t.checksum(), t.sourceFile(), t.publishedAt())).toList();
    }
}
