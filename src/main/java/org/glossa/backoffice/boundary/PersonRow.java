package org.glossa.backoffice.boundary;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
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
        this.locales = localeNames(person.locales(), ui);
        this.lastSignIn = person.lastSignIn() == null
                ? ui.t("backoffice.people.never")
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(ui.getJavaLocale())
                        .withZone(zone)
                        .format(person.lastSignIn());
        this.state = ui.t(person.enabled() ? "backoffice.people.active" : "backoffice.people.disabled");
    }

    /** The locales' names in the UI language ("German and Italian" in English), in catalogue order. */
    static String localeNames(List<String> tags, UiLanguage ui) {
        ULocale language = ULocale.forLanguageTag(ui.getTag());
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(language);
        return ListFormatter.getInstance(language)
                .format(tags.stream()
                        .map(tag -> names.localeDisplayName(ULocale.forLanguageTag(tag)))
                        .toList());
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
