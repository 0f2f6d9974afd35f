package org.glossa.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.glossa.security.control.OwnerOnlyException;
import org.glossa.security.entity.Account;
import org.glossa.security.entity.Role;

/**
 * The owner's door to the people who translate: the list, a person, and the account life cycle of {@link Accounts}
 * (create, locales, disable and enable, password reset, audit) on their behalf. Every method refuses anyone but the
 * owner, whichever door (the API or the back office) the call came through, so no view decides who may do this.
 *
 * <p>The list is two statements for a page however long it is: the translators, then the locales of all of them
 * at once (a batch read by id), never one query per person.
 */
@Stateless
public class People {

    /** The most entries of a person's audit the back office shows. */
    public static final int RECENT_AUDIT = 20;

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long translators() {
        ownerOnly();
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role", Long.class)
                .setParameter("role", Role.TRANSLATOR)
                .getSingleResult();
    }

    /** A page of translators by username, with their locales and last sign-in. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Person> translators(int first, int max) {
        ownerOnly();
        return em.createQuery("SELECT a FROM Account a WHERE a.role = :role ORDER BY a.username, a.id", Account.class)
                .setParameter("role", Role.TRANSLATOR)
                .setHint("eclipselink.batch", "a.locales")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultStream()
                .map(Person::from)
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Person> person(long id) {
        ownerOnly();
        return accounts.find(id).map(Person::from);
    }

    /** A new translator, audited as created by the owner; see {@link Accounts#create}. */
    public Person create(String username, String password, String displayName, Collection<String> locales) {
        ownerOnly();
        return Person.from(
                accounts.create(username, password, displayName, locales, Role.TRANSLATOR, caller.accountId()));
    }

    /** See {@link Accounts#change}: a disabled person's sessions are refused from their next request on. */
    public Optional<Person> change(long id, Boolean enabled, Collection<String> locales) {
        ownerOnly();
        return accounts.change(id, enabled, locales, caller.accountId()).map(Person::from);
    }

    public Optional<Person> resetPassword(long id, String newPassword) {
        ownerOnly();
        return accounts.resetPassword(id, newPassword, caller.accountId()).map(Person::from);
    }

    /** The person's audit, newest first, at most {@code limit} entries. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Accounts.AuditedChange> audit(long id, int limit) {
        ownerOnly();
        return accounts.audit(id, limit);
    }

    private void ownerOnly() {
        if (!caller.owner()) {
            throw new OwnerOnlyException();
        }
    }
}
