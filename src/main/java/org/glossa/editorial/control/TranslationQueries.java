package org.glossa.editorial.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glossa.content.entity.FormerSlug;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Publication;
import org.glossa.content.entity.Revision;
import org.glossa.content.entity.TranslatableItem;
import org.glossa.content.entity.Translation;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.editorial.entity.AuditEntry;

/**
 * The only place that reads translations, revisions, publication history and the audit log for the editorial
 * API and workflow. Each query carries the viewer's scope in its WHERE clause: a translator's query can only
 * ever return their locales' rows and the items' source-locale rows, whatever id a request names. A row
 * outside the scope is indistinguishable from a missing one. The slug check alone counts every row, because
 * slugs are unique whoever asks. The back office's work list, which needs rows for translations that do not exist yet,
 * has its own statement in {@link WorkList}, scoped the same way.
 */
public final class TranslationQueries {

    /** Translations with their item, outer-joined for every kind so that each kind survives the join. */
    private static final String FROM = "SELECT t FROM Translation t"
            + Stream.of(ItemKind.values())
                    .map(kind -> " LEFT JOIN t." + kind.attribute() + " " + item(kind))
                    .collect(Collectors.joining())
            + " WHERE ";

    /** The viewer's locales, plus the source locale of the item whatever its kind. */
    private static final String IN_SCOPE = " AND (:everything = TRUE OR t.locale IN :locales"
            + Stream.of(ItemKind.values())
                    .map(kind -> " OR t.locale = " + item(kind) + ".sourceLocale")
                    .collect(Collectors.joining())
            + ")";

    private final EntityManager em;
    private final Viewer viewer;

    public TranslationQueries(EntityManager em, Viewer viewer) {
        this.em = em;
        this.viewer = viewer;
    }

    private <T> TypedQuery<T> scoped(String jpql, Class<T> type) {
        return em.createQuery(jpql, type)
                .setParameter("everything", viewer.owner())
                .setParameter("locales", viewer.locales().isEmpty() ? List.of("-") : List.copyOf(viewer.locales()));
    }

    /**
     * Reads the items of the translations a list query returns in one query per kind (IN batches), instead of
     * one query per translation when each is first touched.
     */
    private static <T> TypedQuery<T> withItems(TypedQuery<T> query) {
        query.setHint("eclipselink.batch.type", "IN");
        for (ItemKind kind : ItemKind.values()) {
            query.setHint("eclipselink.batch", "t." + kind.attribute());
        }
        return query;
    }

    /** The alias under which {@link #FROM} joins items of this kind. */
    private static String item(ItemKind kind) {
        return kind.attribute() + "Item";
    }

    private static String itemColumn(ItemKind kind) {
        return item(kind) + ".id";
    }

    /** The item itself, or a refusal naming its kind. Items carry no text, so they are not scoped. */
    public TranslatableItem item(ItemKind kind, long itemId) {
        TranslatableItem item = em.find(kind.entity(), itemId);
        if (item == null) {
            throw EditorialException.notFound("no such " + kind.name().toLowerCase(Locale.ROOT));
        }
        return item;
    }

    public Optional<Translation> translation(ItemKind kind, long itemId, String locale) {
        return scoped(
                        FROM + "t.kind = :kind AND " + itemColumn(kind) + " = :item AND t.locale = :locale" + IN_SCOPE,
                        Translation.class)
                .setParameter("kind", kind)
                .setParameter("item", itemId)
                .setParameter("locale", locale)
                .getResultStream()
                .findFirst();
    }

    /** All visible translations of one item. */
    public List<Translation> translations(ItemKind kind, long itemId) {
        return withItems(scoped(
                        FROM + "t.kind = :kind AND " + itemColumn(kind) + " = :item" + IN_SCOPE + " ORDER BY t.locale",
                        Translation.class))
                .setParameter("kind", kind)
                .setParameter("item", itemId)
                .getResultList();
    }

    /** A page of a list, and where the next page starts (null when this is the last). */
    public record Slice(List<Translation> rows, ListCursor next) {}

