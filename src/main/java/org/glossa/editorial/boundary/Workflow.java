package org.glossa.editorial.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.content.control.MarkdownRenderer;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.FormerSlug;
import org.glossa.content.entity.IllegalTransitionException;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Publication;
import org.glossa.content.entity.TranslatableItem;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.Translation;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.Site;
import org.glossa.editorial.control.AcknowledgedWarnings;
import org.glossa.editorial.control.BrokenLinksException;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.Finding;
import org.glossa.editorial.control.LinkCheck;
import org.glossa.editorial.control.LinkTargets;
import org.glossa.editorial.control.RequestedLocale;
import org.glossa.editorial.control.SourceText;
import org.glossa.editorial.control.TextRules;
import org.glossa.editorial.control.TranslationQuality;
import org.glossa.editorial.control.TranslationQueries;
import org.glossa.editorial.control.Viewer;
import org.glossa.editorial.control.WorkStates;
import org.glossa.editorial.entity.AuditEntry;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.TypedText;

/**
 * The editorial workflow's moves, one transaction per call: a new item's source text starts as a draft,
 * translators draft and submit in their locales, the owner approves (now or at a time), rejects with a
 * comment, unpublishes, archives. Every save is a revision, every move an audit entry, and a change to what
 * readers see is announced after commit. Reading is {@link Translations}'.
 */
@Stateless
public class Workflow {

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    Sites sites;

    /**
     * Every move writes what it changed before its transaction commits, so that a write that lost a race with a
     * concurrent one is answered as the conflict it is (409), not found at commit time, when only a 500 is left:
     * two first saves of one translation (its unique key per item and locale, or a slug taken meanwhile), two
     * approvals of one version (its {@code @Version}), a deadlock. Runs inside the move's transaction, which the
     * refusal rolls back.
     */
    @AroundInvoke
    Object writtenBeforeCommit(InvocationContext invocation) throws Exception {
        touched.clear();
        try {
            Object result = invocation.proceed();
            try {
                em.flush();
                settle();
            } catch (PersistenceException e) {
                throw ConcurrentWrite.conflict(e).orElseThrow(() -> e);
            }
            return result;
        } finally {
            touched.clear();
        }
    }

    /**
     * The items the current move changed (every move audits what it changed, see {@link #audit}), whose stored work
     * state is computed again last in the move's transaction. A field is safe here: a stateless bean's instance
     * serves one call at a time, and the interceptor clears it around each.
     */
    private final Set<WorkStates.Item> touched = new LinkedHashSet<>();

    /** The stored work state follows the move, in its transaction (see {@link WorkStates}). */
    private void settle() {
        if (touched.isEmpty()) {
            return;
        }
        WorkStates states = new WorkStates(
                WorkStates.Database.of(em), LocaleCatalog.standard().tags());
        touched.forEach(states::refresh);
    }

    /** Who publishes scheduled translations when they fall due. */
    private static final Viewer SCHEDULER = new Viewer("scheduler", true, Set.of());

    /** Reads what the checks compare a text with (its source, its link targets), whoever asks for them. */
    static final Viewer EVERYTHING = SCHEDULER;

    // ---- starting and saving ----------------------------------------------------------------------------

    /**
     * A new item enters the workflow: its checked source text becomes the first draft. {@code create} makes
     * and stores the item; it is called only once the slug is known to be free, so what it reads of the
     * item's input is refused after a taken slug, as the API has always reported it.
     */
    public <I extends TranslatableItem> I begin(SourceText source, Supplier<I> create, Instant now) {
        requireSlugFree(
                queries(source.author()),
                source.kind(),
                source.locale(),
                source.text().slug(),
                null);
        I item = create.get();
        if (item.kind() != source.kind()) {
            throw new IllegalArgumentException(
                    "The source text of a " + source.kind() + " cannot start a " + item.kind());
        }
        start(source.author(), Translation.of(item, source.locale(), source.text(), now), null, now);
        return item;
    }

