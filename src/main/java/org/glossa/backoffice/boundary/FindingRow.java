package org.glossa.backoffice.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.glossa.editorial.control.Finding;
import org.glossa.localization.control.Messages;

/**
 * One quality-check finding as the back office shows it: in the user's language, naming its field, with the element
 * id its field's {@code aria-describedby} points at, and (for a warning) whether the translator acknowledged it.
 */
public final class FindingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;
    private final String fieldLabel;
    private final boolean error;
    private final String message;
    private boolean acknowledged;

    FindingRow(Finding f, Messages messages) {
        this.key = f.key();
        this.field = f.field();
        this.fieldLabel = messages.text("backoffice.editor.field." + f.field());
        this.error = f.isError();
        Map<String, Object> arguments = new HashMap<>(f.parameters());
        arguments.putIfAbsent("suggestion", "");
        this.message = messages.format("backoffice.quality.code." + f.code().id(), arguments);
    }

    /** The id of the element that lists the findings of a field, for the field's {@code aria-describedby}. */
    public static String describing(String field) {
        return "quality-" + field;
    }

    public String getKey() {
        return key;
    }

    public String getField() {
        return field;
    }

    public String getFieldLabel() {
        return fieldLabel;
    }

    public boolean isError() {
        return error;
    }

    public String getMessage() {
        return message;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public void setAcknowledged(boolean acknowledged) {
        this.acknowledged = acknowledged;
    }
}
