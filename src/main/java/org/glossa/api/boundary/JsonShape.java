package org.glossa.api.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.glossa.problem.Problem;

/**
 * Checks a JSON object against the record the API reads it into, before JSON-B does, so that a value of the wrong
 * type is a 400 naming its field ({@code sortOrder: must be a whole number ...}) and not a message about the
 * body as a whole. Checks what a record's components can hold: strings, whole numbers within their Java type,
 * booleans, and lists of strings; {@code null} fits every boxed type. Properties the record does not have are
 * ignored, as JSON-B ignores them.
 */
final class JsonShape {

    /** Whole numbers only as plain digits: an exponent ({@code 1e999999999}) would make a huge number to check. */
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    static final int MAX_DEPTH = 32;

    private JsonShape() {}

    /** Why a body is not a JSON document, as the message of a 400 on {@code body}. */
    static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The body as JSON, or {@link Unreadable} saying why it is not. */
    static JsonValue parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("is not UTF-8");
        }
        try {
            requireShallow(text);
            return Json.createReader(new StringReader(text)).readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new Unreadable(
                    at == null
                            ? "is not valid JSON"
                            : "is not valid JSON (line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                                    + ")");
        } catch (JsonException | IllegalStateException | ArithmeticException | NumberFormatException e) {
            throw new Unreadable("is not valid JSON");
        }
    }

    /** Walks the document's events without building it, so a deeply nested body costs no stack. */
    private static void requireShallow(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw new Unreadable("is nested more than " + MAX_DEPTH + " levels deep");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        }
    }

    /** The fields at fault; empty when {@code value} fits {@code type} (or {@code type} is not a record). */
    static List<Problem.FieldError> problems(Class<?> type, JsonValue value) {
        if (!type.isRecord() || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonObject object)) {
            return List.of(new Problem.FieldError("body", "must be a JSON object"));
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue field = object.get(component.getName());
            if (field == null) {
                continue;
            }
            String message = mismatch(component.getGenericType(), field);
            if (message != null) {
                problems.add(new Problem.FieldError(component.getName(), message));
            }
        }
        return problems;
    }

    /** What is wrong with {@code value} for a component of type {@code type}, or {@code null}. */
    private static String mismatch(Type type, JsonValue value) {
        boolean isNull = value.getValueType() == JsonValue.ValueType.NULL;
        if (type == String.class) {
            return isNull || value.getValueType() == JsonValue.ValueType.STRING ? null : "must be a string";
        }
        if (type == Integer.class || type == int.class) {
            return whole(value, isNull && type == Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return whole(value, isNull && type == Long.class, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Boolean.class || type == boolean.class) {
            return (isNull && type == Boolean.class)
                            || value.getValueType() == JsonValue.ValueType.TRUE
                            || value.getValueType() == JsonValue.ValueType.FALSE
                    ? null
                    : "must be true or false";
        }
        if (type instanceof ParameterizedType list
                && list.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)
                && list.getActualTypeArguments()[0] == String.class) {
            if (isNull) {
                return null;
            }
            return value instanceof JsonArray array
                            && array.stream().allMatch(e -> e.getValueType() == JsonValue.ValueType.STRING)
                    ? null
                    : "must be an array of strings";
        }
        return null;
    }

    private static String whole(JsonValue value, boolean nullAllowed, long min, long max) {
        if (nullAllowed) {
            return null;
        }
        String message = "must be a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number)) {
            return message;
        }
        String digits = number.toString();
        if (!WHOLE.matcher(digits).matches()) {
            return message;
        }
        BigInteger n = new BigInteger(digits);
        return n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0 ? message : null;
    }
}
