package org.glossa.security.control;

import java.util.List;
import org.glossa.security.entity.Role;

/**
 * Account input that passed {@link AccountRules}: canonical username, NFKC password, trimmed display name,
 * and canonical locale tags in catalogue order without duplicates.
 */
public record ValidAccount(String username, String password, String displayName, Role role, List<String> locales) {

    public ValidAccount {
        locales = List.copyOf(locales);
    }

    /** Never print the password, not even into a log by accident. */
    @Override
    public String toString() {
        return "ValidAccount[" + username + ", " + role + ", " + locales + "]";
    }
}
