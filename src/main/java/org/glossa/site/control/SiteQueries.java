package org.glossa.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Workplace;
import org.glossa.localization.control.TypedText;
import org.glossa.localization.control.TypedText.Lines;
import org.glossa.site.control.SiteContent.SlugRef;
import org.glossa.site.control.SiteSnapshot.Cover;
import org.glossa.site.control.SiteSnapshot.ExperienceItem;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.glossa.site.control.SiteSnapshot.PostItem;
import org.glossa.site.control.SiteSnapshot.ProfileText;

/**
 * The live content one public page shows, read by indexed queries: a page costs the same few statements however
 * many items the site has, and nothing of the site is held between pages. Only live publications are read.
 */
@ApplicationScoped
public class SiteQueries {

    private static final Logger LOG = Logger.getLogger(SiteQueries.class.getName());

    /** The columns a {@link LiveText} is read from, on a publication {@code p}. */
    private static final String TEXT =
            "p.id, p.locale, p.slug, p.title, p.summary, p.location, p.firstPublishedAt," + " p.publishedAt";

    private static final int TEXT_COLUMNS = 8;

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /** The profile's live texts and the owner's name: one query, a row per locale the profile is live in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteProfile profile() {
        Map<String, ProfileText> texts = new HashMap<>();
        String ownerName = "";
        for (Object[] r : em.createQuery(
                        "SELECT p.locale, p.title, p.summary, p.bodyHtml, i.sourceLocale FROM Publication p"
                                + " JOIN p.profile i WHERE p.withdrawnAt IS NULL ORDER BY i.id DESC",
                        Object[].class)
                .getResultList()) {
            String locale = (String) r[0];
            String name = TypedText.repaired((String) r[1], Lines.SINGLE);
            texts.put(
                    locale,
                    new ProfileText(
                            name,
                            TypedText.repaired(java.util.Objects.requireNonNullElse((String) r[2], ""), Lines.MULTIPLE),
                            (String) r[3]));
            if (locale.equals(r[4])) {
                ownerName = name;
            }
        }
        return new SiteProfile(ownerName, texts);
    }

    /** How many posts and roles are live in at least one locale: two queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteTotals totals() {
        long posts = em.createQuery(
                        "SELECT COUNT(i) FROM Post i WHERE EXISTS (SELECT p.id FROM Publication p"
                                + " WHERE p.post = i AND p.withdrawnAt IS NULL)",
                        Long.class)
                .getSingleResult();
        long roles = em.createQuery(
                        "SELECT COUNT(i) FROM Experience i WHERE EXISTS (SELECT p.id FROM Publication p"
                                + " WHERE p.experience = i AND p.withdrawnAt IS NULL)",
                        Long.class)
                .getSingleResult();
        return new SiteTotals((int) posts, (int) roles);
    }

    /** A slice of the posts live in a locale, newest there first, each with that text only and no cover: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostItem> posts(String locale, int offset, int limit) {
        return em
                .createQuery(
                        "SELECT " + TEXT + ", p.postId, i.sourceLocale FROM Publication p JOIN p.post i"
                                + " WHERE p.kind = :kind AND p.locale = :locale AND p.withdrawnAt IS NULL"
                                // withdrawn_at is null in every row; ordering by it too lets PostgreSQL read
                                // ix_publication_blog backwards (it takes IS NULL as no equality for ordering).
                                + " ORDER BY p.withdrawnAt DESC, p.firstPublishedAt DESC, p.postId DESC",
                        Object[].class)
                .setParameter("kind", ItemKind.POST)
                .setParameter("locale", locale)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new PostItem(
                        (Long) r[TEXT_COLUMNS], (String) r[TEXT_COLUMNS + 1], null, Map.of(locale, text(r))))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int postCount(String locale) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM Publication p"
                                + " WHERE p.kind = :kind AND p.locale = :locale AND p.withdrawnAt IS NULL",
                        Long.class)
                .setParameter("kind", ItemKind.POST)
                .setParameter("locale", locale)
                .getSingleResult()
                .intValue();
    }

    /** The roles live in a locale, in timeline order, each with that text only: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExperienceItem> experience(String locale) {
        return em
                .createQuery(
                        "SELECT " + TEXT + ", e.id, e.sourceLocale, e.organisation, e.employmentType, e.workplace,"
                                + " e.startMonth, e.endMonth, e.sortOrder FROM Publication p JOIN p.experience e"
                                + " WHERE p.kind = :kind AND p.locale = :locale AND p.withdrawnAt IS NULL"
                                + " ORDER BY e.sortOrder, e.startMonth DESC, e.id",
                        Object[].class)
                .setParameter("kind", ItemKind.EXPERIENCE)
                .setParameter("locale", locale)
                .getResultList()
                .stream()
                .map(r -> role(r, Map.of(locale, text(r))))
                .toList();
    }

    /** The post live at a slug in a locale, with its live texts in every locale and its cover: one or two queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PostItem> postBySlug(String locale, String slug) {
        return post(
                "(SELECT q.postId FROM Publication q WHERE q.kind = :kind AND q.locale = :locale AND q.liveSlug = :slug)",
                Map.of("kind", ItemKind.POST, "locale", locale, "slug", slug));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PostItem> postById(long id) {
        return post(":id", Map.of("id", id));
    }

    private Optional<PostItem> post(String idExpression, Map<String, Object> parameters) {
        var query = em.createQuery(
                "SELECT " + TEXT + ", i.id, i.sourceLocale, m.id, m.mimeType, m.byteLength, m.width, m.height,"
                        + " m.sha256, m.altText FROM Publication p JOIN p.post i LEFT JOIN i.cover m"
                        + " WHERE i.id = " + idExpression + " AND p.withdrawnAt IS NULL",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        int at = TEXT_COLUMNS + 2;
        Cover cover = first[at] == null
                ? null
                : new Cover(
                        (Long) first[at],
                        (String) first[at + 1],
                        (Long) first[at + 2],
                        (Integer) first[at + 3],
                        (Integer) first[at + 4],
                        (String) first[at + 5],
                        (String) first[at + 6],
                        altTexts((Long) first[at]));
        return Optional.of(
                new PostItem((Long) first[TEXT_COLUMNS], (String) first[TEXT_COLUMNS + 1], cover, texts(rows)));
    }

    private Map<String, String> altTexts(long mediaId) {
        return em
                .createQuery("SELECT a.locale, a.altText FROM MediaAltText a WHERE a.media.id = :id", Object[].class)
                .setParameter("id", mediaId)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    /** The role live at a slug in a locale, with its live texts in every locale: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExperienceItem> experienceBySlug(String locale, String slug) {
        return role(
                "(SELECT q.experienceId FROM Publication q WHERE q.kind = :kind AND q.locale = :locale"
                        + " AND q.liveSlug = :slug)",
                Map.of("kind", ItemKind.EXPERIENCE, "locale", locale, "slug", slug));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExperienceItem> experienceById(long id) {
        return role(":id", Map.of("id", id));
    }

    private Optional<ExperienceItem> role(String idExpression, Map<String, Object> parameters) {
        var query = em.createQuery(
                "SELECT " + TEXT + ", e.id, e.sourceLocale, e.organisation, e.employmentType, e.workplace,"
                        + " e.startMonth, e.endMonth, e.sortOrder FROM Publication p JOIN p.experience e"
                        + " WHERE e.id = " + idExpression + " AND p.withdrawnAt IS NULL",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(role(rows.get(0), texts(rows)));
    }

    /** The item a former slug belonged to: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> formerOwner(ItemKind kind, String locale, String slug) {
        return em
                .createQuery(
                        "SELECT p.id, e.id FROM FormerSlug f JOIN f.translation t LEFT JOIN t.post p"
                                + " LEFT JOIN t.experience e WHERE f.kind = :kind AND f.locale = :locale"
                                + " AND f.slug = :slug",
                        Object[].class)
                .setParameter("kind", kind)
                .setParameter("locale", locale)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> r[0] != null ? (Long) r[0] : (Long) r[1]);
    }

    /** The slugs the named items are live at in the refs' locales: two queries, however many refs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<SlugRef, String> liveSlugs(Set<SlugRef> refs) {
        // By the columns of the unique keys on live and former slugs (kind, locale, slug), so both are index reads.
        Set<ItemKind> kinds = refs.stream().map(SlugRef::kind).collect(Collectors.toSet());
        Set<String> locales = refs.stream().map(SlugRef::locale).collect(Collectors.toSet());
        Set<String> slugs = refs.stream().map(SlugRef::canonicalSlug).collect(Collectors.toSet());
        Map<SlugRef, String> found = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "SELECT p.kind, p.locale, p.liveSlug FROM Publication p"
                                + " WHERE p.kind IN :kinds AND p.locale IN :locales AND p.liveSlug IN :slugs",
                        Object[].class)
                .setParameter("kinds", kinds)
                .setParameter("locales", locales)
                .setParameter("slugs", slugs)
                .getResultList()) {
            SlugRef ref = new SlugRef((ItemKind) r[0], (String) r[1], (String) r[2]);
            if (refs.contains(ref)) {
                found.put(ref, (String) r[2]);
            }
        }
        Set<String> former = new HashSet<>();
        refs.stream().filter(ref -> !found.containsKey(ref)).forEach(ref -> former.add(ref.canonicalSlug()));
        if (!former.isEmpty()) {
            for (Object[] r : em.createQuery(
                            "SELECT f.kind, f.locale, f.slug, p.slug FROM FormerSlug f, Publication p"
                                    + " WHERE f.kind IN :kinds AND f.locale IN :locales AND f.slug IN :slugs"
                                    + " AND p.translation = f.translation AND p.withdrawnAt IS NULL",
                            Object[].class)
                    .setParameter("kinds", kinds)
                    .setParameter("locales", locales)
                    .setParameter("slugs", former)
                    .getResultList()) {
                SlugRef ref = new SlugRef((ItemKind) r[0], (String) r[1], (String) r[2]);
                if (refs.contains(ref)) {
                    found.putIfAbsent(ref, (String) r[3]);
                }
            }
        }
        return found;
    }

    /** A cover of a live post, with its bytes: one query; empty for any other image (it is not public). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RenderedPage> liveCover(long mediaId) {
        return em
                .createQuery(
                        "SELECT m.mimeType, m.content, m.sha256 FROM Media m WHERE m.id = :id AND EXISTS"
                                + " (SELECT p.id FROM Publication p JOIN p.post i WHERE i.cover = m"
                                + " AND p.withdrawnAt IS NULL)",
                        Object[].class)
                .setParameter("id", mediaId)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> RenderedPage.media((String) r[0], (byte[]) r[1], (String) r[2]));
    }

    /**
     * A publication that went live, or came off the site, after a moment: what another node's change looks like from
     * here.
     *
     * @param itemId the post's, role's or profile's id
     */
    public record Change(long publicationId, ItemKind kind, long itemId, String locale, boolean withdrawn) {}

