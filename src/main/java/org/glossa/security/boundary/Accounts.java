package org.glossa.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.glossa.security.control.AccountRules;
import org.glossa.security.control.PasswordHashing;
import org.glossa.security.control.UsernameTakenException;
import org.glossa.security.control.ValidAccount;
import org.glossa.security.entity.Account;
import org.glossa.security.entity.Role;

/**
 * The accounts: creating them (checked by {@link AccountRules}, in one transaction with their locales, so
 * a failure leaves nothing behind) and finding them.
 */
@Stateless
public class Accounts {

    /** SQLSTATE for a unique-constraint violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /**
     * Creates an account, or throws {@link org.glossa.security.control.InvalidAccountException} naming every
     * field at fault, or {@link UsernameTakenException}.
     */
    public Account create(String username, String password, String displayName, Collection<String> locales, Role role) {
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
        return account;
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
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
