package org.glossa.editorial.control;

/**
 * A refusal the API reports with a status and the field at fault: forbidden (403), not found (404),
 * conflict (409), precondition failed / required (412 / 428), invalid (400).
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

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, or {@code null}. */
    public String field() {
        return field;
    }
}
