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
import jakarta.persistence.Version;
import java.time.Instant;

/** A blog article's language-neutral part. */
@Entity
@Table(name = "post")
public class Post extends TranslatableItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_locale", nullable = false)
    private String sourceLocale;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_media_id")
    private Media cover;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Post() {}

    public Post(String sourceLocale, Media cover, Instant now) {
        this.sourceLocale = sourceLocale;
        this.cover = cover;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String sourceLocale() {
        return sourceLocale;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.POST;
    }

    @Override
    void referredBy(Translation translation) {
        translation.refer(this);
    }

    @Override
    void referredBy(Publication publication) {
        publication.refer(this);
    }

    public Media cover() {
        return cover;
    }

    /** The version the owner's edit form read; an edit based on another one is refused. */
    public int version() {
        return version;
    }

    /** A new cover image, or none ({@code null}): the post's facts change, not its texts. */
    public void changeCover(Media newCover, Instant now) {
        this.cover = newCover;
        this.updatedAt = now;
    }
}
