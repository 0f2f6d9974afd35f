package org.glossa.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A slug a translation was public at and is no longer: its URL leads to the translation's current live version
 * (301), or answers 410 while there is none, and no other item of the same kind and locale may take it.
 */
@Entity
@Table(name = "former_slug")
public class FormerSlug {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "translation_id", nullable = false)
    private Translation translation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private String slug;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected FormerSlug() {}

    public FormerSlug(Translation translation, String slug, Instant retiredAt) {
        this.translation = translation;
        this.kind = translation.kind();
        this.locale = translation.locale();
        this.slug = slug;
        this.retiredAt = retiredAt;
    }

    public Translation translation() {
        return translation;
    }

    public ItemKind kind() {
        return kind;
    }

    public String locale() {
        return locale;
    }

    public String slug() {
        return slug;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
