package org.glossa.publishing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.publishing.control.LocalePublishing;

/**
 * Posts publishing alerts as JSON to {@code glossa.alert.webhook} when it is set: asynchronously, with short
 * timeouts, once. A lost alert is logged; the SEVERE log entry, the health check and the status endpoint carry the
 * same facts. (Meant to move onto the outbound notification queue, with its retries and dead letters, once that is
 * finished: only {@link #send} changes.)
 */
@ApplicationScoped
public class AlertWebhook {

    public static final String SLA_BREACHED = "publishing.sla.breached";
    public static final String RUN_FAILED = "publishing.run.failed";
    public static final String RECOVERED = "publishing.recovered";
    private static final Logger LOG = Logger.getLogger(AlertWebhook.class.getName());

    @Inject
    @ConfigProperty(name = "glossa.alert.webhook")
    Optional<String> url;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** @return whether an alert was sent off (false when no webhook is configured) */
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.get())).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null) {
                LOG.warning(() -> "Alert " + event + " for " + locale.locale() + " was not delivered: " + error);
            } else if (response.statusCode() >= 300) {
                LOG.warning(() -> "Alert " + event + " for " + locale.locale() + " was refused with HTTP " + response.statusCode());
            }
        });
        return true;
    }
}