    /**
     * The publications that went live or came off the site after {@code since}, in the order they were made; at most
     * {@code limit} + 1, so that the caller can tell there were more. Two index ranges (published_at, withdrawn_at).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> changedSince(Instant since, int limit) {
        return em
                .createQuery(
                        "SELECT p.id, p.kind, p.postId, p.experienceId, p.profileId, p.locale, p.withdrawnAt"
                                + " FROM Publication p WHERE p.publishedAt > :since OR p.withdrawnAt > :since"
                                + " ORDER BY p.id",
                        Object[].class)
                .setParameter("since", since)
                .setMaxResults(limit + 1)
                .getResultList()
                .stream()
                .map(r -> new Change(
                        (Long) r[0],
                        (ItemKind) r[1],
                        (Long) (r[2] != null ? r[2] : r[3] != null ? r[3] : r[4]),
                        (String) r[5],
                        r[6] != null))
                .toList();
    }

    /**
     * Stored text as pages can show it: text stored before input was cleaned (or changed by hand) may hold
     * characters no page should carry; it is repaired as documents repair it, and logged with the publication.
     */
    private static String readable(Supplier<String> publication, String field, Object stored, Lines lines) {
        String text = (String) stored;
        String repaired = TypedText.repaired(text, lines);
        if (!Objects.equals(repaired, text)) {
            LOG.warning(() -> "Publication " + publication.get() + ": its " + field
                    + " holds characters that cannot be shown; pages show it repaired, correct the text in the editor");
        }
        return repaired;
    }

