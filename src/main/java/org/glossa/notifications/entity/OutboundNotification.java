package org.glossa.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One outbound HTTP POST waiting to be delivered, delivered, or given up on (a dead letter). The moves are
 * methods: {@link #delivered}, {@link #failed} (which schedules the retry or gives up) and {@link #retry}.
 */
@Entity
@Table(name = "outbound_notification")
public class OutboundNotification {

    public enum Kind {
        WEBHOOK,
        WEBSUB,
        INDEXNOW
    }

    public enum Status {
        PENDING,
        DELIVERED,
        DEAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "target_url", nullable = false)
    private String targetUrl;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected OutboundNotification() {}

    public OutboundNotification(Kind kind, String targetUrl, String contentType, String body, Instant now) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.targetUrl = Objects.requireNonNull(targetUrl, "targetUrl");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.body = Objects.requireNonNull(body, "body");
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void delivered(Instant now) {
        requireStatus(Status.PENDING);
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = now;
        lastError = null;
    }

    /** A failed attempt: retried after {@code delay}, or dead when this was attempt {@code maxAttempts}. */
    public void failed(String error, Instant now, Duration delay, int maxAttempts) {
        requireStatus(Status.PENDING);
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        if (attempts >= maxAttempts) {
            status = Status.DEAD;
        } else {
            nextAttemptAt = now.plus(delay);
        }
    }

    /** A dead letter goes back to the queue, due at once, with a fresh set of attempts. */
    public void retry(Instant now) {
        requireStatus(Status.DEAD);
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("Notification " + id + " is " + status + ", not " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String targetUrl() {
        return targetUrl;
    }

    public String contentType() {
        return contentType;
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public long version() {
        return version;
    }
}
