package org.glossa.content.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable snapshot of a translation as readers see it. Exactly one publication per translation is
 * live ({@code withdrawnAt == null}); older ones stay as the record of what was public when.
 */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "translation_id", nullable = false)
    private Translation translation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "experience_id")
    private Experience experience;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id")
    private Profile profile;

    /** Read-only views of the foreign keys, for projections that need no join (written through the relations). */
    @Column(name = "post_id", insertable = false, updatable = false)
    private Long postId;

    @Column(name = "experience_id", insertable = false, updatable = false)
    private Long experienceId;

    @Column(name = "profile_id", insertable = false, updatable = false)
    private Long profileId;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private String slug;

    @Column(name = "live_slug")
    private String liveSlug;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    /** The body's links ({@link BodyLinks}), written with it; the permalink check reads them, never the entity. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "publication_link", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "href", nullable = false)
    private List<String> links = new ArrayList<>();

    @Column(name = "link_count", nullable = false)
    private int linkCount;

    private String location;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Column(name = "first_published_at", nullable = false)
    private Instant firstPublishedAt;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Publication() {}

    Publication(Translation source, String bodyHtml, Instant firstPublishedAt, Instant now) {
        this.translation = source;
        this.kind = source.kind();
        source.item().referredBy(this);
        this.locale = source.locale();
        this.slug = source.slug();
        this.liveSlug = source.slug();
        this.title = source.title();
        this.summary = source.summary();
        this.bodyHtml = bodyHtml;
        this.links = new ArrayList<>(BodyLinks.of(bodyHtml));
        this.linkCount = links.size();
        this.location = source.location();
        this.revisionNumber = source.revisionNumber();
        this.firstPublishedAt = firstPublishedAt;
        this.publishedAt = now;
    }

    void refer(Post post) {
        this.post = post;
    }

    void refer(Experience experience) {
        this.experience = experience;
    }

    void refer(Profile profile) {
        this.profile = profile;
    }

    /** Takes this snapshot off the site; it stays as history. */
    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
            liveSlug = null;
        }
    }

    public boolean live() {
        return withdrawnAt == null;
    }

    public Long id() {
        return id;
    }

    public ItemKind kind() {
        return kind;
    }

    /** The item this is a snapshot of: the one relation that is set. */
    public TranslatableItem item() {
        return post != null ? post : experience != null ? experience : profile;
    }

    public Long itemId() {
        return item().id();
    }

    public String locale() {
        return locale;
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

    public String bodyHtml() {
        return bodyHtml;
    }

    /** The distinct links of the body, in order. */
    public List<String> links() {
        return List.copyOf(links);
    }

    public String location() {
        return location;
    }

    public Instant firstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** When it stopped being live, or {@code null} while it is. */
    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public int revisionNumber() {
        return revisionNumber;
    }
}
