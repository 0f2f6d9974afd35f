package org.glossa.security.boundary;

import java.time.Instant;
import java.util.List;
import org.glossa.security.entity.Account;

/**
 * A translator as the owner's list of people shows them.
 *
 * @param locales     the locales they may edit, canonical tags in catalogue order
 * @param lastSignIn  the start of their latest back-office visit; null if they never signed in there
 */
public record Person(
        long id, String username, String displayName, List<String> locales, Instant lastSignIn, boolean enabled) {

    static Person from(Account account) {
        return new Person(
                account.id(),
                account.username(),
                account.displayName(),
                account.editableLocales(),
                account.lastSignIn().orElse(null),
                account.enabled());
    }
}
