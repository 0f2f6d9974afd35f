package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.glossa.security.boundary.Accounts;
import org.glossa.security.boundary.People;
import org.glossa.security.boundary.Person;
import org.glossa.security.control.AccountConflictException;
import org.glossa.security.control.InvalidAccountException;

/**
 * One translator for the owner: their locales changed, the account disabled or enabled again (each after a
 * confirmation that says what it does), a new password set, and what happened to the account lately. Every change goes
 * through {@link People}, which writes it with its audit entry; a disabled person's session is refused from its next
 * request on, on whichever node it lands, because every request reads the account again.
 */
@Named("person")
@ViewScoped
public class PersonView implements Serializable {

    static final String FORM = "person";

    /** One line of the account audit as shown. */
    public record Change(String at, String atIso, String actor, String what, String detail) {}

    @Inject
    People people;

    @Inject
    UiLanguage ui;

    @Inject
    BackOffice backOffice;

    private Long id;
    private PersonRow row;
    private List<String> locales = new ArrayList<>();
    private String newPassword;
    private boolean confirming;
    private List<Change> changes = List.of();

    /** Reads the person named by the page's {@code id}; an unknown one leaves the page saying so. */
    public void load() {
        if (id != null && row == null) {
            refresh();
        }
    }

    /** The person as stored now; their languages' checkboxes show what is stored, not what a refused form sent. */
    private Optional<Person> refresh() {
        Optional<Person> person = people.person(id);
        ZoneId zone = backOffice.ownerZone();
        row = person.map(p -> new PersonRow(p, ui, zone)).orElse(null);
        person.ifPresent(p -> locales = new ArrayList<>(p.locales()));
        changes = person.isEmpty()
                ? List.of()
                : people.audit(id, People.RECENT_AUDIT).stream()
                        .map(c -> change(c, zone))
                        .toList();
        return person;
    }

    private Change change(Accounts.AuditedChange c, ZoneId zone) {
        return new Change(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(ui.getJavaLocale())
                        .withZone(zone)
                        .format(c.at()),
                c.at().toString(),
                c.actorUsername() == null ? ui.t("backoffice.people.system") : c.actorUsername(),
                ui.t("backoffice.people.change." + c.change().name().toLowerCase(Locale.ROOT)),
                c.detail());
    }

    public void saveLocales() {
        try {
            people.change(id, null, locales).ifPresent(p -> done("backoffice.people.localesSaved"));
            refresh();
        } catch (InvalidAccountException e) {
            AccountRefusals.show(ui, FORM, e);
        } catch (AccountConflictException e) {
            AccountRefusals.at(ui, FORM, "locales", "conflict", Map.of());
        }
    }

    /** The first step of disabling or enabling: the page asks to confirm. */
    public void askToToggle() {
        confirming = true;
    }

    public void cancelToggle() {
        confirming = false;
    }

    public void toggle() {
        confirming = false;
        boolean enable = !row.isEnabled();
        try {
            people.change(id, enable, null)
                    .ifPresent(p -> done(enable ? "backoffice.people.enabledDone" : "backoffice.people.disabledDone"));
            refresh();
        } catch (InvalidAccountException e) {
            // The rules name the field "enabled"; the page shows it at the button that asked.
            e.errors()
                    .values()
                    .forEach(message -> AccountRefusals.at(
                            ui, FORM, "toggle", AccountRefusals.key(message), AccountRefusals.arguments(message)));
        } catch (AccountConflictException e) {
            AccountRefusals.at(ui, FORM, "toggle", "conflict", Map.of());
        }
    }

    public void resetPassword() {
        try {
            people.resetPassword(id, newPassword).ifPresent(p -> done("backoffice.people.resetDone"));
            newPassword = null;
            refresh();
        } catch (InvalidAccountException e) {
            AccountRefusals.show(ui, FORM, e);
        } catch (AccountConflictException e) {
            AccountRefusals.at(ui, FORM, "newPassword", "conflict", Map.of());
        }
    }

    private void done(String key) {
        String text = ui.format(key, Map.of("name", row.getDisplayName()));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public String getConfirmation() {
        return ui.format(
                row.isEnabled() ? "backoffice.people.confirmDisable" : "backoffice.people.confirmEnable",
                Map.of("name", row.getDisplayName()));
    }

    public List<SelectItem> getLocaleChoices() {
        return PeopleView.localeChoices(ui);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonRow getRow() {
        return row;
    }

    public List<String> getLocales() {
        return locales;
    }

    public void setLocales(List<String> locales) {
        this.locales = locales == null ? new ArrayList<>() : new ArrayList<>(locales);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public List<Change> getChanges() {
        return changes;
    }
}