    /**
     * Creates (201) or saves (200) a locale's working version. Saving an existing one needs the version the
     * writer read ({@code If-Match}), so two people saving the same translation never lose a write.
     */
    public Saved save(
            Viewer viewer,
            ItemKind kind,
            long itemId,
            String localeTag,
            TranslatableText input,
            String ifMatch,
            Instant now) {
        LocaleDefinition locale = RequestedLocale.of(localeTag, "locale");
        viewer.requireEditor(locale.tag());
        TranslationQueries queries = queries(viewer);
        TranslatableItem item = queries.item(kind, itemId);
        TranslatableText text = TextRules.validated(input, kind, locale);
        Optional<Translation> existing = queries.translation(kind, itemId, locale.tag());
        Integer basedOn = basedOnSourceRevision(queries, kind, itemId, item.sourceLocale(), locale.tag());
        if (existing.isEmpty()) {
            requireSlugFree(queries, kind, locale.tag(), text.slug(), null);
            Translation created = Translation.of(item, locale.tag(), text, now);
            start(viewer, created, basedOn, now);
            return new Saved(created, true);
        }
        Translation translation = existing.get();
        Integer expectedVersion = ETags.version(ifMatch, translation.id()).orElse(null);
        if (expectedVersion == null) {
            throw new EditorialException(
                            EditorialException.Kind.PRECONDITION_REQUIRED,
                            "If-Match",
                            "saving an existing translation needs If-Match with the ETag you read")
                    .because("changedMeanwhile");
        }
        if (expectedVersion != translation.version()) {
            throw new EditorialException(
                            EditorialException.Kind.PRECONDITION_FAILED,
                            "If-Match",
                            "the translation changed since you read it; current ETag " + ETags.of(translation))
                    .because("changedMeanwhile");
        }
        requireSlugFree(queries, kind, locale.tag(), text.slug(), translation.id());
        Translation.Revised revised = transition(() -> translation.revise(text, basedOn, viewer.username(), now));
        em.persist(revised.revision());
        audit(translation, revised.transition(), viewer.username(), null, now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Someone saved between our read and this write, with the same If-Match: theirs won.
            throw new EditorialException(
                            EditorialException.Kind.PRECONDITION_FAILED,
                            "If-Match",
                            "the translation changed since you read it; read it again for the current ETag")
                    .because("changedMeanwhile");
        }
        return new Saved(translation, false);
    }

    public record Saved(Translation translation, boolean created) {}

    private void start(Viewer viewer, Translation translation, Integer basedOn, Instant now) {
        em.persist(translation);
        em.persist(translation.firstRevision(basedOn, viewer.username(), now));
        try {
            em.flush(); // identity ids are assigned on insert; the audit entry names the item
        } catch (PersistenceException e) {
            throw ConcurrentWrite.conflict(e).orElseThrow(() -> e);
        }
        audit(
                translation,
                new Translation.Transition(
                        TranslationStatus.DRAFT, TranslationStatus.DRAFT, TranslationStatus.Action.SAVE),
                viewer.username(),
                null,
                now);
    }

    // ---- moves -----------------------------------------------------------------------------------------

    public Translation submit(Viewer viewer, ItemKind kind, long itemId, String localeTag, Instant now) {
        return submit(viewer, kind, itemId, localeTag, Set.of(), now).translation();
    }

    /**
     * Submits for review after the quality checks ({@link TranslationQuality}): errors refuse the submission naming
     * each field; warnings do not, and those the submitter acknowledged ({@link Finding#key}) are recorded with
     * the submission's audit entry for the owner. Runs the checks after the move's own state check, so that a move
     * the state forbids is refused as such first.
     */
    public Submitted submit(
            Viewer viewer, ItemKind kind, long itemId, String localeTag, Set<String> acknowledged, Instant now) {
        Translation t = editable(viewer, kind, itemId, localeTag);
        Translation.Transition submitted = transition(() -> t.submit(now));
        TranslationQuality.Report report = quality(t);
        report.requireNoErrors();
        List<Finding> accepted = AcknowledgedWarnings.among(report.warnings(), acknowledged);
        touched.add(new WorkStates.Item(t.kind(), t.itemId()));
        em.persist(new AuditEntry(t, submitted, viewer.username(), now, AcknowledgedWarnings.toJson(accepted)));
        return new Submitted(t, report.warnings(), accepted);
    }

    /**
     * @param warnings     what the quality checks warned of
     * @param acknowledged those of them the submitter acknowledged
     */
    public record Submitted(Translation translation, List<Finding> warnings, List<Finding> acknowledged) {}

    private TranslationQuality.Report quality(Translation t) {
        LocaleDefinition locale = LocaleCatalog.standard().get(t.locale());
        return TranslationQuality.of(t, queries(EVERYTHING), sites.directory().site(locale), sites.links());
    }

    /** Approves now, or schedules when {@code publishAt} is in the future. */
    public Translation approve(
            Viewer viewer, ItemKind kind, long itemId, String localeTag, Instant publishAt, Instant now) {
        return approve(viewer, kind, itemId, localeTag, publishAt, null, now);
    }

