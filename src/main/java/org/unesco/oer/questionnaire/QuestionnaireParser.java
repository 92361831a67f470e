package org.unesco.oer.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.unesco.oer.platform.Sha256;

import java.util.List;
import java.util.Map;

/** Turns the text of a questionnaire file into a validated definition with its checksum. */
public final class QuestionnaireParser {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private QuestionnaireParser() {
    }

    /** A definition together with the canonical JSON it was read from and that JSON's SHA-256. */
    public record Parsed(String file, QuestionnaireDefinition definition, String canonicalJson, String checksum) {
    }

    /**
     * The definition of JSON that {@link #parse} has already validated (the same checksum): read, not
     * validated again. The structure still has to map, or it fails as {@link #parse} does.
     */
    static QuestionnaireDefinition validatedDefinition(String file, String json) {
        try {
            return MAPPER.readValue(json, QuestionnaireDefinition.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidQuestionnaireException(file, List.of("$: " + e.getMessage()));
        }
    }

    public static Parsed parse(String file, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidQuestionnaireException(file, List.of("line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null) {
            throw new InvalidQuestionnaireException(file, List.of("$: the file is empty"));
        }
        List<String> problems = QuestionnaireValidator.validate(root);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnaireException(file, problems);
        }
        try {
            QuestionnaireDefinition definition = MAPPER.treeToValue(root, QuestionnaireDefinition.class);
            String canonical = CANONICAL.writeValueAsString(MAPPER.convertValue(root, Map.class));
            return new Parsed(file, definition, canonical, Sha256.hex(canonical));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidQuestionnaireException(file, List.of("$: " + e.getMessage()));
        }
    }
}
