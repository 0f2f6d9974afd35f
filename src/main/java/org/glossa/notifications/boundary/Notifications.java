package org.glossa.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.notifications.control.LoggedUrl;
import org.glossa.notifications.entity.OutboundNotification;
import org.glossa.notifications.entity.OutboundNotification.Kind;
import org.glossa.notifications.entity.OutboundNotification.Status;

/**
 * The outbound notification queue: {@link #enqueue} joins the caller's transaction, so a notification exists
 * exactly when the change it announces committed; {@link #deliverDue} (a job) POSTs what is due, retries with
 * exponential backoff and leaves what exhausted its attempts as a dead letter for the owner.
 *
 * <p>Claiming: a node claims a due row with an update conditional on its version that also moves
 * {@code next_attempt_at} past the delivery timeout, and commits before sending. Another node's claim of the
 * same row updates nothing, so each attempt is made by one node (plain SQL: PostgreSQL and H2 alike); a node
 * that dies mid-delivery leaves the row due again when its claim ends (at-least-once delivery).
 */
@ApplicationScoped
public class Notifications {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "glossa.notifications.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "glossa.notifications.base-delay-seconds", defaultValue = "10")
    long baseDelaySeconds;

    private final Clock clock = Clock.systemUTC();
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    NotificationClaims claims;

    /** Queues a POST in the caller's transaction (there must be one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Kind kind, String targetUrl, String contentType, String body) {
        URI.create(targetUrl); // a malformed URL fails the caller now, not every delivery attempt later
        em.persist(new OutboundNotification(kind, targetUrl, contentType, body, clock.instant()));
    }

    /** Sends every due notification once. @return how many were delivered */
    public int deliverDue() {
        int delivered = 0;
        for (NotificationClaims.Claimed claimed : claims.claimDue(clock.instant())) {
            Optional<String> error = send(claimed);
            claims.record(
                    claimed.id(),
                    error.orElse(null),
                    clock.instant(),
                    Duration.ofSeconds(baseDelaySeconds),
                    maxAttempts);
            if (error.isEmpty()) {
                delivered++;
            } else {
                LOG.warning(() -> "Notification " + claimed.id() + " to " + LoggedUrl.of(claimed.targetUrl())
                        + " failed: " + error.get());
            }
        }
        return delivered;
    }

    private Optional<String> send(NotificationClaims.Claimed claimed) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(claimed.targetUrl()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", claimed.contentType())
                    .POST(HttpRequest.BodyPublishers.ofString(claimed.body()))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Dead letters, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboundNotification> deadLetters() {
        return em.createQuery(
                        "SELECT n FROM OutboundNotification n WHERE n.status = :dead ORDER BY n.createdAt DESC, n.id DESC",
                        OutboundNotification.class)
                .setParameter("dead", Status.DEAD)
                .setMaxResults(1000)
                .getResultList();
    }

    /**
     * What is not delivered yet, for the owner's health screen: dead letters first, then what waits for its next
     * attempt (those with a last error failed before), newest first within each, at most {@code limit} in one
     * statement. A delivered notification is history, not something to act on.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboundNotification> undelivered(int limit) {
        return em.createQuery(
                        "SELECT n FROM OutboundNotification n WHERE n.status <> :delivered"
                                + " ORDER BY CASE WHEN n.status = :dead THEN 0 ELSE 1 END, n.createdAt DESC, n.id DESC",
                        OutboundNotification.class)
                .setParameter("delivered", Status.DELIVERED)
                .setParameter("dead", Status.DEAD)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Puts every dead letter back in the queue, due now, in one transaction. @return how many were queued */
    @Transactional
    public int retryAll() {
        List<OutboundNotification> dead = em.createQuery(
                        "SELECT n FROM OutboundNotification n WHERE n.status = :dead", OutboundNotification.class)
                .setParameter("dead", Status.DEAD)
                .getResultList();
        Instant now = clock.instant();
        dead.forEach(n -> n.retry(now));
        return dead.size();
    }

    /** Puts a dead letter back in the queue, due now. @return false when {@code id} is not a dead letter */
    @Transactional
    public boolean retry(long id) {
        OutboundNotification n = em.find(OutboundNotification.class, id);
        if (n == null || n.status() != Status.DEAD) {
            return false;
        }
        n.retry(clock.instant());
        return true;
    }
}
