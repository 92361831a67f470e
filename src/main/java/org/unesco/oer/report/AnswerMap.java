package org.unesco.oer.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A report version's answers, read-only, with their JSON written once: long answers make up most
 * of a report's bytes, and one version is read many times (by the team, the Secretariat, the pages).
 */
@JsonSerialize(using = AnswerMap.Serializer.class)
public final class AnswerMap extends AbstractMap<String, JsonNode> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, JsonNode> answers;
    private volatile SerializedString json;

    public AnswerMap(Map<String, JsonNode> answers) {
        this.answers = Collections.unmodifiableMap(answers);
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return answers.entrySet();
    }

    @Override
    public JsonNode get(Object key) {
        return answers.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return answers.containsKey(key);
    }

    /** The answers as a JSON object, written on first use (and kept encoded in UTF-8 as well, by SerializedString). */
    SerializedString json() {
        SerializedString text = json;
        if (text == null) {
            try {
                text = new SerializedString(MAPPER.writeValueAsString(answers));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            json = text;
        }
        return text;
    }

    static final class Serializer extends JsonSerializer<AnswerMap> {
        @Override
        public void serialize(AnswerMap value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(value.json());
        }
    }
}
