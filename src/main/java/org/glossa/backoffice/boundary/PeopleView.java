package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.security.boundary.People;
import org.glossa.security.boundary.Person;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.control.UsernameTakenException;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's list of translators, a page at a time (a count and a page through {@link People}, whose queries refuse
 * anyone but the owner), and the form that creates one. A refused form names its fields and stores nothing.
 */
@Named("people")
@ViewScoped
public class PeopleView implements Serializable {

    static final String FORM = "people";

    @Inject
    People people;

    @Inject
    UiLanguage ui;

    @Inject
    BackOffice backOffice;

    private String username;
    private String displayName;
    private String password;
    private List<String> locales = new ArrayList<>();

    private final LazyDataModel<PersonRow> translators = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, people.translators());
        }

        @Override
        public List<PersonRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ZoneId zone = backOffice.ownerZone();
            return people.translators(first, pageSize).stream()
                    .map(p -> new PersonRow(p, ui, zone))
                    .toList();
        }

        @Override
        public String getRowKey(PersonRow row) {
            return row.getKey();
        }
    };

    public void create() {
        try {
            Person created = people.create(username, password, displayName, locales);
            String text = ui.format(
                    "backoffice.people.created", Map.of("name", created.displayName(), "username", created.username()));
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            username = null;
            displayName = null;
            password = null;
            locales = new ArrayList<>();
            if (FacesContext.getCurrentInstance().getViewRoot().findComponent(FORM + ":translators")
                    instanceof DataTable table) {
                table.reset();
            }
        } catch (InvalidAccountException e) {
            AccountRefusals.show(ui, FORM, e);
        } catch (UsernameTakenException e) {
            AccountRefusals.at(ui, FORM, "username", "taken", Map.of());
        }
    }

    /** The 17 locales, each by its name in the UI language. */
    static List<SelectItem> localeChoices(UiLanguage ui) {
        List<SelectItem> items = new ArrayList<>();
        for (LocaleDefinition l : LocaleCatalog.standard().all()) {
            items.add(new SelectItem(l.tag(), LocaleNames.list(List.of(l.tag()), ui)));
        }
        return items;
    }

    public List<SelectItem> getLocaleChoices() {
        return localeChoices(ui);
    }

    public LazyDataModel<PersonRow> getTranslators() {
        return translators;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getLocales() {
        return locales;
    }

    public void setLocales(List<String> locales) {
        this.locales = locales == null ? new ArrayList<>() : new ArrayList<>(locales);
    }
}
