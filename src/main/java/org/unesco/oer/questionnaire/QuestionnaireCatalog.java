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
import com.fasterxml.jackson.core.type.TypeReference;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.Languages;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    @Inject
    Languages languages;
    @Inject
    AuditTrail audit;

    private final Map<String, Published> versions = new ConcurrentHashMap<>();

    /**
     * A published version as served: its definition (structure and the texts of its own file, under
     * {@code checksum}), its publication record, and its texts in every configured language
     * ({@code texts}: language, then key of {@link QuestionnaireTexts}) with the translation
     * publications they come from.
     */
    public record Published(QuestionnaireDefinition definition, String checksum, String sourceFile, Instant publishedAt,
                            List<String> languages, Map<String, Map<String, String>> texts,
                            List<TranslationPublication> translations) {

        /** The definition with its texts in every served language (translations included): what the workbooks read. */
        public QuestionnaireDefinition definitionInEveryLanguage() {
            return QuestionnaireTexts.inLanguages(definition, texts, languages);
        }

        /** The text under {@code key} (see {@link QuestionnaireTexts}) in a served language, or null if the key has none. */
        public String text(String key, String language) {
            Map<String, String> inLanguage = texts.get(language);
            return inLanguage == null ? null : inLanguage.get(key);
        }
    }

    /** A translation of a version into one language, versioned and checksummed on its own. */
    public record TranslationPublication(String language, String checksum, String sourceFile, Instant publishedAt) {
    }

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        Set<String> validated = new HashSet<>();
        for (QuestionnaireParser.Parsed parsed : readFiles()) {
            publish(parsed);
            validated.add(parsed.checksum());
        }
        List<QuestionnaireVersion> stored = QuestionnaireVersion.listAll();
        for (QuestionnaireVersion row : stored) {
            // a stored version whose checksum is that of a file validated above is that file: no second validation
            QuestionnaireDefinition definition = validated.contains(row.checksum)
                    ? QuestionnaireParser.validatedDefinition("database:" + row.version, row.content)
                    : QuestionnaireParser.parse("database:" + row.version, row.content).definition();
            versions.put(row.version, localize(definition, row));
        }
        LOG.infof("Questionnaire versions published: %s, in %s", versions.keySet(), languages.supported());
    }

    /**
     * The texts of a version in every configured language: a translation file
     * {@code translations/<version file>/<lang>.json} wins over the version file's own text (so a
     * correction needs no new version); without a file, the latest published translation in the
     * database; a configured language that still misses a text fails the start-up, naming the file
     * and the key.
     */
    private Published localize(QuestionnaireDefinition definition, QuestionnaireVersion row) {
        Map<String, Map<String, String>> own = QuestionnaireTexts.of(definition);
        String base = row.sourceFile.endsWith(".json") ? row.sourceFile.substring(0, row.sourceFile.length() - 5) : row.sourceFile;
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        List<TranslationPublication> publications = new ArrayList<>();
        for (String language : languages.supported()) {
            String file = "translations/" + base + "/" + language + ".json";
            Map<String, String> translated = Map.of();
            Optional<String> json = readOptional(file);
            if (json.isPresent()) {
                QuestionnaireTranslation.Parsed parsed = QuestionnaireTranslation.parse(file, json.get(), definition, language, own.keySet());
                publications.add(publishTranslation(definition.version(), parsed));
                translated = parsed.texts();
            } else {
                Optional<TranslationPublication> latest = latestTranslation(definition.version(), language);
                if (latest.isPresent()) {
                    translated = storedTranslation(definition.version(), language, latest.get().checksum());
                    publications.add(latest.get());
                }
            }
            texts.put(language, textsIn(language, own, translated, "questionnaire/" + file));
        }
        return new Published(definition, row.checksum, row.sourceFile, row.publishedAt, languages.supported(),
                Map.copyOf(texts), List.copyOf(publications));
    }

    /**
     * Every text of a version in one language: the translation's, else the version file's own;
     * a key with neither fails, naming {@code file} (where the text belongs) and the key.
     */
    static Map<String, String> textsIn(String language, Map<String, Map<String, String>> own,
                                       Map<String, String> translated, String file) {
        Map<String, String> inLanguage = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> text : own.entrySet()) {
            String value = translated.getOrDefault(text.getKey(), text.getValue().get(language));
            if (value == null || value.isBlank()) {
                missing.add(text.getKey());
            } else {
                inLanguage.put(text.getKey(), value);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidQuestionnaireException(file, missing.stream()
                    .map(key -> key + ": missing text in '" + language + "' (configured in oer.languages)").toList());
        }
        return Map.copyOf(inLanguage);
    }

    /** Records a translation the first time its content is seen (insert-if-absent, safe on two replicas) and audits it. */
    TranslationPublication publishTranslation(String version, QuestionnaireTranslation.Parsed parsed) {
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                insert into questionnaire_translation (version, lang, checksum, content, source_file, published_at)
                values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6) on conflict (version, lang, checksum) do nothing
                """)
                .setParameter(1, version).setParameter(2, parsed.language()).setParameter(3, parsed.checksum())
                .setParameter(4, parsed.canonicalJson()).setParameter(5, parsed.file()).setParameter(6, now)
                .executeUpdate();
        if (inserted == 1) {
            audit.append("system", "system", AuditEntry.of("QUESTIONNAIRE_TRANSLATION_PUBLISHED", null, null)
                    .detail(Json.write(Map.of("version", version, "language", parsed.language(),
                            "checksum", parsed.checksum(), "file", parsed.file()))));
            LOG.infof("Questionnaire %s: translation %s published from %s (%s)", version, parsed.language(),
                    parsed.file(), parsed.checksum());
        }
        Object[] stored = (Object[]) em.createNativeQuery("""
                select source_file, published_at from questionnaire_translation where version = ?1 and lang = ?2 and checksum = ?3
                """).setParameter(1, version).setParameter(2, parsed.language()).setParameter(3, parsed.checksum())
                .getSingleResult();
        return new TranslationPublication(parsed.language(), parsed.checksum(), (String) stored[0], instant(stored[1]));
    }

    private Optional<TranslationPublication> latestTranslation(String version, String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select checksum, source_file, published_at from questionnaire_translation
                where version = ?1 and lang = ?2 order by published_at desc, id desc limit 1
                """).setParameter(1, version).setParameter(2, language).getResultList();
        return rows.stream().findFirst().map(r -> new TranslationPublication(language, (String) r[0], (String) r[1], instant(r[2])));
    }

    private Map<String, String> storedTranslation(String version, String language, String checksum) {
        String content = (String) em.createNativeQuery("""
                select cast(content as text) from questionnaire_translation where version = ?1 and lang = ?2 and checksum = ?3
                """).setParameter(1, version).setParameter(2, language).setParameter(3, checksum).getSingleResult();
        return mapper.convertValue(Json.read(content).path("texts"), new TypeReference<Map<String, String>>() {
        });
    }

    /** All translation publications of a version, oldest first (the newest of a language is in force). */
    public List<TranslationPublication> translationHistory(String version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select lang, checksum, source_file, published_at from questionnaire_translation
                where version = ?1 order by published_at, id
                """).setParameter(1, version).getResultList();
        return rows.stream().map(r -> new TranslationPublication((String) r[0], (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value);
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

    private Optional<String> readOptional(String name) {
        try {
            if (config.directory().isPresent()) {
                Path path = Path.of(config.directory().get()).resolve(name);
                return Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("questionnaire/" + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read questionnaire/" + name, e);
        }
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
