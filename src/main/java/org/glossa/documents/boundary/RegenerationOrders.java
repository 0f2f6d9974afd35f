package org.glossa.documents.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.documents.entity.RegenerationOrder;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * "Regenerate now": the owner's request to regenerate one locale's documents, or every locale's, recorded (who, which,
 * when) and carried out like any change to public content: a whole-locale regeneration request in the same
 * transaction, and once it committed the Quartz job runs at once ({@link DocumentTriggers}). Callers check that the
 * caller is the owner; this class records whoever they name.
 */
@Stateless
public class RegenerationOrders {

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    Event<ContentChanged> changes;

    /**
     * @param locale a locale's tag, or null for every locale
     * @throws IllegalArgumentException if {@code locale} is not one of the 17
     */
    public void order(String actor, String locale, Instant now) {
        LocaleCatalog catalog = LocaleCatalog.standard();
        Set<String> locales = locale == null
                ? Set.copyOf(catalog.tags())
                : Set.of(catalog.find(locale)
                        .map(LocaleDefinition::tag)
                        .orElseThrow(() -> new IllegalArgumentException("no locale " + locale)));
        em.persist(new RegenerationOrder(
                actor, locale == null ? null : locales.iterator().next(), now));
        changes.fire(new ContentChanged(locales, null, null));
    }

    /** The newest orders, newest first. */
    public List<RegenerationOrder> recent(int max) {
        return em.createQuery("SELECT o FROM RegenerationOrder o ORDER BY o.id DESC", RegenerationOrder.class)
                .setMaxResults(max)
                .getResultList();
    }
}