    /**
     * Approves now, or schedules when {@code publishAt} is in the future, the version the owner read: with
     * {@code ifMatch} (an ETag), a translation saved or moved since is refused (412), never approved unseen.
     */
    public Translation approve(
            Viewer viewer,
            ItemKind kind,
            long itemId,
            String localeTag,
            Instant publishAt,
            String ifMatch,
            Instant now) {
        viewer.requireOwner();
        Translation t = editable(viewer, kind, itemId, localeTag);
        requireUnchanged(t, ifMatch);
        if (publishAt != null && publishAt.isAfter(now)) {
            Translation.Transition scheduled = transition(() -> t.schedule(publishAt, now));
            requireLinksLive(t);
            audit(t, scheduled, viewer.username(), null, now);
            return t;
        }
        goLive(t, viewer.username(), now, publication -> t.approve(publication.html(), publication.first(), now));
        return t;
    }

    /**
     * Moves a scheduled publication to another time, which must be in the future (else refused naming
     * {@code publishAt}), for the version the owner read ({@code ifMatch}, as for approval). The links are checked
     * again: they must still lead to live pages when it goes live.
     */
    public Translation reschedule(
            Viewer viewer,
            ItemKind kind,
            long itemId,
            String localeTag,
            Instant publishAt,
            String ifMatch,
            Instant now) {
        viewer.requireOwner();
        Translation t = editable(viewer, kind, itemId, localeTag);
        requireUnchanged(t, ifMatch);
        if (publishAt == null || !publishAt.isAfter(now)) {
            throw EditorialException.invalid("publishAt", "must be in the future")
                    .because("publishAt.past");
        }
        Translation.Transition moved = transition(() -> t.reschedule(publishAt, now));
        requireLinksLive(t);
        audit(t, moved, viewer.username(), null, now);
        return t;
    }

    /**
     * Cancels a scheduled publication: the version goes back to the review queue, undecided, as it was before the
     * owner scheduled it; what readers see does not change.
     */
    public Translation unschedule(
            Viewer viewer, ItemKind kind, long itemId, String localeTag, String ifMatch, Instant now) {
        viewer.requireOwner();
        Translation t = editable(viewer, kind, itemId, localeTag);
        requireUnchanged(t, ifMatch);
        audit(t, transition(() -> t.unschedule(now)), viewer.username(), null, now);
        return t;
    }

    /** The owner's own source-locale text goes live without review. */
    public Translation publishDirect(Viewer viewer, ItemKind kind, long itemId, String localeTag, Instant now) {
        viewer.requireOwner();
        Translation t = editable(viewer, kind, itemId, localeTag);
        if (!t.locale().equals(queries(viewer).item(kind, itemId).sourceLocale())) {
            throw EditorialException.conflict("locale", "only the source-locale text may be published without review")
                    .because("sourceOnly");
        }
        goLive(t, viewer.username(), now, publication -> t.publishDirect(publication.html(), publication.first(), now));
        return t;
    }

    /** What the review comment and the audit log's comment column hold. */
    public static final int MAX_COMMENT = 2000;

    public Translation reject(
            Viewer viewer, ItemKind kind, long itemId, String localeTag, String comment, Instant now) {
        return reject(viewer, kind, itemId, localeTag, comment, null, now);
    }

    /** Rejects the version the owner read: with {@code ifMatch}, one saved or moved since is refused (412). */
    public Translation reject(
            Viewer viewer, ItemKind kind, long itemId, String localeTag, String comment, String ifMatch, Instant now) {
        viewer.requireOwner();
        Translation t = editable(viewer, kind, itemId, localeTag);
        requireUnchanged(t, ifMatch);
        String cleaned = TypedText.multiLine("comment", comment);
        String reason = cleaned == null ? null : cleaned.strip();
        if (reason != null && reason.codePointCount(0, reason.length()) > MAX_COMMENT) {
            throw EditorialException.invalid("comment", "at most " + MAX_COMMENT + " characters")
                    .because("text.tooLong", "max", MAX_COMMENT);
        }
        try {
            audit(t, transition(() -> t.reject(reason, now)), viewer.username(), reason, now);
        } catch (IllegalArgumentException e) {
            throw EditorialException.invalid("comment", "a rejection needs a comment for the translator")
                    .because("comment.required");
        }
        return t;
    }

    public Translation unpublish(Viewer viewer, ItemKind kind, long itemId, String localeTag, Instant now) {
        viewer.requireOwner();
        Translation t = editable(viewer, kind, itemId, localeTag);
        Optional<Publication> live = queries(viewer).live(t);
        audit(t, transition(() -> t.unpublish(live.isPresent(), now)), viewer.username(), null, now);
        live.get().withdraw(now);
        retire(t, live.get().slug(), now);
        changed.fire(ContentChanged.item(
                t.kind(), t.itemId(), t.locale(), Set.of(), Set.of(live.get().id())));
        return t;
    }

