package org.unesco.oer.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A read-only map of one report version (its answers, its checks in one language) whose JSON is
 * written once: long answers make up most of a report's bytes, and one version is read many times
 * (by the team, the Secretariat, the pages). The JSON is what Jackson writes for the map itself.
 */
@JsonSerialize(using = WrittenOnceMap.Serializer.class)
public final class WrittenOnceMap<V> extends AbstractMap<String, V> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, V> answers;
    private volatile Utf8Json json;

    public WrittenOnceMap(Map<String, V> answers) {
        this.answers = Collections.unmodifiableMap(answers);
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return answers.entrySet();
    }

    @Override
    public V get(Object key) {
        return answers.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return answers.containsKey(key);
    }

    /** The map as a JSON object, written on first use and kept as UTF-8 only ({@link Utf8Json}). */
    Utf8Json json() {
        Utf8Json text = json;
        if (text == null) {
            try {
                // through a string: characters beyond the BMP stay characters (the byte writer escapes them)
                text = new Utf8Json(MAPPER.writeValueAsString(answers).getBytes(StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            json = text;
        }
        return text;
    }

    static final class Serializer extends JsonSerializer<WrittenOnceMap<?>> {
        @Override
        public void serialize(WrittenOnceMap<?> value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(value.json());
        }
    }
}
