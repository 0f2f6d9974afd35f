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
import org.glossa.content.entity.ItemKind.TextField;
import org.glossa.content.entity.TranslationStatus.Action;

/**
 * One locale's working version of a translatable item, and the workflow it goes through. What
 * readers see is never this row but the {@link Publication} taken from it when it went live; every save is
 * kept as a {@link Revision}. The moves allowed are {@link TranslationStatus}'s; who may make them is the
 * boundary's business.
 */
@Entity
@Table(name = "translation")
public class Translation {

    /** The length of {@code review_comment}. */
    private static final int MAX_REVIEW_COMMENT = 2000;

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id")
    private Profile profile;

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

    /**
     * Whether the item's source text is live in a newer revision than this was made from, stored for the editorial
     * lists' filter and index (changeset 033). The workflow keeps it with SQL in the move's transaction
     * ({@code WorkStates}), never through this entity, so it is read-only here and only queries name it: the
     * answer shown for a translation is computed ({@link #outdatedBy}).
     */
    @Column(name = "outdated", insertable = false, updatable = false)
    private boolean outdated;

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

    private Translation(TranslatableItem item, String locale, TranslatableText text, Instant now) {
        this.kind = item.kind();
        item.referredBy(this);
        this.locale = Objects.requireNonNull(locale);
        keep(text);
        this.status = TranslationStatus.DRAFT;
        this.revisionNumber = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new draft of the item in one locale, with the text fields its kind has. */
    public static Translation of(TranslatableItem item, String locale, TranslatableText text, Instant now) {
        return new Translation(item, locale, text, now);
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
        keep(text);
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

    /** Moves a scheduled version to another time, still in the future; the scheduler publishes it then. */
    public Transition reschedule(Instant when, Instant now) {
        if (!when.isAfter(now)) {
            throw new IllegalArgumentException("publishAt: must be in the future");
        }
        Transition transition = move(Action.RESCHEDULE, now);
        publishAt = when;
        return transition;
    }

    /**
     * Cancels a scheduled publication: the approval is withdrawn and the version waits in the review queue again,
     * where the owner decides anew (approve, schedule, reject). Nothing readers see changes.
     */
    public Transition unschedule(Instant now) {
        Transition transition = move(Action.UNSCHEDULE, now);
        publishAt = null;
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

    /**
     * A scheduled version that could not go live when it fell due returns to review: the owner sees it in the
     * review queue with {@code reason} as its review comment, and decides again (approve, schedule, reject).
     */
    public Transition publicationFailed(String reason, Instant now) {
        Transition transition = move(Action.PUBLISH_FAILED, now);
        String text = "Scheduled publication at " + publishAt + " failed: " + reason;
        reviewComment = text.length() > MAX_REVIEW_COMMENT ? text.substring(0, MAX_REVIEW_COMMENT - 1) + "…" : text;
        publishAt = null;
        return transition;
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

    /**
     * Takes the text's fields; those the kind does not have stay {@code null}, its own are never null. A kind without
     * pages keeps its fixed slug whatever the text says.
     */
    private void keep(TranslatableText text) {
        title = Objects.requireNonNull(text.title());
        slug = kind.hasPages() ? Objects.requireNonNull(text.slug()) : ItemKind.PAGELESS_SLUG;
        body = text.body();
        summary = kind.has(TextField.SUMMARY) ? Objects.requireNonNullElse(text.summary(), "") : null;
        location = kind.has(TextField.LOCATION) ? Objects.requireNonNullElse(text.location(), "") : null;
    }

    private Transition move(Action action, Instant now) {
        TranslationStatus from = status;
        status = status.require(action);
        updatedAt = now;
        return new Transition(from, status, action);
    }

    /**
     * Made from an older revision of the source text than {@code liveSourceRevision}, the one readers now
     * see; a translation that records no basis counts as older.
     */
    public boolean outdatedBy(int liveSourceRevision) {
        return basedOnSourceRevision == null || basedOnSourceRevision < liveSourceRevision;
    }

    public TranslatableText text() {
        return new TranslatableText(title, slug, summary, body, location);
    }

    /** The item translated: the one relation that is set. */
    public TranslatableItem item() {
        return post != null ? post : experience != null ? experience : profile;
    }

    public long itemId() {
        return item().id();
    }

    public int revisionNumber() {
        return revisionNumber;
    }

    /** When the translation last moved or was saved (for one in review: when it was submitted). */
    public Instant updatedAt() {
        return updatedAt;
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
