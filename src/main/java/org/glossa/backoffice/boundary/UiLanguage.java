package org.glossa.backoffice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.Messages;
import org.glossa.security.boundary.Accounts;
import org.glossa.security.boundary.Caller;
import org.glossa.security.control.AccountPrincipal;

/**
 * The language the back office speaks in this request ({@code #{ui}} in the views): the signed-in account's choice,
 * else the first language of the browser's {@code Accept-Language} that Glossa has (by tag, then by language alone:
 * {@code pt} finds {@code pt-BR}), else English. Its strings come from the ICU bundles, never from a view.
 */
@Named("ui")
@RequestScoped
public class UiLanguage {

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Inject
    SecurityContext security;

    private LocaleDefinition locale;
    private Messages messages;
    private String chosen;

    public LocaleDefinition locale() {
        if (locale == null) {
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            locale = security.getPrincipalsByType(AccountPrincipal.class).stream()
                    .findFirst()
                    .flatMap(AccountPrincipal::uiLocale)
                    .flatMap(LocaleCatalog.standard()::find)
                    .or(() -> fromBrowser(Collections.list(request.getLocales())))
                    .orElse(LocaleCatalog.standard().get(Messages.ROOT_TAG));
        }
        return locale;
    }

    /** The first of the browser's languages that Glossa has. */
    static Optional<LocaleDefinition> fromBrowser(List<Locale> preferred) {
        LocaleCatalog catalog = LocaleCatalog.standard();
        for (Locale wanted : preferred) {
            Optional<LocaleDefinition> exact = catalog.find(wanted.toLanguageTag());
            if (exact.isPresent()) {
                return exact;
            }
            String language = wanted.getLanguage();
            Optional<LocaleDefinition> sameLanguage = catalog.all().stream()
                    .filter(l -> l.javaLocale().getLanguage().equals(language))
                    .findFirst();
            if (sameLanguage.isPresent()) {
                return sameLanguage;
            }
        }
        return Optional.empty();
    }

    public String getTag() {
        return locale().tag();
    }

    public String getDir() {
        return locale().direction().html();
    }

    public Locale getJavaLocale() {
        return locale().javaLocale();
    }

    /** A message of the UI language ({@code #{ui.t('admin.signIn.username')}}). */
    public String t(String key) {
        return messages().text(key);
    }

    /** A message with one named argument ({@code #{ui.t1('admin.signedInAs', 'name', caller.displayName)}}). */
    public String t1(String key, String name, Object value) {
        return messages().format(key, Map.of(name, value == null ? "" : value));
    }

    /** A message with named arguments, for code that builds them (a refusal's, say). */
    public String format(String key, Map<String, ?> arguments) {
        return messages().format(key, arguments);
    }

    /** Whether the UI bundles have this key. */
    public boolean has(String key) {
        return messages().keys().contains(key);
    }

    private Messages messages() {
        if (messages == null) {
            messages = Messages.of(locale());
        }
        return messages;
    }

    public boolean isSignedIn() {
        return caller.authenticated();
    }

    /** Whether the signed-in account is the owner's (who alone has the review desk). */
    public boolean isOwner() {
        return caller.authenticated() && caller.owner();
    }

    public String getSignedInName() {
        return caller.authenticated() ? caller.displayName() : "";
    }

    /** The 17 languages, each named in its own language, for the selector. */
    public List<LocaleDefinition> getChoices() {
        return LocaleCatalog.standard().all();
    }

    public String getChosen() {
        return chosen == null ? getTag() : chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    /** Stores the chosen language on the account and shows the same page again in it. */
    public void choose() throws IOException {
        if (chosen != null && LocaleCatalog.standard().contains(chosen) && caller.authenticated()) {
            accounts.chooseUiLocale(caller.accountId(), chosen);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        BackOfficeFilter.seeOther(
                (HttpServletResponse) faces.getExternalContext().getResponse(), path, path);
        faces.responseComplete();
    }
}
