package org.glossa.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.security.control.AccountPrincipal;
import org.glossa.security.entity.Role;

/**
 * Who is making this request, for authorisation in queries and rules: {@code caller.locales()} goes into a
 * {@code WHERE locale IN :locales}, {@code caller.mayEdit(tag)} guards a write. Anonymous callers may
 * edit nothing. Read from the principal the sign-in put into the security context, so it costs no query.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    private Optional<AccountPrincipal> principal;

    public boolean authenticated() {
        return principal().isPresent();
    }

    /** The signed-in username; throws for an anonymous caller. */
    public String username() {
        return signedIn().username();
    }

    public String displayName() {
        return signedIn().displayName();
    }

    public long accountId() {
        return signedIn().accountId();
    }

    public Optional<Role> role() {
        return principal().map(AccountPrincipal::role);
    }

    public boolean owner() {
        return role().filter(Role.OWNER::equals).isPresent();
    }

    /** The locales this caller may edit (canonical tags, catalogue order): all for the owner, none if anonymous. */
    public Set<String> locales() {
        return principal()
                .<Set<String>>map(p -> new LinkedHashSet<>(p.locales()))
                .orElse(Set.of());
    }

    /** Whether this caller may edit content in this locale (tag compared case-insensitively). */
    public boolean mayEdit(String locale) {
        Optional<String> tag = LocaleCatalog.standard().find(locale).map(LocaleDefinition::tag);
        return tag.isPresent()
                && principal().map(p -> p.locales().contains(tag.get())).orElse(false);
    }

    private AccountPrincipal signedIn() {
        return principal().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    private Optional<AccountPrincipal> principal() {
        if (principal == null) {
            principal = security.getPrincipalsByType(AccountPrincipal.class).stream()
                    .findFirst();
        }
        return principal;
    }
}
