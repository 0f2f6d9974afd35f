package org.glossa.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a translation's text. Immutable: a later save is a new revision. */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "translation_id", nullable = false, updatable = false)
    private Translation translation;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(updatable = false)
    private String summary;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(updatable = false)
    private String location;

    @Column(name = "based_on_source_revision", updatable = false)
    private Integer basedOnSourceRevision;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Revision() {}

    Revision(
            Translation translation,
            int number,
            TranslatableText text,
            Integer basedOnSourceRevision,
            String author,
            Instant now) {
        this.translation = translation;
        this.number = number;
        this.title = text.title();
        this.slug = text.slug();
        this.summary = text.summary();
        this.body = text.body();
        this.location = text.location();
        this.basedOnSourceRevision = basedOnSourceRevision;
        this.author = author;
        this.createdAt = now;
    }

    public int number() {
        return number;
    }

    public TranslatableText text() {
        return new TranslatableText(title, slug, summary, body, location);
    }

    public Integer basedOnSourceRevision() {
        return basedOnSourceRevision;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
