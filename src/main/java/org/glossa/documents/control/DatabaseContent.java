package org.glossa.documents.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.glossa.content.entity.ItemKind;

/**
 * {@link PublishedContent} read from the database over one JDBC connection, which the caller owns (in the
 * container, the one enlisted in the generation's transaction). Only live publications are read.
 *
 * <p>{@link #items} pages by key (item id) within the range asked, {@link #PAGE_SIZE} items at a time, with one query for the page and
 * one for the page's alternates: memory holds one page, and the query count grows with the content size divided
 * by the page size, never with one query per item. Portable SQL (PostgreSQL and the embedded H2).
 */
public final class DatabaseContent implements PublishedContent {

    public static final int PAGE_SIZE = 500;

    private final Connection connection;
    private final int pageSize;
    private String ownerName;

    public DatabaseContent(Connection connection) {
        this(connection, PAGE_SIZE);
    }

    public DatabaseContent(Connection connection, int pageSize) {
        this.connection = Objects.requireNonNull(connection, "connection");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.pageSize = pageSize;
    }

    @Override
    public String ownerName() {
        if (ownerName == null) {
            ownerName = query(
                            "SELECT p.title FROM publication p JOIN profile i ON i.id = p.profile_id"
                                    + " WHERE p.locale = i.source_locale AND p.withdrawn_at IS NULL"
                                    + " ORDER BY i.id FETCH FIRST 1 ROWS ONLY",
                            List.of(),
                            rs -> rs.getString(1))
                    .stream()
                    .findFirst()
                    .orElse("");
        }
        return ownerName;
    }

    @Override
    public Optional<Instant> newestChange(ItemKind kind, String locale) {
        return query(
                        // Not MAX(): for a prepared statement PostgreSQL plans MAX by walking the time index backwards
                        // until it meets the kind and locale (0.2 s for a locale's old roles); this order has one
                        // index.
                        "SELECT published_at FROM publication WHERE kind = ? AND locale = ? AND withdrawn_at IS NULL"
                                + " ORDER BY withdrawn_at DESC, published_at DESC FETCH FIRST 1 ROW ONLY",
                        List.of(kind.name(), locale),
                        rs -> instant(rs, 1))
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    @Override
    public Iterator<PublishedItem> items(ItemKind kind, String locale, long firstId, long lastId) {
        return new Pages(kind, locale, firstId, lastId);
    }

    /**
     * Two queries whatever the number of locales: the items of the range (source locale and cover), then every live
     * translation of them (an index-only scan of {@code ix_publication_live_post} for posts). Holds the range in memory:
     * meant for one item group's range (see {@link SiteDocuments#preRender}), not for a whole site.
     */
    @Override
    public Map<String, List<PublishedItem>> itemsByLocale(
            ItemKind kind, Collection<String> locales, long firstId, long lastId) {
        String id = itemColumn(kind);
        Map<Long, Object[]> itemRows = new HashMap<>();
        query(
                kind == ItemKind.POST
                        ? "SELECT i.id, i.source_locale, m.id, m.mime_type, m.byte_length FROM post i"
                                + " LEFT JOIN media m ON m.id = i.cover_media_id WHERE i.id BETWEEN ? AND ?"
                        : "SELECT i.id, i.source_locale, NULL, NULL, NULL FROM experience i WHERE i.id BETWEEN ? AND ?",
                List.of(firstId, lastId),
                rs -> {
                    long mediaId = rs.getLong(3);
                    PublishedItem.Cover cover =
                            rs.wasNull() ? null : new PublishedItem.Cover(mediaId, rs.getString(4), rs.getLong(5));
                    return itemRows.put(rs.getLong(1), new Object[] {rs.getString(2), cover});
                });
        record Live(long item, String locale, String slug, Instant firstPublishedAt, Instant publishedAt) {}
        List<Live> live = query(
                // The kind written into the statement, not bound: a generic plan must see it to use the partial index.
                "SELECT " + id + ", p.locale, p.slug, p.first_published_at, p.published_at FROM publication p"
                        + " WHERE p.kind = '" + kind.name() + "' AND p.withdrawn_at IS NULL AND " + id
                        + " BETWEEN ? AND ? ORDER BY " + id,
                List.of(firstId, lastId),
                rs -> new Live(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5)));
        Map<Long, Map<String, String>> liveSlugs = new HashMap<>();
        live.forEach(
                l -> liveSlugs.computeIfAbsent(l.item(), k -> new HashMap<>()).put(l.locale(), l.slug()));
        Map<Long, Map<String, String>> shared = new HashMap<>();
        Map<String, List<PublishedItem>> byLocale = new LinkedHashMap<>();
        locales.forEach(locale -> byLocale.put(locale, new ArrayList<>()));
        for (Live l : live) {
            List<PublishedItem> items = byLocale.get(l.locale());
            Object[] item = itemRows.get(l.item());
            if (items == null || item == null) {
                continue;
            }
            // One map per item, shared by its versions: PublishedItem copies it, and Map.copyOf of an immutable map
            // is the map itself.
            Map<String, String> slugs = shared.computeIfAbsent(l.item(), k -> Map.copyOf(liveSlugs.get(k)));
            items.add(new PublishedItem(
                    l.item(),
                    (String) item[0],
                    l.slug(),
                    null,
                    null,
                    l.firstPublishedAt(),
                    l.publishedAt(),
                    (PublishedItem.Cover) item[1],
                    slugs));
        }
        return byLocale;
    }

