package org.glossa.editorial.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.content.boundary.Items;
import org.glossa.content.boundary.MediaLibrary;
import org.glossa.content.control.AltText;
import org.glossa.content.control.ExperienceFacts;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.Experience;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Media;
import org.glossa.content.entity.MediaAltText;
import org.glossa.content.entity.Post;
import org.glossa.content.entity.TranslatableItem;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.content.entity.VerifiedImage;
import org.glossa.content.entity.Workplace;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.SourceText;
import org.glossa.editorial.control.Viewer;
import org.glossa.localization.control.LocaleCatalog;

/**
 * The owner's content: the items listed with their source text and where they are live, created with every field,
 * their language-neutral facts edited (a post's cover and its text alternatives, a role's organisation, dates and
 * place on the timeline), taken off the site or archived in every locale at once. Owner only, checked here whichever
 * door calls; one transaction per call, so an item is never half-made and a refused cover stores nothing.
 *
 * <p>Facts are edited against the version the form read ({@code @Version}): an edit based on an older one is refused
 * as {@code PRECONDITION_FAILED} on the field {@code version}, never applied over someone else's. A change to what
 * readers see (facts of a live item, the timeline order) is announced as {@link ContentChanged} for the locales where
 * the item is live, so the pages regenerate like after any publication.
 */
@Stateless
public class ContentConsole {

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    Workflow workflow;

    @Inject
    Items items;

    @Inject
    MediaLibrary library;

    @Inject
    Event<ContentChanged> changed;

    /** One item as the content list shows it: its source text's title and state, the locales where it is live. */
    public record Row(
            ItemKind kind,
            long id,
            String sourceLocale,
            String title,
            TranslationStatus sourceStatus,
            List<String> liveLocales) {}

    /** A post's facts as its edit form reads them. */
    public record PostFacts(
            long id,
            int version,
            String sourceLocale,
            String title,
            TranslationStatus sourceStatus,
            Long coverId,
            String coverType,
            String sourceAlt,
            Map<String, String> altTexts) {}

    /** A role's facts as its edit form reads them. */
    public record RoleFacts(
            long id,
            int version,
            String sourceLocale,
            String title,
            TranslationStatus sourceStatus,
            String organisation,
            EmploymentType employmentType,
            Workplace workplace,
            YearMonth start,
            YearMonth endOrNull,
            int sortOrder) {}

    // ---- the list ---------------------------------------------------------------------------------------------

    public long count(Viewer viewer, ItemKind kind) {
        viewer.requireOwner();
        return em.createQuery("SELECT COUNT(i) FROM " + entity(kind) + " i", Long.class)
                .getSingleResult();
    }