    /** Retires a translation: any live version comes off the site. */
    public Translation archive(Viewer viewer, ItemKind kind, long itemId, String localeTag, Instant now) {
        viewer.requireOwner();
        Translation t = editable(viewer, kind, itemId, localeTag);
        Optional<Publication> live = queries(viewer).live(t);
        audit(t, transition(() -> t.archive(now)), viewer.username(), null, now);
        live.ifPresent(p -> {
            p.withdraw(now);
            retire(t, p.slug(), now);
            changed.fire(ContentChanged.item(t.kind(), t.itemId(), t.locale(), Set.of(), Set.of(p.id())));
        });
        return t;
    }

    /**
     * The owner lets a former slug of this translation go: its URL no longer redirects (404 from now on) and another
     * item may take it. Audited, with the slug in the comment.
     */
    public void releaseFormerSlug(
            Viewer viewer, ItemKind kind, long itemId, String localeTag, String slug, Instant now) {
        viewer.requireOwner();
        Translation t = editable(viewer, kind, itemId, localeTag);
        String canonical = slug == null ? "" : SlugPolicy.canonicalForm(slug, RequestedLocale.of(localeTag, "locale"));
        FormerSlug former = queries(viewer)
                .formerSlug(kind, t.locale(), canonical)
                .filter(f -> f.translation().id().equals(t.id()))
                .orElseThrow(
                        () -> EditorialException.notFound("no former slug '" + canonical + "' of this translation"));
        em.remove(former);
        audit(
                t,
                new Translation.Transition(t.status(), t.status(), TranslationStatus.Action.RELEASE_SLUG),
                viewer.username(),
                "released former slug '" + canonical + "'",
                now);
        changed.fire(ContentChanged.item(t.kind(), t.itemId(), t.locale()));
    }

    /** The scheduled translations due at {@code now}, in the order they fell due, at most {@code max}. */
    public List<Long> dueAt(Instant now, int max) {
        return queries(SCHEDULER).dueAt(now, max);
    }

