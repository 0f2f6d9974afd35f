package org.glossa.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Translation;
import org.glossa.content.entity.Workplace;
import org.glossa.domains.control.ItemRanges;
import org.glossa.localization.control.TypedText;
import org.glossa.localization.control.TypedText.Lines;

/**
 * Reads one locale's {@link SiteSnapshot} from the database in a fixed number of queries (six), however much content
 * there is, for the permalink check, which resolves every URL of that locale's sitemaps; and the bodies and working
 * versions pages and previews show. Only live publications are read: drafts and reviews cannot reach a reader. The
 * one exception, {@link #working}, serves the previews of signed links only.
 */
@ApplicationScoped
public class SiteSnapshots {

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /**
     * Where every path of one locale's site leads, in six queries: its live slugs and dates, its former slugs and its
     * profile text, without the items' titles, summaries and places (empty here): enough to answer any path of that
     * site with its status (a page there never shows another locale's text, and a former slug's item is redirected
     * to or gone by its slug in that locale), in a fraction of the memory the texts would take, not to render pages.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteSnapshot readLocale(String locale) {
        return read(Objects.requireNonNull(locale, "locale"), null);
    }

    /**
     * As {@link #readLocale(String)}, with the live items of these id ranges only (and their former slugs): what the
     * check of the sitemap parts holding them needs (their pages, and their x-defaults, which are the same items' pages
     * elsewhere).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteSnapshot readLocale(String locale, ItemRanges only) {
        return read(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(only, "only"));
    }

    /**
     * Where every path of every locale's site leads for the live items of these id ranges only, in six queries: what
     * the check of the sitemap parts holding them needs (their pages in every locale, and their x-defaults, which are
     * the same items' pages elsewhere). The former slugs are those of these items; the section pages are every
     * site's. Its size is that of the ranges (every locale's versions of their items), not the site's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteSnapshot readItems(ItemRanges only) {
        return read(null, Objects.requireNonNull(only, "only"));
    }

    /** Live versions of items, as {@link #addLive} takes them. */
    private static final String LIVE = "SELECT p.id, p.kind, p.postId, p.experienceId, p.locale, p.slug,"
            + " p.firstPublishedAt, p.publishedAt FROM Publication p WHERE p.withdrawnAt IS NULL";

    /** Former slugs with the item each belonged to. */
    private static final String FORMER = "SELECT f.kind, f.locale, f.slug, p.id, e.id FROM FormerSlug f"
            + " JOIN f.translation t LEFT JOIN t.post p LEFT JOIN t.experience e WHERE 1 = 1";

    /** {@code locale} null: every locale (then {@code only} is not null: the content read is bounded). */
    private SiteSnapshot read(String locale, ItemRanges only) {
        Map<Long, Map<String, SiteSnapshot.LiveText>> postTexts = new HashMap<>();
        Map<Long, Map<String, SiteSnapshot.LiveText>> experienceTexts = new HashMap<>();
        // The profile's live texts come too and are left out here: read with their bodies below, they have no page.
        jakarta.persistence.TypedQuery<Object[]> query = inLocale(
                LIVE + "%s" + within(only, "p.postId", "p.experienceId") + " ORDER BY p.id", "p.locale", locale);
        bind(query, only);
        addLive(query.getResultList(), postTexts, experienceTexts);
        return new SiteSnapshot(
                ownerName(),
                profileTexts(locale),
                posts(postTexts),
                experience(experienceTexts),
                formerSlugs(locale, only));
    }

    /** Slugs per query: the lists are bound one parameter each, and a statement takes at most 32,767. */
    private static final int SLUGS_PER_QUERY = 1_000;

