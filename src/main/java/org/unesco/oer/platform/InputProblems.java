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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input the service could not bind, said in the client's terms: the field path or parameter name and
 * the rule, never a Java type or a library's message.
 */
final class InputProblems {

    private static final int KNOWN_NAMES_SHOWN = 30;

    private InputProblems() {
    }

    static Problem json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : "; known: " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().limit(KNOWN_NAMES_SHOWN).collect(Collectors.joining(", "));
            return invalid(path(u), "is not a known field" + known + " (unknown-field)");
        }
        if (e instanceof InvalidFormatException f) {
            String rule = f.getTargetType() == LocalDate.class ? Dates.RULE : "must be " + words(f.getTargetType()) + " (type)";
            return invalid(path(f), rule);
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getTargetType() == null && m.getPath().isEmpty()) {
                return malformed("body", "is missing or is not a JSON object (type)");
            }
            return invalid(path(m), "must be " + words(m.getTargetType()) + " (type)");
        }
        if (e instanceof StreamConstraintsException) {
            return malformed("body", "exceeds a size limit: numbers of at most " + RequestHygieneFilter.MAX_NUMBER_DIGITS
                    + " characters, keys of at most " + RequestHygieneFilter.MAX_KEY_LENGTH + ", nesting of at most "
                    + RequestHygieneFilter.MAX_DEPTH + " levels (limit)");
        }
        if (e instanceof StreamReadException r) {
            String where = r.getLocation() == null ? ""
                    : " at line " + r.getLocation().getLineNr() + ", column " + r.getLocation().getColumnNr();
            return malformed("body", "is not valid JSON" + where + " (syntax)");
        }
        if (e instanceof JsonMappingException m) {
            return invalid(path(m), "does not have the shape this operation expects (type)");
        }
        return malformed("body", "could not be read as JSON (syntax)");
    }

    /**
     * A path or query parameter that could not be converted to its declared type (RESTEasy reports
     * this as a bare 404): find which one from the matched method and say what it must be.
     */
    static Problem parameter(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            for (Parameter p : method.getParameters()) {
                QueryParam query = p.getAnnotation(QueryParam.class);
                PathParam path = p.getAnnotation(PathParam.class);
                String name = query != null ? query.value() : path != null ? path.value() : null;
                String value = name == null ? null
                        : query != null ? uri.getQueryParameters().getFirst(name) : uri.getPathParameters().getFirst(name);
                if (value != null && !converts(p.getType(), value)) {
                    return invalid(name, "must be " + words(p.getType()) + " (type)");
                }
            }
        }
        return invalid("parameter", "a path or query parameter does not have the expected format (type)");
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

    static String words(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            return "a JSON value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
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

    private static Problem invalid(String field, String message) {
        return new InvalidRequestException(field, message).toProblem();
    }

    private static Problem malformed(String field, String message) {
        return new RequestHygieneFilter.MalformedBodyException(field, message).toProblem();
    }
}
