package org.glossa.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.glossa.content.entity.Media;
import org.glossa.content.entity.VerifiedImage;

/**
 * The stored images. Only verified images get in, each set of bytes once (their SHA-256 is unique), in one
 * transaction; reads never load the bytes themselves.
 */
@ApplicationScoped
public class MediaLibrary {

    /** SQLSTATE for a unique-constraint violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String VIEW =
            "SELECT m.id, m.mimeType, m.byteLength, m.width, m.height, m.sha256, m.altText" + " FROM Media m WHERE ";

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /** What {@link #store} did: stored the image, or found the same bytes already there. */
    public record Stored(MediaView media, boolean created) {}

    /**
     * Stores the image unless the same bytes are already stored (then their media is returned, alt text
     * unchanged). Throws {@link MediaAlreadyStoredException} when a concurrent upload of the same bytes won.
     */
    @Transactional
    public Stored store(VerifiedImage image, String altText) {
        Optional<MediaView> existing = findBySha256(image.sha256());
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        Media media = new Media(image, altText, Instant.now());
        em.persist(media);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new MediaAlreadyStoredException(image.sha256(), e);
            }
            throw e;
        }
        return new Stored(view(media), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaView> find(long id) {
        return em.createQuery(VIEW + "m.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(MediaLibrary::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaView> findBySha256(String sha256) {
        return em.createQuery(VIEW + "m.sha256 = :sha256", Object[].class)
                .setParameter("sha256", sha256)
                .getResultStream()
                .findFirst()
                .map(MediaLibrary::view);
    }

    private static MediaView view(Media m) {
        return new MediaView(m.id(), m.mimeType(), m.byteLength(), m.width(), m.height(), m.sha256(), m.altText());
    }

    private static MediaView view(Object[] r) {
        return new MediaView(
                (Long) r[0],
                (String) r[1],
                ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(),
                (String) r[5],
                (String) r[6]);
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
