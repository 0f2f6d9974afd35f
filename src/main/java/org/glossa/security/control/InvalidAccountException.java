package org.glossa.security.control;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Account input that breaks a rule: every field at fault, each with what is wrong with it. */
@ApplicationException(rollback = true)
public class InvalidAccountException extends IllegalArgumentException {

    private final Map<String, String> errors;

    public InvalidAccountException(Map<String, String> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid account names at least one field");
        }
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Field name to message, in the order the fields were checked. */
    public Map<String, String> errors() {
        return errors;
    }

    private static String describe(Map<String, String> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.length() == 0 ? "" : "; ")
                .append(field)
                .append(": ")
                .append(message));
        return text.toString();
    }
}
