package org.glossa.security.boundary;

import java.time.Instant;
import java.util.Locale;

/**
 * One entry of an account's audit as the API shows it.
 *
 * @param change        {@code created}, {@code disabled}, {@code enabled}, {@code locales-changed},
 *                      {@code password-reset} or {@code password-changed}
 * @param actorId       who made the change; null when the system did (an account created at start-up)
 * @param actorUsername that account's username, or null
 * @param detail        what changed beyond the kind (locales before and after), or null; never a password
 */
public record AccountAuditView(long id, String change, Long actorId, String actorUsername, String detail, Instant at) {

    static AccountAuditView from(Accounts.AuditedChange change) {
        return new AccountAuditView(
                change.id(),
                change.change().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                change.actorId(),
                change.actorUsername(),
                change.detail(),
                change.at());
    }
}