    /**
     * A page of the translations of a kind, most recently changed first, narrowed by status, locale and outdatedness
     * (nulls: any): from the start skipping {@code first} rows, or after a cursor. Only the conditions asked for are
     * in the statement, so each filter reads the index of its own columns in the list's order (changesets 030 and
     * 033; outdatedness is the stored column the workflow keeps, see {@code WorkStates}) and a
     * page after a cursor costs the same at any depth; one row more than the page tells whether another follows.
     */
    public Slice list(
            ItemKind kind,
            TranslationStatus status,
            String locale,
            Boolean outdated,
            ListCursor after,
            int first,
            int max) {
        StringBuilder where = new StringBuilder("t.kind = :kind");
        if (status != null) {
            where.append(" AND t.status = :status");
        }
        if (locale != null) {
            where.append(" AND t.locale = :locale");
        }
        if (outdated != null) {
            where.append(" AND t.outdated = :outdated");
        }
        if (after != null) {
            // The first condition alone bounds the index scan; the second breaks ties of the same instant.
            where.append(" AND t.updatedAt <= :afterAt AND (t.updatedAt < :afterAt OR t.id < :afterId)");
        }
        TypedQuery<Translation> query =
                withItems(scoped(FROM + where + IN_SCOPE + " ORDER BY t.updatedAt DESC, t.id DESC", Translation.class));
        query.setParameter("kind", kind);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (locale != null) {
            query.setParameter("locale", locale);
        }
        if (outdated != null) {
            query.setParameter("outdated", outdated);
        }
        if (after != null) {
            query.setParameter("afterAt", after.updatedAt()).setParameter("afterId", after.id());
        }
        List<Translation> rows =
                query.setFirstResult(first).setMaxResults(max + 1).getResultList();
        if (rows.size() <= max) {
            return new Slice(rows, null);
        }
        Translation last = rows.get(max - 1);
        return new Slice(rows.subList(0, max), ListCursor.after(last.updatedAt(), last.id()));
    }

