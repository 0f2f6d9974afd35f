package org.glossa.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.documents.control.LocalePublishing;
import org.glossa.documents.entity.PublishingState;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.scheduling.boundary.Scheduling;

/**
 * Compares, per locale, the newest publication with the newest successful generation ({@link LocalePublishing}),
 * alerts on a change of SLA state, and asks for the retry of failed locales once their backoff has passed.
 */
@ApplicationScoped
public class PublishingMonitor {

    private static final Logger LOG = Logger.getLogger(PublishingMonitor.class.getName());

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    PublishingRuns runs;

    @Inject
    SlaAnnouncements announcements;

    @Inject
    LagSamples samples;

    @Inject
    RegenerationRequests requests;

    /** How long a content change may wait for a run before the monitor assumes the run was lost. */
    static final Duration STRANDED_AFTER = Duration.ofSeconds(10);

    @Inject
    Scheduling scheduling;

    @Inject
    @ConfigProperty(name = "glossa.publishing.sla", defaultValue = "PT5M")
    Duration sla;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Duration> lags = new ConcurrentHashMap<>();
    private final Map<String, Integer> brokenPermalinks = new ConcurrentHashMap<>();

    /** Every locale's state now, in catalogue order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LocalePublishing> evaluate() {
        Instant now = clock.instant();
        Map<String, Instant> newest = new HashMap<>();
        // Native: the JPA converter does not apply to aggregates, so the driver's own timestamp type comes back.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT locale, MAX(published_at), MAX(withdrawn_at) FROM publication GROUP BY locale")
                .getResultList();
        for (Object[] r : rows) {
            Instant published = instant(r[1]);
            Instant withdrawn = instant(r[2]);
            newest.put((String) r[0], withdrawn != null && withdrawn.isAfter(published) ? withdrawn : published);
        }
        Map<String, PublishingState> states = new HashMap<>();
        for (PublishingState state : runs.all()) {
            states.put(state.locale(), state);
            brokenPermalinks.put(state.locale(), state.brokenPermalinks());
        }
        List<LocalePublishing> result = new ArrayList<>();
        for (LocaleDefinition locale : LocaleCatalog.standard().all()) {
            PublishingState state = states.get(locale.tag());
            LocalePublishing evaluated = LocalePublishing.evaluate(
                    locale.tag(),
                    newest.get(locale.tag()),
                    state == null ? null : state.lastSuccessAt().orElse(null),
                    state == null ? null : state.lastFailureAt().orElse(null),
                    state == null ? null : state.lastError().orElse(null),
                    now,
                    sla);
            lags.put(locale.tag(), evaluated.lag());
            result.add(evaluated);
        }
        return result;
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException(
                "unexpected timestamp type " + value.getClass().getName());
    }

    /** How long a publication may wait for its locale's documents. */
    public Duration sla() {
        return sla;
    }

    /** The lag found by the latest evaluation on this node (zero before the first one): what the gauge shows. */
    public Duration lastLag(String locale) {
        return lags.getOrDefault(locale, Duration.ZERO);
    }

    /** The broken permalinks of the locale's newest check, as this node last read them: what the gauge shows. */
    public int lastBrokenPermalinks(String locale) {
        return brokenPermalinks.getOrDefault(locale, 0);
    }

    /**
     * Evaluates, and announces every change of a locale's SLA state once for the whole cluster (see
     * {@link SlaAnnouncements#announce}): SEVERE and a webhook on a new breach, INFO and a "recovered" webhook when it
     * ends. Then fires the regeneration when a failed locale's retry is due.
     */
    public void check() {
        Map<String, Boolean> announced = new HashMap<>();
        for (PublishingState state : runs.all()) {
            announced.put(state.locale(), state.announcedBreach());
            if ((state.brokenPermalinks() > 0) != state.announcedBrokenPermalinks()) {
                announcePermalinks(state);
            }
        }
        List<LocalePublishing> evaluation = evaluate();
        for (LocalePublishing locale : evaluation) {
            if (locale.breached() != announced.getOrDefault(locale.locale(), false)) {
                announce(locale);
            }
        }
        sample(evaluation);
        retryDue();
    }

    /** Keeps the minute's lags for the back office's chart; a failure costs one sample, never the check. */
    private void sample(List<LocalePublishing> evaluation) {
        try {
            samples.record(evaluation, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not sample the publishing lag; the next check tries again", e);
        }
    }

    private void announce(LocalePublishing locale) {
        try {
            if (!announcements.announce(locale)) {
                return;
            }
            if (locale.breached()) {
                LOG.severe(() -> "Publishing SLA breached for locale " + locale.locale() + ": " + locale.cause());
            } else {
                LOG.info(() ->
                        "Publishing of locale " + locale.locale() + " recovered: sitemap and feed are up to date");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Could not record or queue the SLA state change of " + locale.locale() + " (breached: "
                            + locale.breached() + ", cause: " + locale.cause() + "); the next check tries again",
                    e);
        }
    }

    /** Announces, once for the cluster, that a locale's permalinks broke or were repaired. */
    private void announcePermalinks(PublishingState state) {
        boolean broken = state.brokenPermalinks() > 0;
        String cause = broken
                ? state.brokenPermalinks() + " broken permalink(s), e.g. "
                        + state.brokenPermalinkExamples().stream()
                                .findFirst()
                                .map(e -> e.url() + " " + e.problem())
                                .orElse("")
                : null;
        try {
            if (!announcements.announcePermalinks(state.locale(), broken, cause)) {
                return;
            }
            if (broken) {
                LOG.severe(() -> "Broken permalinks in locale " + state.locale() + ": " + cause);
            } else {
                LOG.info(() -> "Permalinks of locale " + state.locale() + " repaired: every sitemap URL answers 200");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Could not record or queue the permalink state change of " + state.locale()
                            + "; the next check tries again",
                    e);
        }
    }

    /**
     * Fires the regeneration when a failed locale's retry is due, or when content changes have waited longer than
     * {@link #STRANDED_AFTER} for a run: the run that took them died with its node (a {@code kill -9} mid-run leaves
     * its requests in the table, and Quartz does not re-run a job whose node vanished). Firing while a run is going
     * costs nothing: the one-off trigger waits for it, and then finds what that run left, if anything.
     */
    private void retryDue() {
        Instant now = clock.instant();
        List<String> due = runs.retryDue(now);
        boolean stranded = requests.waitingSince(now.minus(STRANDED_AFTER));
        if ((due.isEmpty() && !stranded) || !scheduling.running()) {
            return;
        }
        try {
            if (scheduling.fireNow(RegenerateDocumentsJob.class)) {
                if (!due.isEmpty()) {
                    LOG.info(() -> "Retrying the generation of sitemaps and feeds for " + due);
                }
                if (stranded) {
                    LOG.info(() -> "Content changes have waited more than " + STRANDED_AFTER.toSeconds()
                            + " s for their sitemaps and feeds; a run is scheduled to take them (the run that"
                            + " had them may have stopped with its node)");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not schedule the retry of " + due + "; the next check tries again", e);
        }
    }
}
