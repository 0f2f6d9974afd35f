package org.glossa.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.security.control.AccountConflictException;
import org.glossa.security.control.AccountRules;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.control.PasswordHashing;
import org.glossa.security.control.UsernameTakenException;
import org.glossa.security.control.ValidAccount;
import org.glossa.security.entity.Account;
import org.glossa.security.entity.AccountAuditEntry;
import org.glossa.security.entity.AccountChange;
import org.glossa.security.entity.Role;

/**
 * The accounts: creating them (checked by {@link AccountRules}, in one transaction with their locales, so
 * a failure leaves nothing behind), finding them, and their life cycle: enabling, disabling, assigning locales,
 * resetting and changing passwords. Every change is written to the account audit in the same transaction.
 *
 * <p>A change forces the account's version up, so two conflicting changes made at once cannot both commit: the
 * later one is an {@link AccountConflictException} (409), never a lost update or a 500.
 */
@Stateless
public class Accounts {

    /** SQLSTATE for a unique-constraint violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /**
     * Creates an account, or throws {@link org.glossa.security.control.InvalidAccountException} naming every
     * field at fault, or {@link UsernameTakenException}.
     */
    public Account create(String username, String password, String displayName, Collection<String> locales, Role role) {
        return create(username, password, displayName, locales, role, null);
    }

