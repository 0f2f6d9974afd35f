package org.glossa.documents.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.documents.control.LagChart;
import org.glossa.documents.control.LocalePublishing;

/**
 * Each locale's lag, sampled at most once a minute and kept a day ({@code publishing_lag_sample}): what the back
 * office's lag chart draws. The monitor samples after each check; the first check of a minute writes the minute's
 * rows and deletes those older than a day, later ones in the same minute (another node's too) write nothing.
 */
@Stateless
public class LagSamples {

    static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /** Records the lags of this evaluation unless the minute has its samples already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<LocalePublishing> evaluation, Instant now) {
        OffsetDateTime minute = now.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
        Number taken = (Number) em.createNativeQuery("SELECT COUNT(*) FROM publishing_lag_sample WHERE sampled_at = ?")
                .setParameter(1, minute)
                .getSingleResult();
        if (taken.longValue() > 0) {
            return;
        }
        for (LocalePublishing locale : evaluation) {
            em.createNativeQuery("INSERT INTO publishing_lag_sample (locale, sampled_at, lag_seconds) VALUES (?, ?, ?)")
                    .setParameter(1, locale.locale())
                    .setParameter(2, minute)
                    .setParameter(3, locale.lag().toSeconds())
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM publishing_lag_sample WHERE sampled_at < ?")
                .setParameter(1, minute.minus(KEPT))
                .executeUpdate();
    }

    /** Every locale's chart of the day ending {@code now}, in one query. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, LagChart> lastDay(Instant now) {
        Map<String, LagChart> charts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT locale, sampled_at, lag_seconds FROM publishing_lag_sample WHERE sampled_at >= ?")
                .setParameter(1, now.minus(KEPT).atOffset(ZoneOffset.UTC))
                .getResultList();
        for (Object[] row : rows) {
            charts.computeIfAbsent((String) row[0], l -> new LagChart(now))
                    .add(instant(row[1]), ((Number) row[2]).longValue());
        }
        return charts;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException(
                "unexpected timestamp type " + value.getClass().getName());
    }
}
