package org.glossa.editorial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Translation;
import org.glossa.content.entity.TranslationStatus;

/**
 * One workflow transition, as it happened. Entries are only ever added: every column is non-updatable
 * here, and on PostgreSQL a trigger refuses updates and deletes.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemKind kind;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private String locale;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TranslationStatus.Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    private TranslationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private TranslationStatus toStatus;

    @Column(updatable = false)
    private String comment;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** A submission's acknowledged quality-check warnings, as {@code AcknowledgedWarnings} writes them. */
    @Column(name = "acknowledged_warnings", updatable = false)
    private String acknowledgedWarnings;

    protected AuditEntry() {}

    public AuditEntry(
            Translation translation, Translation.Transition transition, String actor, String comment, Instant at) {
        this.kind = translation.kind();
        this.itemId = translation.itemId();
        this.locale = translation.locale();
        this.actor = actor;
        this.action = transition.action();
        this.fromStatus = transition.from();
        this.toStatus = transition.to();
        this.comment = comment;
        this.occurredAt = at;
    }

    public long id() {
        return id;
    }

    public ItemKind kind() {
        return kind;
    }

    public long itemId() {
        return itemId;
    }

    public String locale() {
        return locale;
    }

    /** A submission, with the warnings the submitter acknowledged ({@code null}: none). */
    public AuditEntry(
            Translation translation,
            Translation.Transition transition,
            String actor,
            Instant at,
            String acknowledgedWarnings) {
        this(translation, transition, actor, null, at);
        this.acknowledgedWarnings = acknowledgedWarnings;
    }

    public String actor() {
        return actor;
    }

    public TranslationStatus.Action action() {
        return action;
    }

    public TranslationStatus fromStatus() {
        return fromStatus;
    }

    public TranslationStatus toStatus() {
        return toStatus;
    }

    public String comment() {
        return comment;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String acknowledgedWarnings() {
        return acknowledgedWarnings;
    }
}
