package org.glossa.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.notifications.control.LoggedUrl;
import org.glossa.notifications.entity.OutboundNotification;

/**
 * Posts alerts as JSON ({@code event, locale, cause, lagSeconds, at}) to {@code glossa.alert.webhook} when it is
 * set, through the persistent outbound queue: retried with backoff, and dead-lettered for the owner when the
 * receiver stays down.
 */
@ApplicationScoped
public class AlertWebhook {

    private static final Logger LOG = Logger.getLogger(AlertWebhook.class.getName());

    @Inject
    @ConfigProperty(name = "glossa.alert.webhook")
    Optional<String> url;

    @Inject
    Notifications notifications;

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

    /**
     * Queues an alert for the configured webhook, in the caller's transaction, when one is configured: kept,
     * retried and dead-lettered whatever the caller does next.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alert(String event, String locale, String cause, Duration lag) {
        Optional<String> target = target();
        if (target.isEmpty()) {
            return;
        }
        String json = Json.createObjectBuilder()
                .add("event", event)
                .add("locale", locale)
                .add("cause", cause == null ? "" : cause)
                .add("lagSeconds", lag.toSeconds())
                .add("at", Instant.now().toString())
                .build()
                .toString();
        notifications.enqueue(OutboundNotification.Kind.WEBHOOK, target.get(), "application/json", json);
        LOG.fine(() -> "Alert " + event + " for " + locale + " queued for " + LoggedUrl.of(target.get()));
    }
}