    /**
     * Two aggregate queries: the publications (history included, so that a withdrawal or a new version changes the
     * summary) grouped by range and locale, then the items grouped by range (covers and source locales). The range
     * size is an integer, written into the SQL so that both databases group by the same expression.
     */
    @Override
    public PartInputs partInputs(int itemsPerPart) {
        return partInputs(itemsPerPart, Optional.empty());
    }

    /** As {@link #partInputs(int)}, the publications and items read by index for the ranges of {@code groups} only. */
    @Override
    public PartInputs partInputs(int itemsPerPart, Set<PartGroup> groups) {
        return partInputs(itemsPerPart, Optional.of(groups));
    }

    private PartInputs partInputs(int itemsPerPart, Optional<Set<PartGroup>> only) {
        if (itemsPerPart < 1) {
            throw new IllegalArgumentException("itemsPerPart must be positive");
        }
        PartInputs.Builder inputs = new PartInputs.Builder(itemsPerPart);
        String range = "(COALESCE(post_id, experience_id) - 1) / " + itemsPerPart;
        List<Object> parameters = new ArrayList<>();
        String publications = only.map(groups -> {
                    List<String> kinds = new ArrayList<>();
                    for (ItemKind kind : List.of(ItemKind.POST, ItemKind.EXPERIENCE)) {
                        String ids =
                                idRanges(kind == ItemKind.POST ? "post_id" : "experience_id", kind, groups, parameters);
                        if (!ids.isEmpty()) {
                            kinds.add("kind = '" + kind.name() + "' AND (" + ids + ")");
                        }
                    }
                    return kinds.isEmpty() ? "1 = 0" : "(" + String.join(") OR (", kinds) + ")";
                })
                .orElse("kind IN ('POST', 'EXPERIENCE')");
        query(
                "SELECT kind, " + range + ", locale, COUNT(*), COUNT(withdrawn_at), SUM(id), MAX(id),"
                        + " MAX(published_at), MAX(withdrawn_at), SUM(" + rowHash() + ") FROM publication"
                        + " WHERE " + publications + " GROUP BY kind, " + range + ", locale",
                parameters,
                rs -> {
                    ItemKind kind = ItemKind.valueOf(rs.getString(1));
                    long bucket = rs.getLong(2);
                    String locale = rs.getString(3);
                    long rows = rs.getLong(4);
                    long withdrawn = rs.getLong(5);
                    inputs.row(
                            kind,
                            bucket,
                            locale + " " + rows + " " + withdrawn + " " + rs.getLong(6) + " " + rs.getLong(7) + " "
                                    + instant(rs, 8) + " " + instant(rs, 9) + " " + rs.getString(10));
                    if (rows > withdrawn) {
                        inputs.live(kind, bucket, locale);
                    }
                    return null;
                });
        for (ItemKind kind : List.of(ItemKind.POST, ItemKind.EXPERIENCE)) {
            String table = kind == ItemKind.POST ? "post" : "experience";
            String cover = kind == ItemKind.POST ? "SUM(COALESCE(cover_media_id, 0))" : "0";
            String byId = "(id - 1) / " + itemsPerPart;
            List<Object> ids = new ArrayList<>();
            String where = only.map(groups -> idRanges("id", kind, groups, ids)).orElse("");
            if (only.isPresent() && where.isEmpty()) {
                continue;
            }
            query(
                    "SELECT " + byId + ", COUNT(*), " + cover + ", MIN(source_locale), MAX(source_locale), SUM(id)"
                            + " FROM " + table + (where.isEmpty() ? "" : " WHERE " + where) + " GROUP BY " + byId,
                    ids,
                    rs -> {
                        inputs.row(
                                kind,
                                rs.getLong(1),
                                "items " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getString(4) + " "
                                        + rs.getString(5) + " " + rs.getLong(6));
                        return null;
                    });
        }
        return inputs.build();
    }

