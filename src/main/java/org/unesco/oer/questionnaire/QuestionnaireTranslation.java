package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.unesco.oer.platform.Sha256;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A translation file of a published version: {@code questionnaire/translations/<version file>/<lang>.json},
 * <pre>{"format": 1, "instrument": "…", "version": "2022.1", "language": "zh", "texts": {"title": "…", …}}</pre>
 * keyed as {@link QuestionnaireTexts}. Its checksum is its own (SHA-256 of its canonical JSON): it
 * never changes the version's.
 */
public final class QuestionnaireTranslation {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final Set<String> ROOT_KEYS = Set.of("format", "instrument", "version", "language", "texts");

    private QuestionnaireTranslation() {
    }

    public record Parsed(String file, String language, Map<String, String> texts, String canonicalJson, String checksum) {
    }

    /** Reads and checks a translation of {@code definition} into {@code language}; every key must be one of {@code keys}. */
    public static Parsed parse(String file, String json, QuestionnaireDefinition definition, String language, Set<String> keys) {
        String where = "questionnaire/" + file;
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidQuestionnaireException(where, List.of("line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidQuestionnaireException(where, List.of("$: must be an object"));
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!ROOT_KEYS.contains(name)) {
                problems.add("$." + name + ": unknown property");
            }
        });
        if (root.path("format").asInt(0) != 1) {
            problems.add("$.format: must be 1");
        }
        if (!definition.id().equals(root.path("instrument").asText())) {
            problems.add("$.instrument: must be '" + definition.id() + "'");
        }
        if (!definition.version().equals(root.path("version").asText())) {
            problems.add("$.version: must be '" + definition.version() + "'");
        }
        if (!language.equals(root.path("language").asText())) {
            problems.add("$.language: must be '" + language + "' (the file's name)");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        JsonNode node = root.path("texts");
        if (!node.isObject()) {
            problems.add("$.texts: must be an object from text key to text");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!keys.contains(e.getKey())) {
                    problems.add("$.texts." + e.getKey() + ": no such text in version " + definition.version());
                } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                    problems.add("$.texts." + e.getKey() + ": must be a non-blank text");
                } else {
                    texts.put(e.getKey(), e.getValue().asText());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnaireException(where, problems);
        }
        try {
            String canonical = CANONICAL.writeValueAsString(MAPPER.convertValue(root, Map.class));
            return new Parsed(file, language, Map.copyOf(texts), canonical, Sha256.hex(canonical));
        } catch (JsonProcessingException e) {
            throw new InvalidQuestionnaireException(where, List.of("$: " + e.getMessage()));
        }
    }
}
