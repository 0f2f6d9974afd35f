package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.glossa.security.boundary.Caller;
import org.glossa.security.boundary.OwnPassword;
import org.glossa.security.control.AccountConflictException;
import org.glossa.security.control.InvalidAccountException;

/**
 * "Your account", for everyone signed in: who you are, what you may edit, and your own password changed through
 * {@link OwnPassword}, the same rules and sign-in throttle as {@code PUT /api/v1/me/password}. The new password is
 * typed twice; every fault is shown at its field.
 */
@Named("yourAccount")
@ViewScoped
public class YourAccountView implements Serializable {

    static final String FORM = "password";

    @Inject
    OwnPassword ownPassword;

    @Inject
    Caller caller;

    @Inject
    UiLanguage ui;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public void change() {
        if (newPassword != null && !newPassword.equals(repeated)) {
            AccountRefusals.at(ui, FORM, "repeated", "mismatch", Map.of());
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            OwnPassword.Outcome outcome = ownPassword.change(request, currentPassword, newPassword);
            if (outcome instanceof OwnPassword.Outcome.Throttled) {
                AccountRefusals.at(ui, FORM, "currentPassword", "throttled", Map.of());
            } else if (outcome instanceof OwnPassword.Outcome.WrongCurrentPassword) {
                AccountRefusals.at(ui, FORM, "currentPassword", "wrongCurrent", Map.of());
            } else {
                String text = ui.t("backoffice.account.changed");
                FacesContext.getCurrentInstance()
                        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
                currentPassword = null;
                newPassword = null;
                repeated = null;
            }
        } catch (InvalidAccountException e) {
            AccountRefusals.show(ui, FORM, e);
        } catch (AccountConflictException e) {
            AccountRefusals.at(ui, FORM, "newPassword", "conflict", Map.of());
        }
    }

    public String getUsername() {
        return caller.username();
    }

    public String getDisplayName() {
        return caller.displayName();
    }

    public String getLocales() {
        return LocaleNames.list(List.copyOf(caller.locales()), ui);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
