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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One locale's working version of a post or an experience entry. What readers see is never this row but
 * the {@link Publication} taken from it when it went live.
 */
@Entity
@Table(name = "translation")
public class Translation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "experience_id")
    private Experience experience;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TranslationStatus status;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(nullable = false)
    private String body;

    private String location;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Translation() {
    }

    private Translation(ItemKind kind, String locale, String slug, String title, String body, Instant now) {
        this.kind = kind;
        this.locale = Objects.requireNonNull(locale);
        this.slug = Objects.requireNonNull(slug);
        this.title = Objects.requireNonNull(title);
        this.body = body == null ? "" : body;
        this.status = TranslationStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Translation ofPost(Post post, String locale, String slug, String title, String summary,
                                     String body, Instant now) {
        Translation t = new Translation(ItemKind.POST, locale, slug, title, body, now);
        t.post = Objects.requireNonNull(post);
        t.summary = summary == null ? "" : summary;
        return t;
    }

    public static Translation ofExperience(Experience experience, String locale, String slug, String roleTitle,
                                           String location, String description, Instant now) {
        Translation t = new Translation(ItemKind.EXPERIENCE, locale, slug, roleTitle, description, now);
        t.experience = Objects.requireNonNull(experience);
        t.location = location == null ? "" : location;
        return t;
    }

    /**
     * Takes the snapshot readers will see and marks this version published. The caller withdraws the
     * previous live publication, if any, in the same transaction.
     *
     * @param bodyHtml         the body rendered from Markdown and sanitised
     * @param firstPublishedAt when this locale's version first went live ({@code now} the first time)
     */
    public Publication publish(String bodyHtml, Instant firstPublishedAt, Instant now) {
        status = TranslationStatus.PUBLISHED;
        updatedAt = now;
        return new Publication(this, bodyHtml, firstPublishedAt, now);
    }

    public Long id() {
        return id;
    }

    public ItemKind kind() {
        return kind;
    }

    public Post post() {
        return post;
    }

    public Experience experience() {
        return experience;
    }

    public String locale() {
        return locale;
    }

    public TranslationStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String location() {
        return location;
    }
}
