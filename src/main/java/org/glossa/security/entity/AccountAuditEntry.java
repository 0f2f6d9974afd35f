package org.glossa.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of an account: who did what to whom, when. Append-only; never holds a password or a hash. Written in
 * the same transaction as the change it records, so neither exists without the other.
 */
@Entity
@Table(name = "account_audit")
public class AccountAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    /** Null when the system acted: accounts created at start-up from configuration or for the demo. */
    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private AccountChange change;

    /** What changed, when there is more to say than the kind (the locales before and after, say). */
    @Column(length = 1000)
    private String detail;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected AccountAuditEntry() {}

    public AccountAuditEntry(long accountId, Long actorId, AccountChange change, String detail, Instant happenedAt) {
        this.accountId = accountId;
        this.actorId = actorId;
        this.change = change;
        this.detail = detail;
        this.happenedAt = happenedAt;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Long actorId() {
        return actorId;
    }

    public AccountChange change() {
        return change;
    }

    public String detail() {
        return detail;
    }

    public Instant happenedAt() {
        return happenedAt;
    }
}
