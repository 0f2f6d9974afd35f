package org.glossa.editorial.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the API reports with a status and the field at fault: forbidden (403), not found (404),
 * conflict (409), precondition failed / required (412 / 428), invalid (400).
 *
 * <p>The message is English, for the API's problem details and the log. A refusal a person may meet in the back
 * office also carries a {@linkplain #reason() reason}: the key of its message in the UI language's bundle
 * ({@code refusal.<reason>}) and the arguments that message needs.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class EditorialException extends RuntimeException {

    public enum Kind {
        INVALID,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        PRECONDITION_FAILED,
        PRECONDITION_REQUIRED
    }

    private final Kind kind;
    private final String field;
    private String reason;
    private final Map<String, Object> arguments = new LinkedHashMap<>();

    public EditorialException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static EditorialException invalid(String field, String message) {
        return new EditorialException(Kind.INVALID, field, message);
    }

    public static EditorialException forbidden(String message) {
        return new EditorialException(Kind.FORBIDDEN, null, message);
    }

    public static EditorialException notFound(String message) {
        return new EditorialException(Kind.NOT_FOUND, null, message);
    }

    public static EditorialException conflict(String field, String message) {
        return new EditorialException(Kind.CONFLICT, field, message);
    }

    /**
     * Names the refusal for people: {@code refusal.<reason>} in the UI bundles, with its arguments given as
     * name, value pairs.
     */
    public EditorialException because(String reason, Object... namesAndValues) {
        this.reason = reason;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return this;
    }

    /** Names the refusal for people with arguments already in a map. */
    public EditorialException because(String reason, Map<String, ?> arguments) {
        this.reason = reason;
        this.arguments.putAll(arguments);
        return this;
    }

    /** The key of the refusal's UI message under {@code refusal.}, or {@code null} when it has none. */
    public String reason() {
        return reason;
    }

    public Map<String, Object> arguments() {
        return Map.copyOf(arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, or {@code null}. */
    public String field() {
        return field;
    }
}