    /** Live texts by locale, from rows that start with the {@link #TEXT} columns. */
    private static Map<String, LiveText> texts(List<Object[]> rows) {
        Map<String, LiveText> texts = new LinkedHashMap<>();
        rows.forEach(r -> texts.put((String) r[1], text(r)));
        return Map.copyOf(texts);
    }

    private static LiveText text(Object[] r) {
        return new LiveText(
                (Long) r[0],
                (String) r[1],
                (String) r[2],
                readable(() -> described(r), "title", r[3], Lines.SINGLE),
                readable(() -> described(r), "summary", r[4], Lines.MULTIPLE),
                readable(() -> described(r), "location", r[5], Lines.SINGLE),
                (Instant) r[6],
                (Instant) r[7]);
    }

    private static String described(Object[] r) {
        return r[0] + " (" + r[1] + ", slug " + r[2] + ")";
    }

    /** A role from a row of {@link #TEXT} columns followed by the experience entry's facts. */
    private static ExperienceItem role(Object[] r, Map<String, LiveText> texts) {
        int at = TEXT_COLUMNS;
        return new ExperienceItem(
                (Long) r[at],
                (String) r[at + 1],
                TypedText.repaired((String) r[at + 2], Lines.SINGLE),
                (EmploymentType) r[at + 3],
                (Workplace) r[at + 4],
                YearMonth.from((LocalDate) r[at + 5]),
                r[at + 6] == null ? null : YearMonth.from((LocalDate) r[at + 6]),
                (Integer) r[at + 7],
                texts);
    }
}
