package org.glossa.content.entity;

import java.util.Locale;

/** A workflow action that the translation's current state does not allow (the API answers 409). */
public class IllegalTransitionException extends IllegalStateException {

    private final TranslationStatus current;
    private final TranslationStatus.Action action;

    public IllegalTransitionException(TranslationStatus current, TranslationStatus.Action action) {
        super("Cannot " + action.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " a translation that is "
                + current.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        this.current = current;
        this.action = action;
    }

    public TranslationStatus current() {
        return current;
    }

    public TranslationStatus.Action action() {
        return action;
    }
}
