package org.glossa.editorial.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Profile;
import org.glossa.content.entity.Publication;
import org.glossa.content.entity.Revision;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.Translation;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.domains.boundary.Sites;
import org.glossa.editorial.control.AcknowledgedWarnings;
import org.glossa.editorial.control.Decision;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.Finding;
import org.glossa.editorial.control.ListCursor;
import org.glossa.editorial.control.Overview;
import org.glossa.editorial.control.RequestedLocale;
import org.glossa.editorial.control.ReviewQueueEntry;
import org.glossa.editorial.control.ScheduledPublication;
import org.glossa.editorial.control.SourceDiff;
import org.glossa.editorial.control.Submission;
import org.glossa.editorial.control.TranslationQuality;
import org.glossa.editorial.control.TranslationQueries;
import org.glossa.editorial.control.TranslationState;
import org.glossa.editorial.control.Viewer;
import org.glossa.editorial.control.WorkList;
import org.glossa.editorial.entity.AuditEntry;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * What a viewer may read of the workflow, one transaction per call: translations and where they stand,
 * revisions, what readers saw at an instant, source diffs, the review queue and the audit log. Everything is
 * read through {@link TranslationQueries}, scoped to the viewer; the moves are {@link Workflow}'s.
 */
@Stateless
public class Translations {

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    Sites sites;

    public TranslationState state(Viewer viewer, ItemKind kind, long itemId, String localeTag) {
        LocaleDefinition locale = RequestedLocale.of(localeTag, "locale");
        TranslationQueries queries = queries(viewer);
        queries.item(kind, itemId);
        Translation t = queries.translation(kind, itemId, locale.tag())
                .orElseThrow(() -> EditorialException.notFound("no " + locale.tag() + " translation you can see"));
        return queries.state(t);
    }