    /**
     * What one locale's item pages at these slugs answer, and nothing else: the items live there at them, the former
     * slugs among them with the items they belonged to, and those items' live versions in that locale. A page at one
     * of these slugs answers as it would from {@link #readLocale(String)}; every other item page, 404. Holds no
     * profile, and its counts are of the items read: meant for the statuses of item pages (the links inside bodies,
     * a few thousand at a time), in a few queries per thousand slugs instead of a read of the whole site.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteSnapshot readSlugs(String locale, Set<SiteContent.SlugRef> refs) {
        Objects.requireNonNull(locale, "locale");
        Map<Long, Map<String, SiteSnapshot.LiveText>> postTexts = new HashMap<>();
        Map<Long, Map<String, SiteSnapshot.LiveText>> experienceTexts = new HashMap<>();
        List<SiteSnapshot.FormerSlug> former = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            List<String> slugs = refs.stream()
                    .filter(ref -> ref.kind() == kind && ref.locale().equals(locale))
                    .map(SiteContent.SlugRef::canonicalSlug)
                    .distinct()
                    .toList();
            for (int from = 0; from < slugs.size(); from += SLUGS_PER_QUERY) {
                List<String> chunk = slugs.subList(from, Math.min(slugs.size(), from + SLUGS_PER_QUERY));
                addLive(
                        em.createQuery(
                                        LIVE + " AND p.kind = :kind AND p.locale = :locale AND p.liveSlug IN :slugs",
                                        Object[].class)
                                .setParameter("kind", kind)
                                .setParameter("locale", locale)
                                .setParameter("slugs", chunk)
                                .getResultList(),
                        postTexts,
                        experienceTexts);
                former.addAll(formerSlugs(em.createQuery(
                                FORMER + " AND f.kind = :kind AND f.locale = :locale AND f.slug IN :slugs",
                                Object[].class)
                        .setParameter("kind", kind)
                        .setParameter("locale", locale)
                        .setParameter("slugs", chunk)));
            }
        }
        // A former slug's page redirects to its item's slug in this locale, or is gone when the item is not live here.
        for (ItemKind kind : List.of(ItemKind.POST, ItemKind.EXPERIENCE)) {
            Map<Long, Map<String, SiteSnapshot.LiveText>> read = kind == ItemKind.POST ? postTexts : experienceTexts;
            List<Long> owners = former.stream()
                    .filter(f -> f.kind() == kind && !read.containsKey(f.itemId()))
                    .map(SiteSnapshot.FormerSlug::itemId)
                    .distinct()
                    .toList();
            String owner = kind == ItemKind.POST ? "p.postId" : "p.experienceId";
            for (int from = 0; from < owners.size(); from += SLUGS_PER_QUERY) {
                addLive(
                        em.createQuery(LIVE + " AND p.locale = :locale AND " + owner + " IN :ids", Object[].class)
                                .setParameter("locale", locale)
                                .setParameter(
                                        "ids", owners.subList(from, Math.min(owners.size(), from + SLUGS_PER_QUERY)))
                                .getResultList(),
                        postTexts,
                        experienceTexts);
            }
        }
        return new SiteSnapshot("", Map.of(), posts(postTexts), experience(experienceTexts), former);
    }

    /** Live versions as {@link #LIVE} reads them, by item. */
    private static void addLive(
            List<Object[]> rows,
            Map<Long, Map<String, SiteSnapshot.LiveText>> postTexts,
            Map<Long, Map<String, SiteSnapshot.LiveText>> experienceTexts) {
        for (Object[] r : rows) {
            SiteSnapshot.LiveText text = new SiteSnapshot.LiveText(
                    (Long) r[0], (String) r[4], (String) r[5], "", "", "", (Instant) r[6], (Instant) r[7]);
            if (r[1] == ItemKind.POST) {
                postTexts
                        .computeIfAbsent((Long) r[2], k -> new LinkedHashMap<>())
                        .put(text.locale(), text);
            } else if (r[1] == ItemKind.EXPERIENCE) {
                experienceTexts
                        .computeIfAbsent((Long) r[3], k -> new LinkedHashMap<>())
                        .put(text.locale(), text);
            }
        }
    }