    /**
     * One scheduled translation goes live, in a transaction of its own, so that one that cannot does not hold
     * back the others due with it.
     *
     * @return false when it is no longer due (moved on meanwhile)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean publishScheduled(long translationId, Instant now) {
        Translation t = em.find(Translation.class, translationId);
        if (t == null
                || t.status() != TranslationStatus.SCHEDULED
                || t.publishAt() == null
                || t.publishAt().isAfter(now)) {
            return false;
        }
        // Checked again: the slug was free when the owner approved, but a live version may have taken it since.
        requireSlugFree(queries(SCHEDULER), t.kind(), t.locale(), t.slug(), t.id());
        goLive(t, SCHEDULER.username(), now, publication -> t.publishDue(publication.html(), publication.first(), now));
        em.flush();
        return true;
    }

    /** A scheduled translation that could not go live returns to the owner's review queue, with the reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void scheduledPublicationFailed(long translationId, String reason, Instant now) {
        Translation t = em.find(Translation.class, translationId);
        if (t == null || t.status() != TranslationStatus.SCHEDULED) {
            return;
        }
        Translation.Transition failed = transition(() -> t.publicationFailed(reason, now));
        audit(t, failed, SCHEDULER.username(), t.reviewComment(), now);
    }

    private record GoingLive(String html, Instant first) {}

    /** Swaps the live version in one transaction: readers see the old one until commit, then the new. */
    private void goLive(Translation t, String actor, Instant now, Function<GoingLive, Translation.WentLive> move) {
        TranslationQueries everything = queries(new Viewer(actor, true, Set.of()));
        requireSlugFree(everything, t.kind(), t.locale(), t.slug(), t.id());
        Optional<Publication> previous = everything.live(t);
        Instant first = everything.firstPublished(t).orElse(now);
        previous.ifPresent(p -> {
            p.withdraw(now);
            if (!p.slug().equals(t.slug())) {
                retire(t, p.slug(), now);
            }
        });
        // Live again at a slug it had before: that URL is its page again, not a redirect.
        everything
                .formerSlug(t.kind(), t.locale(), t.slug())
                .filter(f -> f.translation().id().equals(t.id()))
                .ifPresent(em::remove);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw ConcurrentWrite.conflict(e).orElseThrow(() -> e);
        }
        Translation.WentLive wentLive =
                transition(() -> move.apply(new GoingLive(MarkdownRenderer.toSafeHtml(t.body()), first)));
        requireLinksLive(t);
        em.persist(wentLive.publication());
        audit(t, wentLive.transition(), actor, null, now);
        try {
            em.flush(); // the new publication's id, for the event
        } catch (PersistenceException e) {
            throw ConcurrentWrite.conflict(e).orElseThrow(() -> e);
        }
        changed.fire(ContentChanged.item(
                t.kind(),
                t.itemId(),
                t.locale(),
                Set.of(wentLive.publication().id()),
                previous.map(p -> Set.of(p.id())).orElse(Set.of())));
    }

    // ---- rules -----------------------------------------------------------------------------------------

    private TranslationQueries queries(Viewer viewer) {
        return new TranslationQueries(em, viewer);
    }

    private Translation editable(Viewer viewer, ItemKind kind, long itemId, String localeTag) {
        LocaleDefinition locale = RequestedLocale.of(localeTag, "locale");
        viewer.requireEditor(locale.tag());
        TranslationQueries queries = queries(viewer);
        queries.item(kind, itemId);
        return queries.translation(kind, itemId, locale.tag())
                .orElseThrow(() -> EditorialException.notFound("no " + locale.tag() + " translation"));
    }

    /** With an ETag, the translation must still be the version it names. */
    private static void requireUnchanged(Translation t, String ifMatch) {
        Optional<Integer> expected = ETags.version(ifMatch, t.id());
        if (expected.isPresent() && expected.get() != t.version()) {
            throw new EditorialException(
                            EditorialException.Kind.PRECONDITION_FAILED,
                            "If-Match",
                            "the translation changed since you read it; current ETag " + ETags.of(t))
                    .because("changedMeanwhile");
        }
    }

    /** The 409 rules of a slug: free in its locale, and no former address still leading readers to another item. */
    static void requireSlugFree(
            TranslationQueries queries, ItemKind kind, String locale, String slug, Long exceptTranslation) {
        if (queries.slugTaken(kind, locale, slug, exceptTranslation)) {
            throw EditorialException.conflict("slug", "'" + slug + "' is already used in " + locale)
                    .because("slug.taken", "slug", slug);
        }
        Optional<FormerSlug> former = queries.formerSlug(kind, locale, slug)
                .filter(f -> exceptTranslation == null || !f.translation().id().equals(exceptTranslation));
        if (former.isPresent()) {
            Translation owner = former.get().translation();
            throw EditorialException.conflict(
                            "slug",
                            "'" + slug + "' was the address of " + kind.name().toLowerCase(Locale.ROOT) + " "
                                    + owner.itemId() + " in " + locale + " and still leads readers there;"
                                    + " the owner can release it")
                    .because("slug.redirects", "slug", slug);
        }
    }

    /**
     * The body's internal links must lead to live pages (checked again whenever a version moves towards readers:
     * submitted, scheduled, going live now or when due), else the move is refused naming each broken link. Saving
     * a draft is not checked: a draft is work in progress. Runs after the move's own state check, so that a move
     * the state forbids is refused as such first.
     */
    private void requireLinksLive(Translation t) {
        LocaleDefinition locale = LocaleCatalog.standard().get(t.locale());
        Site own = sites.directory().site(locale);
        TranslationQueries everything = queries(SCHEDULER);
        List<LinkCheck.BrokenLink> broken = LinkCheck.broken(
                t.body(),
                own,
                sites.links(),
                new LinkTargets.Address(t.kind(), t.locale(), t.slug()),
                everything::linkTargets);
        if (!broken.isEmpty()) {
            throw new BrokenLinksException(broken);
        }
    }

    /** Records a URL the translation no longer has, so that it keeps leading readers to it (a kind with pages only). */
    private void retire(Translation t, String slug, Instant now) {
        if (t.kind().hasPages()
                && queries(SCHEDULER).formerSlug(t.kind(), t.locale(), slug).isEmpty()) {
            em.persist(new FormerSlug(t, slug, now));
        }
    }

    private Integer basedOnSourceRevision(
            TranslationQueries queries, ItemKind kind, long itemId, String sourceLocale, String locale) {
        if (locale.equals(sourceLocale)) {
            return null;
        }
        return queries.translation(kind, itemId, sourceLocale)
                .map(queries::revisionToTranslate)
                .orElse(null);
    }

    private static <T> T transition(Supplier<T> move) {
        try {
            return move.get();
        } catch (IllegalTransitionException e) {
            throw EditorialException.conflict("status", e.getMessage() + " (current state: " + e.current() + ")")
                    .because("status.notNow");
        }
    }

    private void audit(Translation t, Translation.Transition transition, String actor, String comment, Instant now) {
        touched.add(new WorkStates.Item(t.kind(), t.itemId()));
        em.persist(new AuditEntry(t, transition, actor, comment, now));
    }
}
