package org.glossa.content.control;

import jakarta.ejb.ApplicationException;

/**
 * A field of an item's input that cannot be stored as sent; the API answers 400 naming the field. An
 * application exception, so that it reaches the caller as itself when an enterprise bean throws it.
 */
@ApplicationException(rollback = true)
public class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault. */
    public String field() {
        return field;
    }
}
