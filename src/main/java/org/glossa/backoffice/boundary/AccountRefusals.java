package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.glossa.security.control.AccountRules;
import org.glossa.security.control.InvalidAccountException;

/**
 * An account rule broken, as the person at the form reads it: the account rules report each field's fault in
 * English for the API's problem details; here each is recognised and said again from the UI language's bundle, at the
 * field it names ({@code form:field}). A fault not recognised is still shown at its field, as a general one.
 */
final class AccountRefusals {

    static final String PREFIX = "backoffice.people.error.";

    private AccountRefusals() {}

    /** Each field's fault at that field of {@code form}; the request is marked as failed validation. */
    static void show(UiLanguage ui, String form, InvalidAccountException e) {
        e.errors().forEach((field, message) -> at(ui, form, field, key(message), arguments(message)));
    }

    /** One message at {@code form:field}, from the bundle. */
    static void at(UiLanguage ui, String form, String field, String key, Map<String, ?> arguments) {
        String text = ui.format(PREFIX + key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(form + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** The bundle key (after {@link #PREFIX}) for a rule's English message. */
    static String key(String message) {
        if (message == null) {
            return "invalid";
        }
        if (message.equals("is required")) {
            return "required";
        }
        if (message.startsWith("must be at least")) {
            return "tooShort";
        }
        if (message.startsWith("must be at most")) {
            return "tooLong";
        }
        if (message.startsWith("must be 3 to 64 characters")) {
            return "usernameForm";
        }
        if (message.startsWith("must list at least one locale")) {
            return "noLocale";
        }
        if (message.startsWith("must differ from the current password")) {
            return "samePassword";
        }
        if (message.startsWith("you cannot disable your own account")) {
            return "ownAccount";
        }
        if (message.startsWith("the last enabled owner")) {
            return "lastOwner";
        }
        return "invalid";
    }

    /** The numbers the messages carry: the shortest and longest password or name. */
    static Map<String, Integer> arguments(String message) {
        return Map.of(
                "min",
                AccountRules.MIN_PASSWORD_LENGTH,
                "max",
                message != null && message.contains(Integer.toString(AccountRules.MAX_PASSWORD_LENGTH))
                        ? AccountRules.MAX_PASSWORD_LENGTH
                        : AccountRules.MAX_DISPLAY_NAME_LENGTH);
    }
}
