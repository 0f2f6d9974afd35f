package org.glossa.publishing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.publishing.control.LocalePublishing;
import org.glossa.publishing.entity.OutboundNotification;

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

    /**
     * Queues the alert in its own transaction, so it is kept (and retried, then dead-lettered) whatever the
     * caller's transaction does.
     *
     * @return whether an alert was queued (false when no webhook is configured)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(String event, LocalePublishing locale) {
        Optional<String> target = url.map(String::strip).filter(u -> !u.isEmpty());
        if (target.isEmpty()) {
            return false;
        }
        String json = Json.createObjectBuilder()
                .add("event", event)
                .add("locale", locale.locale())
                .add("cause", locale.cause() == null ? "" : locale.cause())
                .add("lagSeconds", locale.lag().toSeconds())
                .add("at", Instant.now().toString())
                .build().toString();
        notifications.enqueue(OutboundNotification.Kind.WEBHOOK, target.get(), "application/json", json);
        LOG.fine(() -> "Alert " + event + " for " + locale.locale() + " queued for " + target.get());
        return true;
    }
}
