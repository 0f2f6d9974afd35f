package org.glossa.backoffice.boundary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.glossa.security.boundary.Person;

/** One translator as the people screens show them, in the owner's time zone and the UI language. */
public class PersonRow {

    private final Person person;
    private final String locales;
    private final String lastSignIn;
    private final String state;

    PersonRow(Person person, UiLanguage ui, ZoneId zone) {
        this.person = person;
        this.locales = LocaleNames.list(person.locales(), ui);
        this.lastSignIn = person.lastSignIn() == null
                ? ui.t("backoffice.people.never")
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(ui.getJavaLocale())
                        .withZone(zone)
                        .format(person.lastSignIn());
        this.state = ui.t(person.enabled() ? "backoffice.people.active" : "backoffice.people.disabled");
    }

    public String getKey() {
        return Long.toString(person.id());
    }

    public long getId() {
        return person.id();
    }

    public String getUsername() {
        return person.username();
    }

    public String getDisplayName() {
        return person.displayName();
    }

    public String getLocales() {
        return locales;
    }

    public List<String> getLocaleTags() {
        return person.locales();
    }

    public String getLastSignIn() {
        return lastSignIn;
    }

    public String getLastSignInIso() {
        return person.lastSignIn() == null ? null : person.lastSignIn().toString();
    }

    public boolean isEnabled() {
        return person.enabled();
    }

    public String getState() {
        return state;
    }

    public String getHref() {
        return "people-detail.xhtml?id=" + person.id();
    }
}