    /**
     * One page of items of a kind: posts newest first, roles in timeline order. Two statements whatever the page
     * size: the items with their source text, then the live publications of those items.
     */
    public List<Row> page(Viewer viewer, ItemKind kind, int first, int size) {
        viewer.requireOwner();
        String order = kind == ItemKind.POST ? "i.id DESC" : "i.sortOrder, i.startMonth DESC, i.id";
        List<Object[]> found = em.createQuery(
                        "SELECT i.id, i.sourceLocale, t.title, t.status FROM Translation t JOIN t." + kind.attribute()
                                + " i WHERE t.locale = i.sourceLocale ORDER BY " + order,
                        Object[].class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, size))
                .getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Set<String>> live = liveLocales(kind, ids);
        return found.stream()
                .map(r -> new Row(
                        kind,
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (TranslationStatus) r[3],
                        List.copyOf(live.getOrDefault((Long) r[0], Set.of()))))
                .toList();
    }

    /** The locales where the item is live now, in tag order (what readers lose if it comes off the site). */
    public List<String> liveLocales(Viewer viewer, ItemKind kind, long id) {
        viewer.requireOwner();
        item(kind, id);
        return List.copyOf(liveLocales(kind, List.of(id)).getOrDefault(id, Set.of()));
    }

    private Map<Long, Set<String>> liveLocales(ItemKind kind, Collection<Long> ids) {
        String column = kind == ItemKind.POST ? "p.postId" : "p.experienceId";
        Map<Long, Set<String>> live = new HashMap<>();
        em.createQuery(
                        "SELECT " + column + ", p.locale FROM Publication p WHERE p.withdrawnAt IS NULL AND " + column
                                + " IN :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r ->
                        live.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]));
        return live;
    }

    // ---- creating ----------------------------------------------------------------------------------------------

    /**
     * A new post with its source text and, optionally, a cover image (stored through the media library, in this
     * transaction: a refusal later on stores nothing) described in the source locale; published at once when
     * {@code publish}, else left as a draft for translators and the owner.
     */
    public Post createPost(
            Viewer viewer,
            String sourceLocale,
            TranslatableText text,
            VerifiedImage coverOrNull,
            String alt,
            boolean publish,
            Instant now) {
        SourceText source = SourceText.checked(viewer, ItemKind.POST, sourceLocale, text);
        String altText = alt(alt, "alt");
        Post post = workflow.begin(
                source,
                () -> items.createPost(source.locale(), coverOrNull == null ? null : stored(coverOrNull), now),
                now);
        if (post.cover() != null && !altText.isEmpty()) {
            post.cover().describe(altText);
        }
        if (publish) {
            workflow.publishDirect(viewer, ItemKind.POST, post.id(), source.locale(), now);
        }
        return post;
    }

    /** A new role with its source text (title, location, description) and facts; published at once when asked. */
    public Experience createRole(
            Viewer viewer,
            String sourceLocale,
            TranslatableText text,
            ExperienceFacts facts,
            boolean publish,
            Instant now) {
        SourceText source = SourceText.checked(viewer, ItemKind.EXPERIENCE, sourceLocale, text);
        Experience created = workflow.begin(source, () -> items.createExperience(source.locale(), facts, now), now);
        if (publish) {
            workflow.publishDirect(viewer, ItemKind.EXPERIENCE, created.id(), source.locale(), now);
        }
        return created;
    }

    // ---- editing facts -------------------------------------------------------------------------------------------

    public PostFacts post(Viewer viewer, long id) {
        viewer.requireOwner();
        Post post = (Post) item(ItemKind.POST, id);
        Media cover = post.cover();
        Map<String, String> alts = new TreeMap<>();
        if (cover != null) {
            em.createQuery("SELECT a FROM MediaAltText a WHERE a.media = :m", MediaAltText.class)
                    .setParameter("m", cover)
                    .getResultList()
                    .forEach(a -> alts.put(a.locale(), a.altText()));
        }
        return new PostFacts(
                id,
                post.version(),
                post.sourceLocale(),
                source(ItemKind.POST, id, post.sourceLocale()).title(),
                source(ItemKind.POST, id, post.sourceLocale()).status(),
                cover == null ? null : cover.id(),
                cover == null ? null : cover.mimeType(),
                cover == null ? "" : cover.altText(),
                alts);
    }

    public RoleFacts role(Viewer viewer, long id) {
        viewer.requireOwner();
        Experience e = (Experience) item(ItemKind.EXPERIENCE, id);
        return new RoleFacts(
                id,
                e.version(),
                e.sourceLocale(),
                source(ItemKind.EXPERIENCE, id, e.sourceLocale()).title(),
                source(ItemKind.EXPERIENCE, id, e.sourceLocale()).status(),
                e.organisation(),
                e.employmentType(),
                e.workplace(),
                e.start(),
                e.endOrNull(),
                e.sortOrder());
    }

    /**
     * The post's cover and its text alternatives, as the form read them at {@code version}: a new image replaces the
     * cover ({@code removeCover} takes it away); {@code altTexts} holds one text per locale, a blank one removing
     * that locale's text (the source locale's is the image's own).
     */
    public void revisePost(
            Viewer viewer,
            long id,
            int version,
            VerifiedImage newCover,
            boolean removeCover,
            Map<String, String> altTexts,
            Instant now) {
        viewer.requireOwner();
        Post post = (Post) item(ItemKind.POST, id);
        requireVersion(post.version(), version);
        Media cover = newCover != null ? stored(newCover) : removeCover ? null : post.cover();
        revised(post, cover, altTexts, now);
    }

    /**
     * The post's cover (an image already in the media library, or none) and its text alternatives, as the API
     * client read them at {@code version}.
     */
    public void revisePost(
            Viewer viewer, long id, int version, Long coverMediaId, Map<String, String> altTexts, Instant now) {
        viewer.requireOwner();
        Post post = (Post) item(ItemKind.POST, id);
        requireVersion(post.version(), version);
        Media cover = null;
        if (coverMediaId != null) {
            cover = em.find(Media.class, coverMediaId);
            if (cover == null) {
                throw EditorialException.invalid("coverMediaId", "no media " + coverMediaId);
            }
        }
        revised(post, cover, altTexts, now);
    }

    /** The alt texts are part of the post's facts: the version moves even when only they change. */
    private void revised(Post post, Media cover, Map<String, String> altTexts, Instant now) {
        post.changeCover(cover, now);
        if (cover != null) {
            describe(cover, post.sourceLocale(), altTexts == null ? Map.of() : altTexts);
        }
        flushVersioned();
        announce(ItemKind.POST, post.id());
    }

    /** The role's facts as the form read them at {@code version}. */
    public void reviseRole(Viewer viewer, long id, int version, ExperienceFacts facts, Instant now) {
        viewer.requireOwner();
        Experience entry = (Experience) item(ItemKind.EXPERIENCE, id);
        requireVersion(entry.version(), version);
        facts.applyTo(entry, now);
        flushVersioned();
        announce(ItemKind.EXPERIENCE, id);
    }

    /**
     * Moves a role one place up ({@code -1}) or down ({@code +1}) on the timeline: the roles are numbered afresh in
     * their current order with the two swapped, so ties in the stored order cannot make a move do nothing.
     *
     * @return false when the role is already first (last)
     */
    public boolean move(Viewer viewer, long id, int by, Instant now) {
        viewer.requireOwner();
        if (by != -1 && by != 1) {
            throw EditorialException.invalid("by", "-1 (up) or 1 (down)");
        }
        List<Experience> timeline = new ArrayList<>(em.createQuery(
                        "SELECT e FROM Experience e ORDER BY e.sortOrder, e.startMonth DESC, e.id", Experience.class)
                .getResultList());
        int at = -1;
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).id() == id) {
                at = i;
            }
        }
        if (at < 0) {
            throw EditorialException.notFound("no such role");
        }
        int to = at + by;
        if (to < 0 || to >= timeline.size()) {
            return false;
        }
        Experience moved = timeline.get(at);
        Experience other = timeline.get(to);
        timeline.set(at, other);
        timeline.set(to, moved);
        for (int i = 0; i < timeline.size(); i++) {
            timeline.get(i).placeAt(i, now);
        }
        flushVersioned();
        announce(ItemKind.EXPERIENCE, moved.id());
        announce(ItemKind.EXPERIENCE, other.id());
        return true;
    }

    // ---- off the site ---------------------------------------------------------------------------------------------

    /** Takes every live version of the item off the site (each translation stays, as a draft); the locales it left. */
    public List<String> unpublish(Viewer viewer, ItemKind kind, long id, Instant now) {
        List<String> live = liveLocales(viewer, kind, id);
        for (String locale : live) {
            workflow.unpublish(viewer, kind, id, locale, now);
        }
        return live;
    }

    /** Archives every translation of the item (live ones come off the site); the locales where it was live. */
    public List<String> archive(Viewer viewer, ItemKind kind, long id, Instant now) {
        List<String> live = liveLocales(viewer, kind, id);
        List<String> open = em.createQuery(
                        "SELECT t.locale FROM Translation t WHERE t." + kind.attribute()
                                + ".id = :id AND t.status <> :archived ORDER BY t.locale",
                        String.class)
                .setParameter("id", id)
                .setParameter("archived", TranslationStatus.ARCHIVED)
                .getResultList();
        for (String locale : open) {
            workflow.archive(viewer, kind, id, locale, now);
        }
        return live;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static String entity(ItemKind kind) {
        return kind == ItemKind.POST ? "Post" : "Experience";
    }

    private TranslatableItem item(ItemKind kind, long id) {
        TranslatableItem item = em.find(kind.entity(), id);
        if (item == null) {
            throw EditorialException.notFound("no such " + kind.attribute());
        }
        return item;
    }

    private record Source(String title, TranslationStatus status) {}

    private Source source(ItemKind kind, long id, String sourceLocale) {
        return em.createQuery(
                        "SELECT t.title, t.status FROM Translation t WHERE t." + kind.attribute()
                                + ".id = :id AND t.locale = :locale",
                        Object[].class)
                .setParameter("id", id)
                .setParameter("locale", sourceLocale)
                .getResultStream()
                .findFirst()
                .map(r -> new Source((String) r[0], (TranslationStatus) r[1]))
                .orElse(new Source("", null));
    }

    private Media stored(VerifiedImage image) {
        return em.find(Media.class, library.store(image, "").media().id());
    }

    private void describe(Media cover, String sourceLocale, Map<String, String> altTexts) {
        Map<String, MediaAltText> existing = new HashMap<>();
        em.createQuery("SELECT a FROM MediaAltText a WHERE a.media = :m", MediaAltText.class)
                .setParameter("m", cover)
                .getResultList()
                .forEach(a -> existing.put(a.locale(), a));
        for (Map.Entry<String, String> entry : altTexts.entrySet()) {
            String locale = LocaleCatalog.standard()
                    .find(entry.getKey() == null ? "" : entry.getKey())
                    .orElseThrow(() -> EditorialException.invalid("altTexts", "no such locale " + entry.getKey()))
                    .tag();
            String text = alt(entry.getValue(), "alt-" + locale);
            if (locale.equals(sourceLocale)) {
                cover.describe(text);
            } else if (text.isEmpty()) {
                if (existing.containsKey(locale)) {
                    em.remove(existing.get(locale));
                }
            } else if (existing.containsKey(locale)) {
                existing.get(locale).rewrite(text);
            } else {
                em.persist(new MediaAltText(cover, locale, text));
            }
        }
    }

    private static String alt(String raw, String field) {
        try {
            return AltText.normalize(raw);
        } catch (IllegalArgumentException e) {
            throw EditorialException.invalid(field, e.getMessage())
                    .because("content.altTooLong", "max", AltText.MAX_CODE_POINTS);
        }
    }

    private static void requireVersion(int current, int read) {
        if (current != read) {
            throw changedMeanwhile();
        }
    }

    private void flushVersioned() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
    }

    private static EditorialException changedMeanwhile() {
        return new EditorialException(
                        EditorialException.Kind.PRECONDITION_FAILED,
                        "version",
                        "the item changed since you read it; read it again")
                .because("content.changedMeanwhile");
    }

    private void announce(ItemKind kind, long id) {
        Set<String> live = liveLocales(kind, List.of(id)).getOrDefault(id, Set.of());
        if (!live.isEmpty()) {
            changed.fire(new ContentChanged(live, kind, id));
        }
    }
}
