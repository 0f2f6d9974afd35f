package org.glossa.documents.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.documents.control.ChangedItems;
import org.glossa.documents.entity.RegenerationRequest;

/**
 * The queue of content changes whose documents wait for a run. A change is recorded in the change's own transaction
 * (so a committed change always has its request, whatever happens after the commit), and a run deletes exactly
 * the requests it read once it has regenerated their locales.
 */
@Stateless
public class RegenerationRequests {

    /** Requests a run takes at most at once; a requested run takes more in further rounds, a full run leaves them. */
    static final int ROUND = 500;

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /**
     * What a run regenerates for the requests it took: their ids (to delete afterwards), the locales, and the items
     * they name (empty when one of them names a whole locale: the profile's text, the owner's "Regenerate now").
     */
    public record Pending(List<Long> ids, Set<String> locales, Optional<ChangedItems> items) {

        public Pending {
            ids = List.copyOf(ids);
            locales = Collections.unmodifiableSortedSet(new TreeSet<>(locales));
            Objects.requireNonNull(items, "items");
        }

        /** The newest request's id; -1 when there is none. */
        public long lastId() {
            return ids.stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        public boolean isEmpty() {
            return ids.isEmpty();
        }
    }

    /** In the change's transaction when there is one (a publication), else in its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(ContentChanged change, Instant now) {
        for (String locale : change.locales()) {
            em.persist(
                    change.kind() == null
                            ? RegenerationRequest.wholeLocale(locale, now)
                            : switch (change.kind()) {
                                case POST -> RegenerationRequest.post(locale, change.itemId(), now);
                                case EXPERIENCE -> RegenerationRequest.experience(locale, change.itemId(), now);
                                // The home page's text: its sitemap entry and the feed's title, in that locale.
                                case PROFILE -> RegenerationRequest.wholeLocale(locale, now);
                            });
        }
    }

    /**
     * The oldest requests (at most {@link #ROUND}) and the locales they touch: the locale of each change, and every
     * locale where a changed item is live now, because its sitemap lists that item with its alternates. An item
     * that came off the site is still live in the locales whose alternates lose it. Three queries, whatever the
     * number of requests.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Pending pending() {
        List<RegenerationRequest> requests = em.createQuery(
                        "SELECT r FROM RegenerationRequest r ORDER BY r.id", RegenerationRequest.class)
                .setMaxResults(ROUND)
                .getResultList();
        Set<String> locales = new TreeSet<>();
        Set<Long> posts = new TreeSet<>();
        Set<Long> roles = new TreeSet<>();
        boolean wholeLocale = false;
        for (RegenerationRequest r : requests) {
            locales.add(r.locale());
            if (r.postId() != null) {
                posts.add(r.postId());
            }
            if (r.experienceId() != null) {
                roles.add(r.experienceId());
            }
            wholeLocale |= r.postId() == null && r.experienceId() == null;
        }
        locales.addAll(liveLocales("postId", posts));
        locales.addAll(liveLocales("experienceId", roles));
        return new Pending(
                requests.stream().map(RegenerationRequest::id).toList(),
                locales,
                wholeLocale ? Optional.empty() : Optional.of(new ChangedItems(posts, roles)));
    }

    private List<String> liveLocales(String itemColumn, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT DISTINCT p.locale FROM Publication p WHERE p.withdrawnAt IS NULL AND p." + itemColumn
                                + " IN :ids",
                        String.class)
                .setParameter("ids", new ArrayList<>(itemIds))
                .getResultList();
    }

    /** Whether a request newer than {@code id} waits: a change made since a run took its requests. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean anyAfter(long id) {
        return !em.createQuery("SELECT r.id FROM RegenerationRequest r WHERE r.id > :id", Long.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether any request waits for a run. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean anyPending() {
        return !em.createQuery("SELECT r.id FROM RegenerationRequest r", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Whether a request made before {@code before} still waits: the run fired for it should have taken it by then,
     * unless that run was lost with the node running it (killed, out of memory, power cut).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean waitingSince(Instant before) {
        return !em.createQuery("SELECT r.id FROM RegenerationRequest r WHERE r.requestedAt < :before", Long.class)
                .setParameter("before", before)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Deletes the requests a run has dealt with (a failed locale is retried through its publishing state). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(Pending pending) {
        Objects.requireNonNull(pending, "pending");
        if (!pending.isEmpty()) {
            em.createQuery("DELETE FROM RegenerationRequest r WHERE r.id IN :ids")
                    .setParameter("ids", new ArrayList<>(pending.ids()))
                    .executeUpdate();
        }
    }
}