    /** As {@link #create(String, String, String, Collection, Role)}, audited as done by {@code actorId}. */
    public Account create(
            String username, String password, String displayName, Collection<String> locales, Role role, Long actorId) {
        ValidAccount valid = AccountRules.validate(username, password, displayName, locales, role);
        String hash = passwords.hash(valid.password());
        if (find(valid.username()).isPresent()) {
            throw new UsernameTakenException(valid.username());
        }
        Instant now = Instant.now();
        Account account = role == Role.OWNER
                ? Account.owner(valid.username(), valid.displayName(), hash, now)
                : Account.translator(valid.username(), valid.displayName(), hash, valid.locales(), now);
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new UsernameTakenException(valid.username());
            }
            throw e;
        }
        audit(
                account,
                actorId,
                AccountChange.CREATED,
                role == Role.OWNER ? "owner" : "translator; locales " + String.join(", ", account.editableLocales()));
        return account;
    }

    /**
     * Enables or disables an account and/or assigns a translator's locales (a null leaves that part as it is).
     * Empty if there is no such account.
     */
    public Optional<Account> change(long id, Boolean enabled, Collection<String> locales, long actorId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (enabled == null && locales == null) {
            errors.put("body", "name what to change: enabled, locales or both");
            throw new InvalidAccountException(errors);
        }
        Account account = em.find(Account.class, id);
        if (account == null) {
            return Optional.empty();
        }
        if (Boolean.FALSE.equals(enabled) && account.enabled()) {
            if (id == actorId) {
                errors.put("enabled", "you cannot disable your own account");
            } else if (account.role() == Role.OWNER && enabledOwners() <= 1) {
                errors.put("enabled", "the last enabled owner cannot be disabled");
            }
        }
        List<String> tags = null;
        if (locales != null) {
            if (account.role() == Role.OWNER) {
                errors.put("locales", "the owner edits every locale; none are assigned");
            } else {
                try {
                    tags = AccountRules.validateLocales(locales);
                } catch (InvalidAccountException e) {
                    errors.putAll(e.errors());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAccountException(errors);
        }
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (enabled != null && account.setEnabled(enabled)) {
            audit(account, actorId, enabled ? AccountChange.ENABLED : AccountChange.DISABLED, null);
        }
        if (tags != null) {
            String before = String.join(", ", account.editableLocales());
            if (account.assignLocales(tags)) {
                audit(account, actorId, AccountChange.LOCALES_CHANGED, before + " -> " + String.join(", ", tags));
            }
        }
        flush();
        return Optional.of(account);
    }

    /** The owner sets a new password for an account. Empty if there is no such account. */
    public Optional<Account> resetPassword(long id, String newPassword, long actorId) {
        String password = AccountRules.validateNewPassword("newPassword", newPassword);
        Account account = em.find(Account.class, id);
        if (account == null) {
            return Optional.empty();
        }
        setPassword(account, password, actorId, AccountChange.PASSWORD_RESET);
        return Optional.of(account);
    }

    /**
     * An account's new password, set by the account itself once its current password has been verified (by the
     * caller, through the sign-in throttle).
     */
    public void changeOwnPassword(long id, String newPassword) {
        String password = AccountRules.validateNewPassword("newPassword", newPassword);
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new AccountConflictException(null);
        }
        setPassword(account, password, id, AccountChange.PASSWORD_CHANGED);
    }

    /**
     * The language the back office speaks to this account from now on; a preference, not a change of what the account
     * may do, so it is not audited. Throws {@link IllegalArgumentException} for a tag outside the catalogue.
     */
    public void chooseUiLocale(long id, String tag) {
        String canonical = LocaleCatalog.standard()
                .find(tag)
                .map(LocaleDefinition::tag)
                .orElseThrow(() -> new IllegalArgumentException("Not one of the locales: " + tag));
        Account account = em.find(Account.class, id);
        if (account != null) {
            account.chooseUiLocale(canonical);
        }
    }

    /**
     * A back-office sign-in begins a new visit: the one that was current becomes the previous one, what the home
     * counts "since your last visit" from. One statement that leaves the account's version alone, so a sign-in never
     * makes the owner's change of the account a conflict.
     */
    public void beginVisit(long id, Instant now) {
        em.createNativeQuery("UPDATE account SET previous_visit_started_at = visit_started_at, visit_started_at = ?1"
                        + " WHERE id = ?2")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, id)
                .executeUpdate();
    }

    /** The account's audit, newest first, at most {@code limit} entries; with the actors' usernames (2 queries). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditedChange> audit(long id, int limit) {
        List<AccountAuditEntry> entries = em.createQuery(
                        "SELECT e FROM AccountAuditEntry e WHERE e.accountId = :id ORDER BY e.id DESC",
                        AccountAuditEntry.class)
                .setParameter("id", id)
                .setMaxResults(limit)
                .getResultList();
        Set<Long> actorIds = entries.stream()
                .map(AccountAuditEntry::actorId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> usernames = actorIds.isEmpty()
                ? Map.of()
                : em.createQuery("SELECT a.id, a.username FROM Account a WHERE a.id IN :ids", Object[].class)
                        .setParameter("ids", actorIds)
                        .getResultStream()
                        .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return entries.stream()
                .map(e -> new AuditedChange(
                        e.id(),
                        e.change(),
                        e.actorId(),
                        e.actorId() == null ? null : usernames.get(e.actorId()),
                        e.detail(),
                        e.happenedAt()))
                .toList();
    }

    /** One audit entry as shown: {@code actorUsername} is null when the system acted. */
    public record AuditedChange(
            long id, AccountChange change, Long actorId, String actorUsername, String detail, Instant at) {}

    private void setPassword(Account account, String password, long actorId, AccountChange change) {
        String hash = passwords.hash(password);
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        account.replacePasswordHash(hash);
        audit(account, actorId, change, null);
        flush();
    }

    private long enabledOwners() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.enabled = TRUE", Long.class)
                .setParameter("role", Role.OWNER)
                .getSingleResult();
    }

    private void audit(Account account, Long actorId, AccountChange change, String detail) {
        em.persist(new AccountAuditEntry(account.id(), actorId, change, detail, Instant.now()));
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new AccountConflictException(e);
        } catch (PersistenceException e) {
            // The same locale inserted by a concurrent change, or a deadlock between two: the loser retries.
            if (hasSqlState(e, UNIQUE_VIOLATION) || hasSqlState(e, SERIALIZATION_FAILURE) || hasSqlState(e, DEADLOCK)) {
                throw new AccountConflictException(e);
            }
            throw e;
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** By canonical username (see {@link AccountRules#canonicalUsername}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Account> find(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean ownerExists() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role", Long.class)
                        .setParameter("role", Role.OWNER)
                        .getSingleResult()
                > 0;
    }

    private static boolean isUniqueViolation(Throwable e) {
        return hasSqlState(e, UNIQUE_VIOLATION);
    }

    private static boolean hasSqlState(Throwable e, String state) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
