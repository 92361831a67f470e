package org.unesco.oer.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * How request bodies bind: strictly. Duplicate keys and trailing content fail, a date is only a
 * YYYY-MM-DD text within {@link Dates} (never a number of days since 1970), and a property the
 * service's own records do not know is an error naming it, so that a misspelt key never passes as
 * "absent". Unknown properties stay ignored for third-party types (the Keycloak admin client shares
 * this mapper and must survive new fields in Keycloak's answers).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final String OWN_TYPES = "org.unesco.oer.";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Answers are read as JsonNode trees: a duplicate key there must fail too, not keep the last value.
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        // A number or a boolean where text is expected is a mistake, not text (Jackson would quietly convert it).
        for (CoercionInputShape shape : new CoercionInputShape[]{CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("oer-strict-input").addDeserializer(LocalDate.class, new BoundedLocalDate()));
        mapper.addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                                 Object beanOrClass, String propertyName) throws IOException {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                if (type.getName().startsWith(OWN_TYPES)) {
                    throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
                }
                return false;
            }
        });
    }

    @Override
    public int priority() {
        // Applied last, so that this LocalDate reader wins over the java.time module's.
        return MINIMUM_PRIORITY;
    }

    /** A date is text YYYY-MM-DD between 1900-01-01 and 2100-12-31; anything else names the rule. */
    static final class BoundedLocalDate extends StdScalarDeserializer<LocalDate> {

        BoundedLocalDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw InvalidFormatException.from(p, Dates.RULE, p.getText(), LocalDate.class);
            }
            String text = p.getText().trim();
            LocalDate date = Dates.parse(text);
            if (date == null) {
                throw InvalidFormatException.from(p, Dates.RULE, text, LocalDate.class);
            }
            return date;
        }
    }
}
