package org.glossa.security.boundary;

import java.util.List;
import org.glossa.security.entity.Account;

/**
 * An account as the API shows it; never the password hash.
 *
 * @param role    {@code owner} or {@code translator}
 * @param locales the locales the account may edit: all of them for the owner
 * @param enabled false once the owner disabled the account: it cannot sign in
 */
public record AccountView(
        long id, String username, String displayName, String role, List<String> locales, boolean enabled) {

    public static AccountView from(Account account) {
        return new AccountView(
                account.id(),
                account.username(),
                account.displayName(),
                account.role().roleName(),
                account.editableLocales(),
                account.enabled());
    }
}
