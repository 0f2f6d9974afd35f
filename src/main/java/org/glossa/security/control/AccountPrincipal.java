package org.glossa.security.control;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.List;
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

    public AccountPrincipal(long accountId, String username, String displayName, Role role, List<String> locales) {
        super(username);
        this.accountId = accountId;
        this.displayName = displayName;
        this.role = role;
        this.locales = List.copyOf(locales);
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

    /** The Jakarta Security group, which Payara maps to the role of the same name. */
    public Set<String> groups() {
        return Set.of(role.roleName());
    }
}