    /** The ids of scheduled translations whose publication time has come, in the order they fell due. */
    public List<Long> dueAt(Instant now, int max) {
        return em.createQuery(
                        "SELECT t.id FROM Translation t WHERE t.status = :status AND t.publishAt <= :now"
                                + " ORDER BY t.publishAt, t.id",
                        Long.class)
                .setParameter("status", TranslationStatus.SCHEDULED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Visible scheduled translations going live from {@code from} (inclusive) to {@code to} (exclusive), soonest
     * first, at most {@code max}, with their items read in one query per kind.
     */
    public List<Translation> scheduledBetween(Instant from, Instant to, int max) {
        return withItems(scoped(
                        FROM + "t.status = :status AND t.publishAt >= :from AND t.publishAt < :to" + IN_SCOPE
                                + " ORDER BY t.publishAt, t.id",
                        Translation.class))
                .setParameter("status", TranslationStatus.SCHEDULED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
    }

    public List<Translation> inReview() {
        return withItems(scoped(
                        FROM + "t.status = :status" + IN_SCOPE + " ORDER BY t.updatedAt, t.id", Translation.class))
                .setParameter("status", TranslationStatus.IN_REVIEW)
                .getResultList();
    }

    /**
     * One page of {@link #inReview()}, oldest submission first, optionally of one locale and one kind (null: any).
     */
    public List<Translation> inReview(String locale, ItemKind kind, int first, int max) {
        TypedQuery<Translation> query = withItems(scoped(
                FROM + "t.status = :status" + narrowed(locale, kind) + IN_SCOPE + " ORDER BY t.updatedAt, t.id",
                Translation.class));
        return narrowed(query, locale, kind)
                .setParameter("status", TranslationStatus.IN_REVIEW)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * How many translations wait for review in each locale, optionally of one kind: one grouped query, and the
     * queue's size is their sum. Locales with nothing waiting are absent.
     */
    public Map<String, Long> inReviewByLocale(ItemKind kind) {
        TypedQuery<Object[]> query = scoped(
                "SELECT t.locale, COUNT(t) FROM Translation t WHERE t.status = :status" + narrowed(null, kind)
                        + " AND (:everything = TRUE OR t.locale IN :locales) GROUP BY t.locale",
                Object[].class);
        Map<String, Long> counts = new HashMap<>();
        narrowed(query, null, kind)
                .setParameter("status", TranslationStatus.IN_REVIEW)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The clauses for a locale and a kind, left out when null (PostgreSQL cannot type a null parameter). */
    private static String narrowed(String locale, ItemKind kind) {
        return (locale == null ? "" : " AND t.locale = :locale") + (kind == null ? "" : " AND t.kind = :kind");
    }

    private static <T> TypedQuery<T> narrowed(TypedQuery<T> query, String locale, ItemKind kind) {
        if (locale != null) {
            query.setParameter("locale", locale);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query;
    }

    /** How many translations {@link #inReview()} has. */
    public long inReviewCount() {
        return scoped(
                        FROM.replace("SELECT t FROM", "SELECT COUNT(t) FROM") + "t.status = :status" + IN_SCOPE,
                        Long.class)
                .setParameter("status", TranslationStatus.IN_REVIEW)
                .getSingleResult();
    }

    /**
     * Who wrote the current revision of each translation, in one query: the translator who submitted it, by the
     * display name of their account (their username when the account is gone).
     */
    public Map<Long, String> currentAuthors(List<Translation> visible) {
        Map<Long, String> authors = new HashMap<>();
        if (visible.isEmpty()) {
            return authors;
        }
        em.createQuery(
                        "SELECT r.translation.id, r.author, a.displayName FROM Revision r"
                                + " LEFT JOIN Account a ON a.username = r.author"
                                + " WHERE r.translation IN :ts AND r.number = r.translation.revisionNumber",
                        Object[].class)
                .setParameter("ts", visible)
                .getResultList()
                .forEach(row -> authors.put((Long) row[0], (String) (row[2] != null ? row[2] : row[1])));
        return authors;
    }

    /**
     * The working title of each translation's source text, keyed by the translation's id: one query per kind present.
     * The source locale is in every viewer's scope.
     */
    public Map<Long, String> sourceTitles(List<Translation> visible) {
        Map<Long, String> titles = new HashMap<>();
        Map<ItemKind, List<Translation>> byKind = visible.stream()
                .collect(Collectors.groupingBy(Translation::kind, LinkedHashMap::new, Collectors.toList()));
        byKind.forEach((kind, translations) -> {
            List<Long> ids =
                    translations.stream().map(Translation::itemId).distinct().toList();
            Map<Long, String> byItem = new HashMap<>();
            em.createQuery(
                            "SELECT i.id, t.title FROM Translation t JOIN t." + kind.attribute() + " i"
                                    + " WHERE i.id IN :ids AND t.locale = i.sourceLocale",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> byItem.put((Long) row[0], (String) row[1]));
            translations.forEach(t -> titles.put(t.id(), byItem.get(t.itemId())));
        });
        return titles;
    }

    public List<Revision> revisions(Translation visible) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.translation = :t ORDER BY r.number", Revision.class)
                .setParameter("t", visible)
                .getResultList();
    }

    public Optional<Revision> revision(Translation visible, int number) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.translation = :t AND r.number = :n", Revision.class)
                .setParameter("t", visible)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    /** The live publication of a translation, if any. */
    public Optional<Publication> live(Translation visible) {
        return em.createQuery(
                        "SELECT p FROM Publication p WHERE p.translation = :t AND p.withdrawnAt IS NULL",
                        Publication.class)
                .setParameter("t", visible)
                .getResultStream()
                .findFirst();
    }

    /** The translation a former URL of this kind and locale belongs to, if the slug is one. */
    public Optional<FormerSlug> formerSlug(ItemKind kind, String locale, String slug) {
        return em.createQuery(
                        "SELECT f FROM FormerSlug f WHERE f.kind = :kind AND f.locale = :locale AND f.slug = :slug",
                        FormerSlug.class)
                .setParameter("kind", kind)
                .setParameter("locale", locale)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** What readers saw at an instant: the snapshot live then, if any. */
    public Optional<Publication> liveAt(Translation visible, Instant at) {
        return em.createQuery(
                        "SELECT p FROM Publication p WHERE p.translation = :t AND p.publishedAt <= :at"
                                + " AND (p.withdrawnAt IS NULL OR p.withdrawnAt > :at) ORDER BY p.publishedAt DESC",
                        Publication.class)
                .setParameter("t", visible)
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** An item's audit log, optionally of one locale, in the order it was written. */
    public List<AuditEntry> auditTrail(ItemKind kind, long itemId, String locale) {
        return scoped(
                        "SELECT a FROM AuditEntry a WHERE a.kind = :kind AND a.itemId = :item"
                                + " AND (:locale IS NULL OR a.locale = :locale)"
                                + " AND (:everything = TRUE OR a.locale IN :locales) ORDER BY a.id",
                        AuditEntry.class)
                .setParameter("kind", kind)
                .setParameter("item", itemId)
                .setParameter("locale", locale)
                .getResultList();
    }

    /**
     * The owner's decisions (approve, schedule, reject) in the viewer's locales after {@code since}, newest first, at
     * most {@code max}, each with the translation's title: the audit log in one query (by its locale and time index),
     * then the titles in one query per kind present.
     */
    public List<Decision> decidedSince(Instant since, int max) {
        List<Object[]> rows = scoped(
                        "SELECT a.kind, a.itemId, a.locale, a.action, a.comment, a.occurredAt FROM AuditEntry a"
                                + " WHERE a.action IN :decisions AND a.occurredAt > :since"
                                + " AND (:everything = TRUE OR a.locale IN :locales)"
                                + " ORDER BY a.occurredAt DESC, a.id DESC",
                        Object[].class)
                .setParameter(
                        "decisions",
                        List.of(
                                TranslationStatus.Action.APPROVE,
                                TranslationStatus.Action.SCHEDULE,
                                TranslationStatus.Action.REJECT))
                .setParameter("since", since)
                .setMaxResults(max)
                .getResultList();
        Map<ItemKind, Map<String, String>> titles = new EnumMap<>(ItemKind.class);
        rows.stream()
                .collect(Collectors.groupingBy(r -> (ItemKind) r[0], LinkedHashMap::new, Collectors.toList()))
                .forEach((kind, ofKind) -> {
                    Map<String, String> byItemAndLocale = new HashMap<>();
                    em.createQuery(
                                    "SELECT i.id, t.locale, t.title FROM Translation t JOIN t." + kind.attribute()
                                            + " i WHERE i.id IN :ids AND t.locale IN :locales",
                                    Object[].class)
                            .setParameter(
                                    "ids",
                                    ofKind.stream()
                                            .map(r -> ((Number) r[1]).longValue())
                                            .distinct()
                                            .toList())
                            .setParameter(
                                    "locales",
                                    ofKind.stream()
                                            .map(r -> (String) r[2])
                                            .distinct()
                                            .toList())
                            .getResultList()
                            .forEach(t -> byItemAndLocale.put(t[0] + "/" + t[1], (String) t[2]));
                    titles.put(kind, byItemAndLocale);
                });
        return rows.stream()
                .map(r -> new Decision(
                        (ItemKind) r[0],
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        r[3] != TranslationStatus.Action.REJECT,
                        r[3] == TranslationStatus.Action.REJECT ? (String) r[4] : null,
                        (Instant) r[5],
                        titles.get((ItemKind) r[0]).get(r[1] + "/" + r[2])))
                .toList();
    }

    /**
     * Whether a working version or a live publication of this kind already uses the slug in the locale,
     * leaving out the translation {@code exceptTranslation} (null: none). The answer tells no more than the
     * refusal that follows from it.
     */
    public boolean slugTaken(ItemKind kind, String locale, String slug, Long exceptTranslation) {
        // PostgreSQL cannot type a null parameter in "? IS NULL OR id <> ?": leave the clause out instead.
        String notSelf = exceptTranslation == null ? "" : " AND t.id <> :except";
        TypedQuery<Long> working = em.createQuery(
                        "SELECT COUNT(t) FROM Translation t WHERE t.kind = :kind AND t.locale = :locale"
                                + " AND t.slug = :slug" + notSelf,
                        Long.class)
                .setParameter("kind", kind)
                .setParameter("locale", locale)
                .setParameter("slug", slug);
        TypedQuery<Long> live = em.createQuery(
                        "SELECT COUNT(p) FROM Publication p WHERE p.kind = :kind AND p.locale = :locale"
                                + " AND p.withdrawnAt IS NULL AND p.slug = :slug"
                                + notSelf.replace("t.id", "p.translation.id"),
                        Long.class)
                .setParameter("kind", kind)
                .setParameter("locale", locale)
                .setParameter("slug", slug);
        if (exceptTranslation != null) {
            working.setParameter("except", exceptTranslation);
            live.setParameter("except", exceptTranslation);
        }
        return working.getSingleResult() + live.getSingleResult() > 0;
    }

    /** The revision of a source text that translations are made from: the live one, else the working one. */
    public int revisionToTranslate(Translation source) {
        return live(source).map(Publication::revisionNumber).orElse(source.revisionNumber());
    }

    /** A visible translation with its live version, and whether the source text went live again since. */
    public TranslationState state(Translation visible) {
        String sourceLocale = visible.item().sourceLocale();
        Optional<Publication> live = live(visible);
        boolean outdated = !visible.locale().equals(sourceLocale)
                && translation(visible.kind(), visible.itemId(), sourceLocale)
                        .flatMap(this::live)
                        .map(source -> visible.outdatedBy(source.revisionNumber()))
                        .orElse(false);
        return new TranslationState(visible, sourceLocale, live, outdated);
    }

    /**
     * {@link #state} of many translations in a bounded number of queries, whatever their number: their live
     * publications in one query, and the live source publications of their items in one query per kind. Their
     * items were batch-read with them (see {@link #withItems}). List pages and the review queue use it.
     */
    public List<TranslationState> states(List<Translation> visible) {
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<ItemKind, List<Translation>> byKind = visible.stream()
                .collect(Collectors.groupingBy(Translation::kind, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Publication> liveByTranslation = new HashMap<>();
        em.createQuery(
                        "SELECT p.translation.id, p FROM Publication p WHERE p.translation IN :ts AND p.withdrawnAt IS NULL",
                        Object[].class)
                .setParameter("ts", visible)
                .getResultList()
                .forEach(row -> liveByTranslation.put((Long) row[0], (Publication) row[1]));
        Map<ItemKind, Map<Long, Integer>> liveSources = new EnumMap<>(ItemKind.class);
        byKind.forEach((kind, translations) -> {
            List<Long> ids =
                    translations.stream().map(Translation::itemId).distinct().toList();
            liveSources.put(kind, liveSourceRevisionsByItem(kind, ids));
        });
        return visible.stream()
                .map(t -> {
                    String sourceLocale = t.item().sourceLocale();
                    Optional<Publication> live = Optional.ofNullable(liveByTranslation.get(t.id()));
                    boolean outdated = !t.locale().equals(sourceLocale)
                            && Optional.ofNullable(liveSources.get(t.kind()).get(t.itemId()))
                                    .map(t::outdatedBy)
                                    .orElse(false);
                    return new TranslationState(t, sourceLocale, live, outdated);
                })
                .toList();
    }

    /**
     * The revision of each item's source text that is live (the source locale is in every viewer's scope): only the
     * number, not the publication, whose body a list has no use for. The items are the statement's root, so that
     * PostgreSQL reads them by key and each one's publication by (locale, item): one row each. Named on the
     * publication ({@code p.post IN}), the same condition read every locale's publication of the items and dropped
     * all but one.
     */
    private Map<Long, Integer> liveSourceRevisionsByItem(ItemKind kind, List<Long> ids) {
        return em
                .createQuery(
                        "SELECT i.id, p.revisionNumber FROM " + kind.entity().getSimpleName()
                                + " i, Publication p WHERE i.id IN :ids"
                                + " AND p." + kind.attribute() + " = i AND p.locale = i.sourceLocale"
                                + " AND p.withdrawnAt IS NULL",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Integer) row[1], (a, b) -> a));
    }

    /** When this locale's version first went live, if it ever did. */
    public Optional<Instant> firstPublished(Translation visible) {
        return em.createQuery(
                        "SELECT p FROM Publication p WHERE p.translation = :t ORDER BY p.firstPublishedAt",
                        Publication.class)
                .setParameter("t", visible)
                .setMaxResults(1)
                .getResultStream()
                .map(Publication::firstPublishedAt)
                .findFirst();
    }

    /**
     * What is published, or was, at the slugs a body links to, for {@link LinkCheck}: the live publications at those
     * slugs; for the others, the item each former slug or working version's slug belongs to, and where those items
     * are live. Only kinds with pages are link targets. At most four queries however many links, one when every link
     * leads to a live page. Not scoped: it
     * tells only which pages are live and where, which every reader can see.
     *
     * @param slugs canonical slugs ({@link org.glossa.content.control.SlugPolicy#canonicalForm}), of any kind and
     *     locale
     */
    public LinkTargets linkTargets(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return new LinkTargets(Map.of(), Map.of(), Map.of());
        }
        List<String> wanted = List.copyOf(new LinkedHashSet<>(slugs));
        Map<LinkTargets.Address, LinkTargets.ItemRef> live = new HashMap<>();
        em.createQuery(
                        "SELECT p.kind, p.locale, p.slug, p.postId, p.experienceId FROM Publication p"
                                + " WHERE p.withdrawnAt IS NULL AND p.slug IN :slugs AND p.kind IN :paged",
                        Object[].class)
                .setParameter("slugs", wanted)
                .setParameter("paged", ItemKind.withPages())
                .getResultList()
                .forEach(r -> live.put(address(r), itemRef(r)));
        List<String> notLive = wanted.stream()
                .filter(slug -> live.keySet().stream().noneMatch(a -> a.slug().equals(slug)))
                .toList();
        if (notLive.isEmpty()) {
            return new LinkTargets(live, Map.of(), Map.of());
        }
        Map<LinkTargets.Address, LinkTargets.Known> known = new HashMap<>();
        String items = " LEFT JOIN t.post p LEFT JOIN t.experience e WHERE ";
        em.createQuery(
                        "SELECT t.kind, t.locale, t.slug, p.id, e.id FROM Translation t" + items
                                + "t.slug IN :slugs AND t.kind IN :paged",
                        Object[].class)
                .setParameter("slugs", notLive)
                .setParameter("paged", ItemKind.withPages())
                .getResultList()
                .forEach(r -> known.put(address(r), new LinkTargets.Known(itemRef(r), false)));
        // A former slug wins over another item's working version at the same slug: it is what readers reach.
        em.createQuery(
                        "SELECT f.kind, f.locale, f.slug, p.id, e.id FROM FormerSlug f JOIN f.translation t" + items
                                + "f.slug IN :slugs",
                        Object[].class)
                .setParameter("slugs", notLive)
                .getResultList()
                .forEach(r -> known.put(address(r), new LinkTargets.Known(itemRef(r), true)));
        known.keySet().removeAll(live.keySet());
        if (known.isEmpty()) {
            return new LinkTargets(live, Map.of(), Map.of());
        }
        List<LinkTargets.ItemRef> refs =
                known.values().stream().map(LinkTargets.Known::item).toList();
        List<Long> posts = ids(refs, ItemKind.POST);
        List<Long> experience = ids(refs, ItemKind.EXPERIENCE);
        Map<LinkTargets.ItemRef, Map<String, String>> liveSlugs = new HashMap<>();
        em.createQuery(
                        "SELECT p.kind, p.locale, p.slug, p.postId, p.experienceId FROM Publication p"
                                + " WHERE p.withdrawnAt IS NULL AND (p.postId IN :posts OR p.experienceId IN :experience)",
                        Object[].class)
                .setParameter("posts", posts)
                .setParameter("experience", experience)
                .getResultList()
                .forEach(r -> liveSlugs
                        .computeIfAbsent(itemRef(r), k -> new HashMap<>())
                        .put((String) r[1], (String) r[2]));
        return new LinkTargets(live, known, liveSlugs);
    }

    private static LinkTargets.Address address(Object[] row) {
        return new LinkTargets.Address((ItemKind) row[0], (String) row[1], (String) row[2]);
    }

    private static LinkTargets.ItemRef itemRef(Object[] row) {
        ItemKind kind = (ItemKind) row[0];
        return new LinkTargets.ItemRef(kind, ((Number) (kind == ItemKind.POST ? row[3] : row[4])).longValue());
    }

    /** The ids of one kind, or a single impossible id: an empty IN list is not valid SQL everywhere. */
    private static List<Long> ids(Collection<LinkTargets.ItemRef> refs, ItemKind kind) {
        List<Long> ids = refs.stream()
                .filter(r -> r.kind() == kind)
                .map(LinkTargets.ItemRef::id)
                .distinct()
                .toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
