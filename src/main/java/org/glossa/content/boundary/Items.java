package org.glossa.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.glossa.content.control.ExperienceFacts;
import org.glossa.content.entity.Experience;
import org.glossa.content.entity.Media;
import org.glossa.content.entity.Post;
import org.glossa.content.entity.Profile;
import org.glossa.content.entity.TranslatableItem;

/**
 * Creates posts, experience entries and the profile. An item is never stored without its source text, which whoever
 * creates it stores in the same transaction (the editorial workflow, as the first draft): so a transaction
 * must already be running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Items {

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /** A post written in {@code sourceLocale}, without a cover. */
    public Post createPost(String sourceLocale, Instant now) {
        return stored(new Post(sourceLocale, null, now));
    }

    /** A post written in {@code sourceLocale} with {@code coverOrNull} as its cover image. */
    public Post createPost(String sourceLocale, Media coverOrNull, Instant now) {
        return stored(new Post(sourceLocale, coverOrNull, now));
    }

    /** An experience entry written in {@code sourceLocale}; its facts are read as far as they are here. */
    public Experience createExperience(String sourceLocale, ExperienceFacts facts, Instant now) {
        return stored(facts.experience(sourceLocale, now));
    }

    /** The site's profile, written in {@code sourceLocale}; there is one, which the caller makes sure of. */
    public Profile createProfile(String sourceLocale) {
        return stored(new Profile(sourceLocale));
    }

    private <I extends TranslatableItem> I stored(I item) {
        em.persist(item);
        return item;
    }
}
