package org.unesco.oer.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Input the service could not bind, said in the client's terms: the field path or parameter name and
 * the rule, never a Java type or a library's message.
 */
final class InputProblems {

    private static final int KNOWN_NAMES_SHOWN = 30;

    private InputProblems() {
    }

    static DomainException json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Message known = u.getKnownPropertyIds() == null ? Message.of("at.nowhere") : Message.of("violation.unknown-field.known",
                    u.getKnownPropertyIds().stream().map(String::valueOf).sorted().limit(KNOWN_NAMES_SHOWN).collect(Collectors.joining(", ")));
            return invalid(path(u), "unknown-field", Message.of("violation.unknown-field", known));
        }
        if (e instanceof InvalidFormatException f) {
            return f.getTargetType() == LocalDate.class
                    ? invalid(path(f), "date", Message.of("violation.date", Dates.EARLIEST, Dates.LATEST))
                    : invalid(path(f), "type", Message.of("violation.type", words(f.getTargetType())));
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getTargetType() == null && m.getPath().isEmpty()) {
                return malformed("body", "type", Message.of("violation.type.body"));
            }
            return invalid(path(m), "type", Message.of("violation.type", words(m.getTargetType())));
        }
        if (e instanceof StreamConstraintsException) {
            return malformed("body", "limit", Message.of("violation.limit", RequestHygieneFilter.MAX_NUMBER_DIGITS,
                    RequestHygieneFilter.MAX_KEY_LENGTH, RequestHygieneFilter.MAX_DEPTH));
        }
        if (e instanceof StreamReadException r) {
            return malformed("body", "syntax", Message.of("violation.syntax", RequestHygieneFilter.position(r.getLocation())));
        }
        if (e instanceof JsonMappingException m) {
            return invalid(path(m), "type", Message.of("violation.type.shape"));
        }
        return malformed("body", "syntax", Message.of("violation.syntax.unreadable-json"));
    }

    /**
     * A path or query parameter that could not be converted to its declared type (RESTEasy reports
     * this as a bare 404): find which one from the matched method and say what it must be.
     */
    static DomainException parameter(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            for (Parameter p : method.getParameters()) {
                QueryParam query = p.getAnnotation(QueryParam.class);
                PathParam path = p.getAnnotation(PathParam.class);
                String name = query != null ? query.value() : path != null ? path.value() : null;
                String value = name == null ? null
                        : query != null ? uri.getQueryParameters().getFirst(name) : uri.getPathParameters().getFirst(name);
                if (value != null && !converts(p.getType(), value)) {
                    return invalid(name, "type", Message.of("violation.type", words(p.getType())));
                }
            }
        }
        return invalid("parameter", "type", Message.of("violation.type.parameter"));
    }

    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.trim());
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value.trim());
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** What a value of the type is, in words of the bundles ({@code kind.*}). */
    static Message words(Class<?> type) {
        if (type == null) {
            return Message.of("kind.other");
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return Message.of("kind.text");
        }
        if (type == LocalDate.class) {
            return Message.of("kind.date");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Message.of("kind.boolean");
        }
        if (type == int.class || type == Integer.class) {
            return Message.of("kind.int", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return Message.of("kind.long");
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return Message.of("kind.number");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Message.of("kind.list");
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            return Message.of("kind.json");
        }
        if (type.isEnum()) {
            return Message.of("kind.enum", Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
        return Message.of("kind.object");
    }

    /** body.answers.Q07 → answers.Q07; list items as [i]. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static DomainException invalid(String field, String code, Message message) {
        return new InvalidRequestException(field, code, message);
    }

    private static DomainException malformed(String field, String code, Message message) {
        return new RequestHygieneFilter.MalformedBodyException(field, code, message);
    }
}
