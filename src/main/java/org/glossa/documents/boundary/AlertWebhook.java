package org.glossa.documents.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.documents.control.LocalePublishing;
import org.glossa.documents.entity.PublishingState;
import org.glossa.notifications.boundary.Notifications;
import org.glossa.notifications.entity.OutboundNotification;

/**
 * Posts publishing alerts as JSON to {@code glossa.alert.webhook} when it is set, through the persistent
 * outbound queue: retried with backoff, and dead-lettered for the owner when the receiver stays down. The
 * SEVERE log entry, the health check and the status endpoint carry the same facts.
 */
@Stateless
public class AlertWebhook {

    public static final String SLA_BREACHED = "publishing.sla.breached";
    public static final String RUN_FAILED = "publishing.run.failed";
    public static final String RECOVERED = "publishing.recovered";
    private static final Logger LOG = Logger.getLogger(AlertWebhook.class.getName());

    @Inject
    @ConfigProperty(name = "glossa.alert.webhook")
    Optional<String> url;

    @Inject
    Notifications notifications;

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /**
     * Announces a change of a locale's SLA state exactly once, whichever node notices it and across restarts: the
     * caller whose conditional update flips {@code announced_breach} queues the alert (when a webhook is configured)
     * in the same transaction, kept, retried and dead-lettered whatever its caller does next. Every other caller
     * gets false.
     *
     * @return whether this call made the announcement (the caller then logs it)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean announce(LocalePublishing locale) {
        boolean breach = locale.breached();
        int flipped = em.createQuery("""
                        UPDATE PublishingState s SET s.announcedBreach = :breach
                        WHERE s.locale = :locale AND s.announcedBreach <> :breach""")
                .setParameter("breach", breach)
                .setParameter("locale", locale.locale())
                .executeUpdate();
        if (flipped == 0) {
            if (!breach || em.find(PublishingState.class, locale.locale()) != null) {
                return false;
            }
            // Breached before any run recorded an outcome (the row is made by the first run).
            PublishingState state = new PublishingState(locale.locale());
            state.announced(true);
            em.persist(state);
        }
        queue(breach ? (locale.runFailed() ? RUN_FAILED : SLA_BREACHED) : RECOVERED, locale);
        return true;
    }

    /**
     * The configured webhook when it is an absolute http(s) URL. A malformed one must not undo the announcement
     * (the log carries it), and is not logged itself: webhook URLs often embed a secret.
     */
    private Optional<String> target() {
        Optional<String> configured = url.map(String::strip).filter(u -> !u.isEmpty());
        if (configured.isEmpty()) {
            return configured;
        }
        try {
            URI uri = new URI(configured.get());
            if (uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return configured;
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        LOG.warning("glossa.alert.webhook is not an absolute http(s) URL: the alert is in the log only");
        return Optional.empty();
    }

    private void queue(String event, LocalePublishing locale) {
        Optional<String> target = target();
        if (target.isEmpty()) {
            return;
        }
        String json = Json.createObjectBuilder()
                .add("event", event)
                .add("locale", locale.locale())
                .add("cause", locale.cause() == null ? "" : locale.cause())
                .add("lagSeconds", locale.lag().toSeconds())
                .add("at", Instant.now().toString())
                .build()
                .toString();
        notifications.enqueue(OutboundNotification.Kind.WEBHOOK, target.get(), "application/json", json);
        LOG.fine(() -> "Alert " + event + " for " + locale.locale() + " queued for " + target.get());
    }
}
