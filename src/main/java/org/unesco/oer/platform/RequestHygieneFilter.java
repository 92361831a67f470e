package org.unesco.oer.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every text that enters through a path, a query or a JSON body passes {@link TextRules} here, in one
 * place, before anything reads it. JSON bodies are also parsed strictly first (no duplicate keys, nothing
 * after the value, no null list items, bounded numbers, keys and nesting), so that each rejection names
 * the field and the rule in the client's terms.
 */
@Provider
// Before the access decision (Priorities.AUTHORIZATION), which looks the path's state up in the database.
@Priority(Priorities.AUTHORIZATION - 10)
public class RequestHygieneFilter implements ContainerRequestFilter {

    public static final int MAX_NUMBER_DIGITS = 100;
    public static final int MAX_KEY_LENGTH = 200;
    public static final int MAX_DEPTH = 16;

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Own checks below are tighter than these; the parser's must not fire first with its own words.
            .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(Integer.MAX_VALUE).build())
            .build();

    @Override
    public void filter(ContainerRequestContext request) {
        checkPath(request.getUriInfo().getRequestUri().getRawPath(), request.getUriInfo().getPathParameters());
        checkQuery(request.getUriInfo().getRequestUri().getRawQuery());
        if (request.hasEntity() && isJson(request.getMediaType())) {
            byte[] body;
            try {
                body = request.getEntityStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            checkJson(body);
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static void checkPath(String rawPath, MultivaluedMap<String, String> parameters) {
        if (rawPath != null) {
            for (String segment : rawPath.split("/")) {
                if (decode(segment, false) == null) {
                    throw new InvalidRequestException("path", "encoding", Message.of("violation.encoding.segment", segment));
                }
            }
        }
        parameters.forEach((name, values) -> values.forEach(v -> text(name, v)));
    }

    private static void checkQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName, true);
            if (name == null) {
                throw new InvalidRequestException("query", "encoding", Message.of("violation.encoding.parameter-name", rawName));
            }
            text("query", name);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            if (value == null) {
                throw new InvalidRequestException(name, "encoding");
            }
            text(name, value);
        }
    }

    private static void text(String field, String value) {
        Message problem = TextRules.problem(value);
        if (problem != null) {
            throw new InvalidRequestException(field, "characters", problem);
        }
    }

    /** Percent-decodes strictly: a malformed escape or invalid UTF-8 gives null rather than U+FFFD. */
    static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Walks the body token by token; the first broken rule is reported. */
    static void checkJson(byte[] body) {
        try (JsonParser p = STRICT.createParser(body)) {
            JsonToken token = p.nextToken();
            if (token == null) {
                return;
            }
            int depth = 0;
            do {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new InvalidRequestException(field(p), "depth", MAX_DEPTH);
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        String name = p.currentName();
                        if (name.length() > MAX_KEY_LENGTH) {
                            throw new InvalidRequestException(field(p.getParsingContext().getParent()), "key", MAX_KEY_LENGTH);
                        }
                        Message problem = TextRules.problem(name);
                        if (problem != null) {
                            throw new InvalidRequestException(field(p), "characters", Message.of("violation.characters.key", problem));
                        }
                    }
                    case VALUE_STRING -> text(field(p), p.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        if (p.getTextLength() > MAX_NUMBER_DIGITS) {
                            throw new InvalidRequestException(field(p), "number", MAX_NUMBER_DIGITS);
                        }
                    }
                    case VALUE_NULL -> {
                        if (p.getParsingContext().inArray()) {
                            throw new InvalidRequestException(field(p), "null-item");
                        }
                    }
                    default -> {
                    }
                }
            } while (depth > 0 && (token = p.nextToken()) != null);
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JsonProcessingException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                throw new MalformedBodyException("body", "trailing", Message.of("violation.trailing",
                        p.currentLocation().getLineNr(), p.currentLocation().getColumnNr()));
            }
        } catch (StreamConstraintsException e) {
            throw new MalformedBodyException("body", "number", Message.of("violation.number", MAX_NUMBER_DIGITS));
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            JsonParser p = e.getProcessor();
            if (message != null && message.startsWith("Duplicate field '") && p != null) {
                throw new MalformedBodyException(field(p), "duplicate", Message.of("violation.duplicate"));
            }
            Message where = position(e.getLocation());
            if (message != null && message.startsWith("Unexpected end-of-input")) {
                throw new MalformedBodyException("body", "syntax", Message.of("violation.syntax.incomplete", where));
            }
            if (message != null && message.startsWith("Invalid UTF-8")) {
                throw new MalformedBodyException("body", "encoding", Message.of("violation.encoding.body", where));
            }
            if (message != null && message.contains("CTRL-CHAR")) {
                throw new MalformedBodyException("body", "syntax", Message.of("violation.syntax.control", where));
            }
            throw new MalformedBodyException("body", "syntax", Message.of("violation.syntax", where));
        } catch (IOException e) {
            throw new MalformedBodyException("body", "syntax", Message.of("violation.syntax.unreadable"));
        }
    }

    private static String field(JsonParser p) {
        return field(p.getParsingContext());
    }

    /** The dotted path the client knows: answers.Q07, comments[0].text, or "body" at the top. */
    static String field(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                path.insert(0, (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** " at line L, column C" of a parse error, or nothing when the parser does not know. */
    static Message position(com.fasterxml.jackson.core.JsonLocation location) {
        return location == null ? Message.of("at.nowhere") : Message.of("at.position", location.getLineNr(), location.getColumnNr());
    }

    /** The body is not JSON the service can read: broken syntax, duplicate keys, trailing content. */
    public static class MalformedBodyException extends DomainException {

        public MalformedBodyException(String field, String code, Message message) {
            super(400, "unreadable-body", null, List.of(Issue.of(field, code, message)));
        }
    }

}
