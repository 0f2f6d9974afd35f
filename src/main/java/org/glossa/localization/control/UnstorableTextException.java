package org.glossa.localization.control;

import jakarta.ejb.ApplicationException;

/**
 * Text that no normalisation can make storable: the API answers 400 naming the field. An application
 * exception, so that it reaches the caller as itself (and rolls back) when an enterprise bean throws it.
 */
@ApplicationException(rollback = true)
public class UnstorableTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public UnstorableTextException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    /** The request field at fault. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name. */
    public String reason() {
        return getMessage().substring(field.length() + 1);
    }
}
