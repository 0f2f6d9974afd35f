package org.glossa.security.control;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.security.entity.Role;

/**
 * The signed-in account as read from the database during this request's sign-in: later code asks it who
 * may do what without another query. Never holds the password or its hash. Its locales are those the
 * account may edit: every locale for the owner, the assigned ones for a translator.
 */
public class AccountPrincipal extends CallerPrincipal {

    private final long accountId;
    private final String displayName;
    private final Role role;
    private final List<String> locales;
    private final String uiLocale;

    public AccountPrincipal(long accountId, String username, String displayName, Role role, List<String> locales) {
        this(accountId, username, displayName, role, locales, Optional.empty());
    }

    public AccountPrincipal(
            long accountId,
            String username,
            String displayName,
            Role role,
            List<String> locales,
            Optional<String> uiLocale) {
        super(username);
        this.accountId = accountId;
        this.displayName = displayName;
        this.role = role;
        this.locales = List.copyOf(locales);
        this.uiLocale = uiLocale.orElse(null);
    }

    public long accountId() {
        return accountId;
    }

    public String username() {
        return getName();
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public List<String> locales() {
        return locales;
    }

    /** The back-office language the account chose, if it chose one. */
    public Optional<String> uiLocale() {
        return Optional.ofNullable(uiLocale);
    }

    /** The Jakarta Security group, which Payara maps to the role of the same name. */
    public Set<String> groups() {
        return Set.of(role.roleName());
    }
}
