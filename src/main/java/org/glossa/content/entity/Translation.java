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
import org.glossa.content.entity.TranslationStatus.Action;

/**
 * One locale's working version of a post or an experience entry, and the workflow it goes through. What
 * readers see is never this row but the {@link Publication} taken from it when it went live; every save is
 * kept as a {@link Revision}. The moves allowed are {@link TranslationStatus}'s; who may make them is the
 * boundary's business.
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

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Column(name = "based_on_source_revision")
    private Integer basedOnSourceRevision;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    /** A workflow move as it happened, for the audit log. */
    public record Transition(TranslationStatus from, TranslationStatus to, Action action) {}

    /** A save: the new revision and the move it made. */
    public record Revised(Revision revision, Transition transition) {}

    /** A version that went live: the snapshot readers now see and the move it made. */
    public record WentLive(Publication publication, Transition transition) {}

    protected Translation() {}

    private Translation(ItemKind kind, String locale, String slug, String title, String body, Instant now) {
        this.kind = kind;
        this.locale = Objects.requireNonNull(locale);
        this.slug = Objects.requireNonNull(slug);
        this.title = Objects.requireNonNull(title);
        this.body = body == null ? "" : body;
        this.status = TranslationStatus.DRAFT;
        this.revisionNumber = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Translation ofPost(
            Post post, String locale, String slug, String title, String summary, String body, Instant now) {
        Translation t = new Translation(ItemKind.POST, locale, slug, title, body, now);
        t.post = Objects.requireNonNull(post);
        t.summary = summary == null ? "" : summary;
        return t;
    }

    public static Translation ofExperience(
            Experience experience,
            String locale,
            String slug,
            String roleTitle,
            String location,
            String description,
            Instant now) {
        Translation t = new Translation(ItemKind.EXPERIENCE, locale, slug, roleTitle, description, now);
        t.experience = Objects.requireNonNull(experience);
        t.location = location == null ? "" : location;
        return t;
    }

    /** The first revision, for a translation just created. */
    public Revision firstRevision(Integer basedOnSourceRevision, String author, Instant now) {
        this.basedOnSourceRevision = basedOnSourceRevision;
        return new Revision(this, revisionNumber, text(), basedOnSourceRevision, author, now);
    }

    /**
     * Saves a new version of the text. Editing a published translation makes it a draft again while the
     * live publication stays until the new version is approved.
     */
    public Revised revise(TranslatableText text, Integer basedOnSourceRevision, String author, Instant now) {
        Transition transition = move(Action.SAVE, now);
        title = Objects.requireNonNull(text.title());
        slug = Objects.requireNonNull(text.slug());
        body = text.body();
        if (kind == ItemKind.POST) {
            summary = text.summary() == null ? "" : text.summary();
        } else {
            location = text.location() == null ? "" : text.location();
        }
        revisionNumber++;
        this.basedOnSourceRevision = basedOnSourceRevision;
        return new Revised(new Revision(this, revisionNumber, text(), basedOnSourceRevision, author, now), transition);
    }

    public Transition submit(Instant now) {
        return move(Action.SUBMIT, now);
    }

    /** Sends the version back to its translator with a comment they will see. */
    public Transition reject(String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("comment: a rejection needs a comment for the translator");
        }
        Transition transition = move(Action.REJECT, now);
        reviewComment = comment.strip();
        publishAt = null;
        return transition;
    }

    /** Approves the version to go live at a future time; the scheduler publishes it then. */
    public Transition schedule(Instant when, Instant now) {
        if (!when.isAfter(now)) {
            throw new IllegalArgumentException("publishAt: must be in the future");
        }
        Transition transition = move(Action.SCHEDULE, now);
        publishAt = when;
        return transition;
    }

    /**
     * The reviewed version goes live now. The caller withdraws the previous live publication, if any, in
     * the same transaction, so the switch is atomic for readers.
     *
     * @param bodyHtml         the body rendered from Markdown and sanitised
     * @param firstPublishedAt when this locale's version first went live ({@code now} the first time)
     */
    public WentLive approve(String bodyHtml, Instant firstPublishedAt, Instant now) {
        return goLive(Action.APPROVE, bodyHtml, firstPublishedAt, now);
    }

    /** A scheduled version whose time has come goes live. */
    public WentLive publishDue(String bodyHtml, Instant firstPublishedAt, Instant now) {
        if (status == TranslationStatus.SCHEDULED && (publishAt == null || publishAt.isAfter(now))) {
            throw new IllegalStateException("Scheduled for " + publishAt + ", not due at " + now);
        }
        return goLive(Action.PUBLISH_DUE, bodyHtml, firstPublishedAt, now);
    }

    /** Goes live without review: the owner's own source-locale text, or content loaded by the system. */
    public WentLive publishDirect(String bodyHtml, Instant firstPublishedAt, Instant now) {
        return goLive(Action.PUBLISH_DIRECT, bodyHtml, firstPublishedAt, now);
    }

    /** Takes the live version off the site (the caller withdraws it); the text stays as a draft. */
    public Transition unpublish(boolean hasLiveVersion, Instant now) {
        if (!hasLiveVersion) {
            throw new IllegalTransitionException(status, Action.UNPUBLISH);
        }
        return move(Action.UNPUBLISH, now);
    }

    /** Retires the translation: off the site (the caller withdraws any live version) and out of the queues. */
    public Transition archive(Instant now) {
        publishAt = null;
        return move(Action.ARCHIVE, now);
    }

    private WentLive goLive(Action action, String bodyHtml, Instant firstPublishedAt, Instant now) {
        Transition transition = move(action, now);
        publishAt = null;
        reviewComment = null;
        return new WentLive(new Publication(this, bodyHtml, firstPublishedAt, now), transition);
    }

    private Transition move(Action action, Instant now) {
        TranslationStatus from = status;
        status = status.require(action);
        updatedAt = now;
        return new Transition(from, status, action);
    }

    public TranslatableText text() {
        return new TranslatableText(title, slug, summary, body, location);
    }

    public long itemId() {
        return kind == ItemKind.POST ? post.id() : experience.id();
    }

    public int revisionNumber() {
        return revisionNumber;
    }

    public Integer basedOnSourceRevision() {
        return basedOnSourceRevision;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public int version() {
        return version;
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