    /** The site's profile, if one was made: an item carries no text, so anyone signed in may know it. */
    public Optional<Profile> profile() {
        return em.createQuery("SELECT p FROM Profile p ORDER BY p.id", Profile.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every visible translation of an item. */
    public List<TranslationState> states(Viewer viewer, ItemKind kind, long itemId) {
        TranslationQueries queries = queries(viewer);
        queries.item(kind, itemId);
        return queries.states(queries.translations(kind, itemId));
    }

    /**
     * Checks, before anything is saved, that a slug could be this translation's: refused (409, naming the slug) as a
     * save would refuse it when another translation in the locale uses it or it still redirects to another item.
     */
    public void requireSlugFree(Viewer viewer, ItemKind kind, long itemId, String localeTag, String slug) {
        LocaleDefinition locale = RequestedLocale.of(localeTag, "locale");
        viewer.requireEditor(locale.tag());
        TranslationQueries queries = queries(viewer);
        queries.item(kind, itemId);
        Long own = queries.translation(kind, itemId, locale.tag())
                .map(Translation::id)
                .orElse(null);
        Workflow.requireSlugFree(queries, kind, locale.tag(), slug, own);
    }

    public List<Revision> revisions(Viewer viewer, ItemKind kind, long itemId, String localeTag) {
        TranslationState s = state(viewer, kind, itemId, localeTag);
        return queries(viewer).revisions(s.translation());
    }

    public Revision revision(Viewer viewer, ItemKind kind, long itemId, String localeTag, int number) {
        TranslationState s = state(viewer, kind, itemId, localeTag);
        return queries(viewer)
                .revision(s.translation(), number)
                .orElseThrow(() -> EditorialException.notFound("no revision " + number));
    }

    /** Exactly what readers saw at that instant (snapshots are immutable). */
    public Publication publishedAt(Viewer viewer, ItemKind kind, long itemId, String localeTag, Instant at) {
        TranslationState s = state(viewer, kind, itemId, localeTag);
        return queries(viewer)
                .liveAt(s.translation(), at)
                .orElseThrow(() -> EditorialException.notFound("nothing of this translation was public at " + at));
    }

    /** What changed in the source text since the revision this translation was made from. */
    public SourceDiff sourceDiff(Viewer viewer, ItemKind kind, long itemId, String localeTag) {
        TranslationState s = state(viewer, kind, itemId, localeTag);
        if (s.translation().locale().equals(s.sourceLocale())) {
            throw EditorialException.conflict("locale", "this is the source text; it is translated from nothing");
        }
        TranslationQueries queries = queries(viewer);
        Translation source = queries.translation(kind, itemId, s.sourceLocale())
                .orElseThrow(() -> EditorialException.notFound("the source text is missing"));
        int to = queries.revisionToTranslate(source);
        int from = s.translation().basedOnSourceRevision() == null
                ? 1
                : s.translation().basedOnSourceRevision();
        TranslatableText before =
                queries.revision(source, from).map(Revision::text).orElse(source.text());
        TranslatableText after =
                queries.revision(source, to).map(Revision::text).orElse(source.text());
        return SourceDiff.between(s.sourceLocale(), from, before, to, after);
    }

    /**
     * What the quality checks find in a translation as it is stored, before it is submitted: the same checks the
     * submission runs ({@link Workflow#submit}).
     */
    public TranslationQuality.Report checks(Viewer viewer, ItemKind kind, long itemId, String localeTag) {
        Translation t = state(viewer, kind, itemId, localeTag).translation();
        return checks(t, t.text());
    }

    /** The checks on a text not saved yet (the editor's form), judged as the translation's next revision. */
    public TranslationQuality.Report checks(
            Viewer viewer, ItemKind kind, long itemId, String localeTag, TranslatableText text) {
        return checks(state(viewer, kind, itemId, localeTag).translation(), text);
    }

    private TranslationQuality.Report checks(Translation t, TranslatableText text) {
        LocaleDefinition locale = LocaleCatalog.standard().get(t.locale());
        return TranslationQuality.of(
                t, text, queries(Workflow.EVERYTHING), sites.directory().site(locale), sites.links());
    }

    /** The warnings acknowledged with the translation's latest submission (none when it had none). */
    public List<Finding> acknowledgedWarnings(Viewer viewer, ItemKind kind, long itemId, String localeTag) {
        viewer.requireOwner();
        String locale = RequestedLocale.of(localeTag, "locale").tag();
        List<AuditEntry> trail = queries(viewer).auditTrail(kind, itemId, locale);
        for (int i = trail.size() - 1; i >= 0; i--) {
            if (trail.get(i).action() == TranslationStatus.Action.SUBMIT) {
                return AcknowledgedWarnings.fromJson(trail.get(i).acknowledgedWarnings());
            }
        }
        return List.of();
    }

    public List<TranslationState> reviewQueue(Viewer viewer) {
        viewer.requireOwner();
        TranslationQueries queries = queries(viewer);
        return queries.states(queries.inReview());
    }

    /**
     * One page of the review queue, oldest submission first, optionally of one locale and one kind (null: any), with
     * each item's source title and its translator's display name.
     */
    public List<ReviewQueueEntry> reviewQueue(Viewer viewer, String localeTag, ItemKind kind, int first, int max) {
        viewer.requireOwner();
        TranslationQueries queries = queries(viewer);
        List<Translation> page = queries.inReview(locale(localeTag), kind, Math.max(0, first), Math.max(1, max));
        Map<Long, String> titles = queries.sourceTitles(page);
        Map<Long, String> authors = queries.currentAuthors(page);
        return page.stream()
                .map(t -> new ReviewQueueEntry(t, titles.get(t.id()), authors.get(t.id())))
                .toList();
    }

    /**
     * The owner's calendar: scheduled publications from {@code from} to {@code to}, soonest first, at most
     * {@code max}, each with its item's source title. A bounded number of statements whatever the rows: the
     * translations, their items per kind, the source titles per kind.
     */
    public List<ScheduledPublication> scheduled(Viewer viewer, Instant from, Instant to, int max) {
        viewer.requireOwner();
        TranslationQueries queries = queries(viewer);
        List<Translation> page = queries.scheduledBetween(from, to, Math.max(1, max));
        Map<Long, String> titles = queries.sourceTitles(page);
        return page.stream()
                .map(t -> new ScheduledPublication(t, titles.get(t.id())))
                .toList();
    }

    /**
     * How many translations wait for review in each locale, optionally of one kind (null: any), in one query; the
     * queue's size for a locale, or in all, follows from it.
     */
    public Map<String, Long> reviewQueueByLocale(Viewer viewer, ItemKind kind) {
        viewer.requireOwner();
        return queries(viewer).inReviewByLocale(kind);
    }

    private static String locale(String tag) {
        return tag == null || tag.isBlank()
                ? null
                : RequestedLocale.of(tag, "locale").tag();
    }

    /**
     * The owner's decisions in the viewer's locales after {@code since}, newest first, at most {@code max}: what a
     * translator's home shows of what happened since their last visit.
     */
    public List<Decision> decidedSince(Viewer viewer, Instant since, int max) {
        return queries(viewer).decidedSince(since, Math.max(1, max));
    }

    /** One translation as the owner reviews it: beside its source text, and the live version's text if any. */
    public Submission submission(Viewer viewer, ItemKind kind, long itemId, String localeTag) {
        viewer.requireOwner();
        TranslationState s = state(viewer, kind, itemId, localeTag);
        TranslationQueries queries = queries(viewer);
        Translation t = s.translation();
        Translation source = t.locale().equals(s.sourceLocale())
                ? t
                : queries.translation(kind, itemId, s.sourceLocale())
                        .orElseThrow(() -> EditorialException.notFound("the source text is missing"));
        Optional<TranslatableText> live =
                s.live().flatMap(p -> queries.revision(t, p.revisionNumber())).map(Revision::text);
        return new Submission(t, source, live, s.outdated());
    }

    /** A page of an editorial list, and where the next one starts (null when this is the last). */
    public record StatesPage(List<TranslationState> rows, ListCursor next) {}

    /**
     * One page of a kind's translations the viewer can see, most recently changed first: the {@code page}-th (from
     * 1) when {@code after} is null, else the page after that cursor.
     */
    public StatesPage list(
            Viewer viewer,
            ItemKind kind,
            TranslationStatus status,
            String localeTag,
            Boolean outdated,
            ListCursor after,
            int page,
            int pageSize) {
        String locale = localeTag == null
                ? null
                : RequestedLocale.of(localeTag, "locale").tag();
        TranslationQueries queries = queries(viewer);
        int first = after == null ? Math.max(0, page - 1) * pageSize : 0;
        TranslationQueries.Slice slice = queries.list(kind, status, locale, outdated, after, first, pageSize);
        return new StatesPage(queries.states(slice.rows()), slice.next());
    }

    /**
     * One page of the viewer's work list: their locales only (every locale for the owner).
     *
     * @param size     how many rows the list has ({@link #workListSize})
     * @param previous the page of this filter read before (null if none): a page beside it is read by key
     */
    public WorkList.Page workList(
            Viewer viewer, WorkList.Filter filter, long size, WorkList.Page previous, int first, int max) {
        return workList(viewer).page(filter, size, previous, Math.max(0, first), Math.max(1, max));
    }

    /** How many rows {@link #workList} has for this filter, for a paginator. */
    public long workListSize(Viewer viewer, WorkList.Filter filter) {
        return workList(viewer).size(filter);
    }

    private WorkList workList(Viewer viewer) {
        List<String> tags = LocaleCatalog.standard().tags();
        return new WorkList(
                WorkList.of(em),
                viewer.owner()
                        ? tags
                        : tags.stream().filter(viewer.locales()::contains).toList());
    }

    /**
     * One page of the translation overview: items by every locale, owner only (a translator's view of other locales
     * is not theirs to have).
     *
     * @param previous the page of this filter read before (null if none): a page beside it is read by key
     */
    public Overview.Page overview(
            Viewer viewer, Overview.Filter filter, long size, Overview.Page previous, int first, int max) {
        viewer.requireOwner();
        return overview().page(filter, size, previous, Math.max(0, first), Math.max(1, max));
    }

    /** How many items {@link #overview} has for this filter. */
    public long overviewSize(Viewer viewer, Overview.Filter filter) {
        viewer.requireOwner();
        return overview().size(filter);
    }

    /** Per locale: items, live, outdated. */
    public List<Overview.LocaleCount> overviewCounters(Viewer viewer) {
        viewer.requireOwner();
        return overview().counters();
    }

    private Overview overview() {
        return new Overview(WorkList.of(em), LocaleCatalog.standard().tags());
    }

    public List<AuditEntry> audit(Viewer viewer, ItemKind kind, long itemId, String localeTag) {
        viewer.requireOwner();
        String locale = localeTag == null
                ? null
                : RequestedLocale.of(localeTag, "locale").tag();
        return queries(viewer).auditTrail(kind, itemId, locale);
    }

    private TranslationQueries queries(Viewer viewer) {
        return new TranslationQueries(em, viewer);
    }
}
