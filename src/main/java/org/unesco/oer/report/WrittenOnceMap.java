package org.unesco.oer.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A read-only map of one report version (its answers, its checks in one language) whose JSON is
 * written once: long answers make up most of a report's bytes, and one version is read many times
 * (by the team, the Secretariat, the pages). The JSON is what Jackson writes for the map itself.
 */
@JsonSerialize(using = WrittenOnceMap.Serializer.class)
public final class WrittenOnceMap<V> extends AbstractMap<String, V> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, V> answers; // null once written, for a map that can be read back from its JSON
    private final Function<byte[], Map<String, V>> readBack;
    private volatile SoftReference<Map<String, V>> read = new SoftReference<>(null);
    private volatile Utf8Json json;

    public WrittenOnceMap(Map<String, V> answers) {
        this.answers = Collections.unmodifiableMap(answers);
        this.readBack = null;
    }

    private WrittenOnceMap(Map<String, V> answers, Function<byte[], Map<String, V>> readBack) {
        this.json = write(answers);
        this.answers = null;
        this.readBack = readBack;
        this.read = new SoftReference<>(Collections.unmodifiableMap(answers));
    }

    /**
     * A report version's answers, written at once and then held as their JSON: the values
     * themselves (trees of strings, two bytes a character in most scripts) are kept only while
     * memory allows, and read back from the JSON when asked for after the collector dropped them.
     * API reads only ever write the JSON; pages and exports read the values.
     */
    public static WrittenOnceMap<JsonNode> ofAnswers(Map<String, JsonNode> answers) {
        return new WrittenOnceMap<>(answers, WrittenOnceMap::readAnswers);
    }

    private static Map<String, JsonNode> readAnswers(byte[] json) {
        try {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            MAPPER.readTree(json).properties().forEach(e -> values.put(e.getKey(), e.getValue()));
            return Collections.unmodifiableMap(values);
        } catch (IOException e) {
            throw new IllegalStateException("The JSON this map wrote cannot be read back", e);
        }
    }

    private Map<String, V> map() {
        if (answers != null) {
            return answers;
        }
        Map<String, V> values = read.get();
        if (values == null) {
            values = readBack.apply(json.bytes());
            read = new SoftReference<>(values);
        }
        return values;
    }

    /** Drops the values as the collector would under memory pressure (for tests). */
    void forgetValues() {
        read = new SoftReference<>(null);
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return map().entrySet();
    }

    @Override
    public V get(Object key) {
        return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    /** The map as a JSON object, written on first use and kept as UTF-8 only ({@link Utf8Json}). */
    Utf8Json json() {
        Utf8Json text = json;
        if (text == null) {
            text = write(answers);
            json = text;
        }
        return text;
    }

    private static Utf8Json write(Map<String, ?> values) {
        try {
            // through a string: characters beyond the BMP stay characters (the byte writer escapes them)
            return new Utf8Json(MAPPER.writeValueAsString(values).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Serializer extends JsonSerializer<WrittenOnceMap<?>> {
        @Override
        public void serialize(WrittenOnceMap<?> value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(value.json());
        }
    }
}