    /**
     * {@code column BETWEEN ? AND ? OR ...} for the id ranges of the groups of {@code kind}, their bounds added to
     * {@code parameters}; empty when {@code groups} has none of that kind.
     */
    private static String idRanges(String column, ItemKind kind, Set<PartGroup> groups, List<Object> parameters) {
        List<String> ranges = new ArrayList<>();
        for (PartGroup group : groups) {
            if (group.kind() == kind) {
                ranges.add(column + " BETWEEN ? AND ?");
                parameters.add(group.firstId());
                parameters.add(group.lastId());
            }
        }
        return String.join(" OR ", ranges);
    }

    /**
     * A hash of each publication's slug and times, computed by the database, so that a row edited in place (by hand:
     * the workflow always adds a row) changes its range's summary too. No portable SQL hashes text: PostgreSQL's
     * {@code hashtext}, H2's {@code ORA_HASH}.
     */
    private String rowHash() {
        String text = "slug || '|' || CAST(published_at AS VARCHAR(64)) || '|'"
                + " || COALESCE(CAST(withdrawn_at AS VARCHAR(64)), '')";
        try {
            return connection
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("h2")
                    ? "ORA_HASH(" + text + ")"
                    : "CAST(hashtext(" + text + ") AS BIGINT)";
        } catch (SQLException e) {
            throw new ContentReadException("reading the database's name", e);
        }
    }

