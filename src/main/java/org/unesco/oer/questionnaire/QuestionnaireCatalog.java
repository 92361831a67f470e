package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.unesco.oer.platform.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes the questionnaire files at start-up and serves every published version. Versions are
 * immutable, so holding their parsed form in memory is safe on every replica.
 */
@ApplicationScoped
public class QuestionnaireCatalog {

    private static final Logger LOG = Logger.getLogger(QuestionnaireCatalog.class);

    @Inject
    InstantSource clock;
    @Inject
    EntityManager em;
    @Inject
    QuestionnaireConfig config;
    @Inject
    ObjectMapper mapper;

    private final Map<String, Published> versions = new ConcurrentHashMap<>();

    /** A published version as served: its definition and publication record. */
    public record Published(QuestionnaireDefinition definition, String checksum, String sourceFile, Instant publishedAt) {
    }

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        for (QuestionnaireParser.Parsed parsed : readFiles()) {
            publish(parsed);
        }
        List<QuestionnaireVersion> stored = QuestionnaireVersion.listAll();
        for (QuestionnaireVersion row : stored) {
            QuestionnaireDefinition definition = QuestionnaireParser.parse("database:" + row.version, row.content).definition();
            versions.put(row.version, new Published(definition, row.checksum, row.sourceFile, row.publishedAt));
        }
        LOG.infof("Questionnaire versions published: %s", versions.keySet());
    }

    /**
     * Stores a version the first time it is seen; afterwards its content must be identical.
     * Two replicas starting together both insert-if-absent and then compare.
     */
    @Transactional
    public void publish(QuestionnaireParser.Parsed parsed) {
        QuestionnaireDefinition d = parsed.definition();
        em.createNativeQuery("""
                insert into questionnaire_version (version, instrument, checksum, content, source_file, published_at)
                values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6) on conflict (version) do nothing
                """)
                .setParameter(1, d.version()).setParameter(2, d.id()).setParameter(3, parsed.checksum())
                .setParameter(4, parsed.canonicalJson()).setParameter(5, parsed.file()).setParameter(6, clock.instant())
                .executeUpdate();
        String stored = (String) em.createNativeQuery("select checksum from questionnaire_version where version = ?1")
                .setParameter(1, d.version()).getSingleResult();
        if (!stored.equals(parsed.checksum())) {
            throw new PublishedVersionIsImmutableException(parsed.file(), d.version(), stored, parsed.checksum());
        }
    }

    public Optional<Published> find(String version) {
        return Optional.ofNullable(versions.get(version));
    }

    public Published require(String version) {
        return find(version).orElseThrow(() -> new NotFoundException("questionnaire-version", version));
    }

    public Collection<Published> all() {
        return versions.values().stream()
                .sorted((a, b) -> a.definition().version().compareTo(b.definition().version())).toList();
    }

    private List<QuestionnaireParser.Parsed> readFiles() {
        List<QuestionnaireParser.Parsed> parsed = new ArrayList<>();
        try {
            JsonNode index = mapper.readTree(read("index.json"));
            if (!index.path("files").isArray()) {
                throw new InvalidQuestionnaireException("index.json", List.of("$.files: must list the questionnaire files"));
            }
            for (JsonNode file : index.path("files")) {
                parsed.add(QuestionnaireParser.parse(file.asText(), read(file.asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the questionnaire files", e);
        }
        return parsed;
    }

    private String read(String name) throws IOException {
        if (config.directory().isPresent()) {
            Path path = Path.of(config.directory().get()).resolve(name);
            if (!Files.exists(path)) {
                throw new InvalidQuestionnaireException(path.toString(), List.of("file not found"));
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("questionnaire/" + name)) {
            if (in == null) {
                throw new InvalidQuestionnaireException("questionnaire/" + name, List.of("file not found on the classpath"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