    /** The condition keeping the items of {@code only} (none: every item), by their post and role id columns. */
    private static String within(ItemRanges only, String postId, String roleId) {
        if (only == null) {
            return "";
        }
        List<String> any = new java.util.ArrayList<>();
        for (int i = 0; i < only.posts().size(); i++) {
            any.add(postId + " BETWEEN :post" + i + "first AND :post" + i + "last");
        }
        for (int i = 0; i < only.roles().size(); i++) {
            any.add(roleId + " BETWEEN :role" + i + "first AND :role" + i + "last");
        }
        return any.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", any) + ")";
    }

    /** Binds the parameters {@link #within} names. */
    private static void bind(jakarta.persistence.TypedQuery<Object[]> query, ItemRanges only) {
        if (only != null) {
            bind(query, "post", only.posts());
            bind(query, "role", only.roles());
        }
    }

    private static void bind(
            jakarta.persistence.TypedQuery<Object[]> query, String prefix, List<ItemRanges.Range> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            query.setParameter(prefix + i + "first", ranges.get(i).first());
            query.setParameter(prefix + i + "last", ranges.get(i).last());
        }
    }

    /** A query whose {@code %s} becomes a filter on {@code column} for the locale (none for a null locale). */
    private jakarta.persistence.TypedQuery<Object[]> inLocale(String jpql, String column, String locale) {
        if (locale == null) {
            return em.createQuery(jpql.formatted(""), Object[].class);
        }
        return em.createQuery(jpql.formatted(" AND " + column + " = :locale"), Object[].class)
                .setParameter("locale", locale);
    }

    /**
     * Every former URL with the item it leads to (of {@code only}'s items, when given): one query, so that an old link
     * costs no query to answer.
     */
    private List<SiteSnapshot.FormerSlug> formerSlugs(String locale, ItemRanges only) {
        jakarta.persistence.TypedQuery<Object[]> query =
                inLocale(FORMER + "%s" + within(only, "p.id", "e.id"), "f.locale", locale);
        bind(query, only);
        return formerSlugs(query);
    }

    private static List<SiteSnapshot.FormerSlug> formerSlugs(jakarta.persistence.TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(r -> new SiteSnapshot.FormerSlug(
                        (ItemKind) r[0], (String) r[1], (String) r[2], r[3] != null ? (Long) r[3] : (Long) r[4]))
                .toList();
    }

    /** The owner's name as the profile's source locale has it live; empty while it is live nowhere. */
    private String ownerName() {
        List<String> names = em.createQuery(
                        "SELECT p.title FROM Publication p JOIN p.profile i"
                                + " WHERE p.locale = i.sourceLocale AND p.withdrawnAt IS NULL ORDER BY i.id",
                        String.class)
                .setMaxResults(1)
                .getResultList();
        return names.isEmpty() ? "" : TypedText.repaired(names.get(0), Lines.SINGLE);
    }

    /** The profile's live text in {@code locale}, or each locale for null (its translations' title, summary and body). */
    private Map<String, SiteSnapshot.ProfileText> profileTexts(String locale) {
        Map<String, SiteSnapshot.ProfileText> texts = new HashMap<>();
        for (Object[] r : inLocale(
                        "SELECT p.locale, p.title, p.summary, p.bodyHtml FROM Publication p"
                                + " WHERE p.profileId IS NOT NULL AND p.withdrawnAt IS NULL%s",
                        "p.locale", locale)
                .getResultList()) {
            texts.putIfAbsent(
                    (String) r[0],
                    new SiteSnapshot.ProfileText(
                            TypedText.repaired((String) r[1], Lines.SINGLE),
                            TypedText.repaired(Objects.requireNonNullElse((String) r[2], ""), Lines.MULTIPLE),
                            (String) r[3]));
        }
        return texts;
    }

    private List<SiteSnapshot.PostItem> posts(Map<Long, Map<String, SiteSnapshot.LiveText>> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("""
                SELECT p.id, p.sourceLocale, m.id, m.mimeType, m.byteLength, m.width, m.height, m.sha256, m.altText
                FROM Post p LEFT JOIN p.cover m WHERE p.id IN :ids""", Object[].class)
                .setParameter("ids", texts.keySet())
                .getResultList();
        Map<Long, Map<String, String>> alts = altTexts(
                rows.stream().filter(r -> r[2] != null).map(r -> (Long) r[2]).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new SiteSnapshot.PostItem(
                        (Long) r[0],
                        (String) r[1],
                        r[2] == null
                                ? null
                                : new SiteSnapshot.Cover(
                                        (Long) r[2],
                                        (String) r[3],
                                        (Long) r[4],
                                        (Integer) r[5],
                                        (Integer) r[6],
                                        (String) r[7],
                                        (String) r[8],
                                        alts.getOrDefault((Long) r[2], Map.of())),
                        Map.copyOf(texts.get((Long) r[0]))))
                .toList();
    }

    /** The covers' text alternatives in further locales, by media id: one query. */
    private Map<Long, Map<String, String>> altTexts(Set<Long> mediaIds) {
        Map<Long, Map<String, String>> alts = new HashMap<>();
        if (mediaIds.isEmpty()) {
            return alts;
        }
        em.createQuery(
                        "SELECT a.media.id, a.locale, a.altText FROM MediaAltText a WHERE a.media.id IN :ids",
                        Object[].class)
                .setParameter("ids", mediaIds)
                .getResultList()
                .forEach(r ->
                        alts.computeIfAbsent((Long) r[0], id -> new HashMap<>()).put((String) r[1], (String) r[2]));
        return alts;
    }

    private List<SiteSnapshot.ExperienceItem> experience(Map<Long, Map<String, SiteSnapshot.LiveText>> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("""
                SELECT e.id, e.sourceLocale, e.organisation, e.employmentType, e.workplace, e.startMonth, e.endMonth, e.sortOrder
                FROM Experience e WHERE e.id IN :ids""", Object[].class)
                .setParameter("ids", texts.keySet())
                .getResultList();
        return rows.stream()
                .map(r -> new SiteSnapshot.ExperienceItem(
                        (Long) r[0],
                        (String) r[1],
                        TypedText.repaired((String) r[2], Lines.SINGLE),
                        (EmploymentType) r[3],
                        (Workplace) r[4],
                        YearMonth.from((LocalDate) r[5]),
                        r[6] == null ? null : YearMonth.from((LocalDate) r[6]),
                        (Integer) r[7],
                        Map.copyOf(texts.get((Long) r[0]))))
                .toList();
    }

    /**
     * One locale's working version of an item with its item's facts, for a preview: two queries. Empty when the item
     * has no version in that locale, or its kind has no page to preview (the profile).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WorkingVersion> working(ItemKind kind, long itemId, String locale) {
        if (!kind.hasPages()) {
            return Optional.empty();
        }
        String owner = kind == ItemKind.POST ? "t.post.id" : "t.experience.id";
        List<Translation> found = em.createQuery(
                        "SELECT t FROM Translation t WHERE " + owner + " = :id AND t.locale = :locale",
                        Translation.class)
                .setParameter("id", itemId)
                .setParameter("locale", locale)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Translation t = found.get(0);
        Map<Long, Map<String, SiteSnapshot.LiveText>> noTexts = Map.of(itemId, Map.of());
        if (kind == ItemKind.POST) {
            return posts(noTexts).stream()
                    .findFirst()
                    .map(post -> new WorkingVersion(kind, itemId, locale, t.revisionNumber(), t.text(), post, null));
        }
        return experience(noTexts).stream()
                .findFirst()
                .map(role -> new WorkingVersion(kind, itemId, locale, t.revisionNumber(), t.text(), null, role));
    }

    /** The sanitised bodies of live publications, in one query, read when their page is first rendered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> bodiesHtml(List<Long> publicationIds) {
        if (publicationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> bodies = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "SELECT p.id, p.bodyHtml FROM Publication p WHERE p.id IN :ids AND p.withdrawnAt IS NULL",
                        Object[].class)
                .setParameter("ids", publicationIds)
                .getResultList()) {
            bodies.put((Long) r[0], (String) r[1]);
        }
        return bodies;
    }
}