    @Override
    public List<PublishedItem> newestPosts(String locale, Instant since, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(locale));
        String sinceClause = "";
        if (since != null) {
            sinceClause = " AND p.first_published_at >= ?";
            parameters.add(since.atOffset(ZoneOffset.UTC));
        }
        parameters.add(limit);
        return query(
                select(ItemKind.POST) + sinceClause
                        // withdrawn_at first: PostgreSQL does not take IS NULL as an equality for the order, and
                        // without it sorted the locale's every live post (ix_publication_blog serves this order).
                        + " ORDER BY p.withdrawn_at DESC, p.first_published_at DESC, p.post_id DESC"
                        + " FETCH FIRST ? ROWS ONLY",
                parameters,
                rs -> item(rs, Map.of(locale, rs.getString(3))));
    }

    @Override
    public List<String> slugsWithdrawnAfter(ItemKind kind, String locale, Instant after) {
        return query("""
                SELECT DISTINCT p.slug FROM publication p
                WHERE p.kind = ? AND p.locale = ? AND p.withdrawn_at > ?
                  AND NOT EXISTS (SELECT 1 FROM publication q
                                  WHERE q.kind = p.kind AND q.locale = p.locale AND q.live_slug = p.slug)
                ORDER BY p.slug""", List.of(kind.name(), locale, after.atOffset(ZoneOffset.UTC)), rs -> rs.getString(1));
    }

    /**
     * Columns: item id, source locale, slug, title, summary, first published, published, media id, type, length,
     * first slug (one indexed lookup per row, in the same statement).
     */
    private static String select(ItemKind kind) {
        if (kind == ItemKind.POST) {
            return """
                    SELECT p.post_id, i.source_locale, p.slug, p.title, p.summary, p.first_published_at, p.published_at,
                           m.id, m.mime_type, m.byte_length,""" + FIRST_SLUG + """
                    FROM publication p JOIN post i ON i.id = p.post_id LEFT JOIN media m ON m.id = i.cover_media_id
                    WHERE p.kind = 'POST' AND p.locale = ? AND p.withdrawn_at IS NULL""";
        }
        return """
                SELECT p.experience_id, i.source_locale, p.slug, p.title, p.summary, p.first_published_at, p.published_at,
                       NULL, NULL, NULL,""" + FIRST_SLUG + """
                FROM publication p JOIN experience i ON i.id = p.experience_id
                WHERE p.kind = 'EXPERIENCE' AND p.locale = ? AND p.withdrawn_at IS NULL""";
    }

    /**
     * What a sitemap lists of an item (columns: item id, source locale, slug, first published, published, media id,
     * type, length): no texts, and no first slug (its correlated lookup per row is for feeds), so that the
     * publication's columns come from {@code ix_publication_live_by_locale_post} alone.
     */
    private static String listed(ItemKind kind) {
        if (kind == ItemKind.POST) {
            return """
                    SELECT p.post_id, i.source_locale, p.slug, p.first_published_at, p.published_at,
                           m.id, m.mime_type, m.byte_length
                    FROM publication p JOIN post i ON i.id = p.post_id LEFT JOIN media m ON m.id = i.cover_media_id
                    WHERE p.kind = 'POST' AND p.locale = ? AND p.withdrawn_at IS NULL""";
        }
        return """
                SELECT p.experience_id, i.source_locale, p.slug, p.first_published_at, p.published_at,
                       NULL, NULL, NULL
                FROM publication p JOIN experience i ON i.id = p.experience_id
                WHERE p.kind = 'EXPERIENCE' AND p.locale = ? AND p.withdrawn_at IS NULL""";
    }

    private static PublishedItem listedItem(ResultSet rs, String locale) throws SQLException {
        long mediaId = rs.getLong(6);
        PublishedItem.Cover cover =
                rs.wasNull() ? null : new PublishedItem.Cover(mediaId, rs.getString(7), rs.getLong(8));
        String slug = rs.getString(3);
        return new PublishedItem(
                rs.getLong(1),
                rs.getString(2),
                slug,
                null,
                null,
                instant(rs, 4),
                instant(rs, 5),
                cover,
                Map.of(locale, slug));
    }

    private static final String FIRST_SLUG =
            " (SELECT f.slug FROM publication f WHERE f.translation_id = p.translation_id"
                    + " ORDER BY f.published_at, f.id FETCH FIRST 1 ROW ONLY)\n";

    private static String itemColumn(ItemKind kind) {
        return kind == ItemKind.POST ? "p.post_id" : "p.experience_id";
    }

    private static PublishedItem item(ResultSet rs, Map<String, String> liveSlugs) throws SQLException {
        long mediaId = rs.getLong(8);
        PublishedItem.Cover cover =
                rs.wasNull() ? null : new PublishedItem.Cover(mediaId, rs.getString(9), rs.getLong(10));
        return new PublishedItem(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                instant(rs, 6),
                instant(rs, 7),
                cover,
                liveSlugs,
                rs.getString(11));
    }

    /**
     * A {@code timestamp with time zone} as the instant it is. Read as a {@link java.sql.Timestamp} (the same instant):
     * the application server's connection wrapper answers {@code getObject(column, OffsetDateTime.class)} through
     * reflection, a method lookup per value, which took an eighth of a full regeneration at 850,850 translations.
     */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ContentReadException(sql, e);
        }
    }

    /** The live items of one kind in one locale, a page at a time. */
    private final class Pages implements Iterator<PublishedItem> {
        private final ItemKind kind;
        private final String locale;
        private Iterator<PublishedItem> page = Collections.emptyIterator();
        private final long lastId;
        private long after;
        private boolean lastPage;

        Pages(ItemKind kind, String locale, long firstId, long lastId) {
            this.kind = kind;
            this.locale = locale;
            this.after = firstId == Long.MIN_VALUE ? Long.MIN_VALUE : firstId - 1;
            this.lastId = lastId;
        }

        @Override
        public boolean hasNext() {
            if (!page.hasNext() && !lastPage) {
                page = nextPage().iterator();
            }
            return page.hasNext();
        }

        @Override
        public PublishedItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }

        private List<PublishedItem> nextPage() {
            String id = itemColumn(kind);
            // The range twice, on the publication and on its item: without it, PostgreSQL merges the page with the
            // item table read from its first row (15 ms at post 30,000 of 50,000).
            List<PublishedItem> rows = query(
                    listed(kind) + " AND " + id + " > ? AND " + id + " <= ? AND i.id > ? AND i.id <= ? ORDER BY " + id
                            + " FETCH FIRST ? ROWS ONLY",
                    List.of(locale, after, lastId, after, lastId, pageSize),
                    rs -> listedItem(rs, locale));
            lastPage = rows.size() < pageSize;
            if (rows.isEmpty()) {
                return List.of();
            }
            long first = rows.get(0).id();
            after = rows.get(rows.size() - 1).id();
            Map<Long, Map<String, String>> slugs = new HashMap<>();
            for (Object[] alternate : query(
                    // The kind written into the statement, not bound: a generic plan must see it to use the partial
                    // index ix_publication_live_post.
                    "SELECT " + id + ", p.locale, p.slug FROM publication p WHERE p.kind = '" + kind.name() + "'"
                            + " AND p.withdrawn_at IS NULL AND " + id + " BETWEEN ? AND ?",
                    List.of(first, after),
                    rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})) {
                slugs.computeIfAbsent((Long) alternate[0], k -> new HashMap<>())
                        .put((String) alternate[1], (String) alternate[2]);
            }
            return rows.stream()
                    .map(r -> new PublishedItem(
                            r.id(),
                            r.sourceLocale(),
                            r.slug(),
                            r.title(),
                            r.summary(),
                            r.firstPublishedAt(),
                            r.publishedAt(),
                            r.cover(),
                            slugs.getOrDefault(r.id(), r.liveSlugs()),
                            r.firstSlug()))
                    .toList();
        }
    }

    /** A query for live content failed; generation stops and the previous documents stay served. */
    public static final class ContentReadException extends RuntimeException {
        ContentReadException(String sql, SQLException cause) {
            super(
                    "reading live content failed (" + cause.getMessage() + ") in: "
                            + sql.strip().replaceAll("\\s+", " "),
                    cause);
        }
    }
}
