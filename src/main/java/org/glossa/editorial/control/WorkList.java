package org.glossa.editorial.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.glossa.content.entity.ItemKind;

/**
 * A translator's work list: every item in every locale they work in (but its own source locale), translated or not,
 * with its {@link WorkState}, what needs their action first. One page is two statements (the rows and their count),
 * whatever the size of the content, because the item-by-locale grid is made by the database: the viewer's locales
 * are a {@code VALUES} list in the statement, so a translator's query cannot return another locale's row. Archived
 * translations are out of the list (the owner retired them).
 *
 * <p>Native SQL rather than JPQL: JPQL has no way to join a list of values, and the grid needs one (a missing
 * translation has no row to start from). It is plain SQL that PostgreSQL and H2 both run.
 *
 * <p>Bounded in statements, not yet in work: each page builds and sorts the viewer's whole grid. Measured on
 * PostgreSQL 15 (2 shared cores) with 50,000 posts, the source live and 8 locales translated: a translator of 2
 * locales (100,000 rows) 1.0 s a page; the owner (17 locales, 800,000 rows) 2.3 s a page plus 1.3 s for the count.
 * Keyset paging over a stored per-locale state (kept by the workflow's moves) is the way to pages that cost the same
 * at any size.
 */
public final class WorkList {

    /** What a page of the list is narrowed to; nulls and blanks mean "any". */
    public record Filter(WorkState state, String locale, ItemKind kind, String titleContains) {}

    /** One line: an item in one locale. */
    public record Row(
            ItemKind kind, long itemId, String sourceLocale, String sourceTitle, String locale, WorkState state) {}

    /**
     * The grid of one kind: its items, each with its source text, times the viewer's locales ({@code %1$s}, a
     * {@code VALUES} list), each with its translation if there is one. Per kind, so every join uses an index.
     */
    private static final String KIND_GRID =
            " SELECT '%2$s' AS kind, i.id AS item_id, i.source_locale, s.title, l.locale,"
                    + " CASE WHEN t.id IS NULL THEN 'MISSING'"
                    + " WHEN t.status = 'DRAFT' AND t.review_comment IS NOT NULL THEN 'REJECTED'"
                    + " WHEN t.status = 'IN_REVIEW' THEN 'IN_REVIEW'"
                    + " WHEN t.status = 'SCHEDULED' THEN 'SCHEDULED'"
                    + " WHEN EXISTS (SELECT 1 FROM publication sp WHERE sp.translation_id = s.id AND sp.withdrawn_at IS NULL"
                    + " AND (t.based_on_source_revision IS NULL OR sp.revision_number > t.based_on_source_revision))"
                    + " THEN 'OUTDATED'"
                    + " WHEN t.status = 'DRAFT' THEN 'DRAFT'"
                    + " ELSE 'PUBLISHED' END AS state"
                    + " FROM %3$s i"
                    + " JOIN translation s ON s.%4$s = i.id AND s.locale = i.source_locale"
                    + " CROSS JOIN (VALUES %1$s) l(locale)"
                    + " LEFT JOIN translation t ON t.%4$s = i.id AND t.locale = l.locale"
                    + " WHERE l.locale <> i.source_locale AND (t.status IS NULL OR t.status <> 'ARCHIVED')";

    private static final String COLUMNS = "w.kind, w.item_id, w.source_locale, w.title, w.locale, w.state";

    private static final String ORDER = " ORDER BY CASE w.state"
            + IntStream.range(0, WorkState.values().length)
                    .mapToObj(i -> " WHEN '" + WorkState.values()[i].name() + "' THEN " + i)
                    .collect(Collectors.joining())
            + " END, w.title, w.kind, w.item_id, w.locale";

    private final EntityManager em;
    private final List<String> locales;

    /**
     * @param locales the locales the viewer works in (every locale for the owner), canonical tags; the list holds
     *                rows of these only
     */
    public WorkList(EntityManager em, List<String> locales) {
        this.em = em;
        this.locales = List.copyOf(locales);
    }

    /** A statement as JDBC takes it: {@code ?} placeholders and their values in order. */
    public record Sql(String text, List<Object> parameters) {}

    /**
     * The statements {@link #page} and {@link #count} run, for measuring them on a large database outside the
     * container (the benchmark); the page's ends as {@code LIMIT} and {@code OFFSET}, as EclipseLink adds them.
     */
    public List<Sql> statements(Filter filter, int first, int max) {
        List<Object> parameters = new ArrayList<>(locales);
        if (filter.state() != null) {
            parameters.add(filter.state().name());
        }
        if (present(filter.locale())) {
            parameters.add(filter.locale());
        }
        if (filter.kind() != null) {
            parameters.add(filter.kind().name());
        }
        if (present(filter.titleContains())) {
            parameters.add(pattern(filter.titleContains()));
        }
        return List.of(
                jdbc(sql("SELECT " + COLUMNS, filter) + ORDER + " LIMIT " + max + " OFFSET " + first, parameters),
                jdbc(sql("SELECT COUNT(*)", filter), parameters));
    }

    /** Numbered parameters ({@code ?3}, each possibly used more than once) as JDBC's {@code ?} in order. */
    private static Sql jdbc(String sql, List<Object> numbered) {
        List<Object> inOrder = new ArrayList<>();
        Matcher m = Pattern.compile("\\?([0-9]+)").matcher(sql);
        while (m.find()) {
            inOrder.add(numbered.get(Integer.parseInt(m.group(1)) - 1));
        }
        return new Sql(m.replaceAll("?"), inOrder);
    }

    public List<Row> page(Filter filter, int first, int max) {
        if (locales.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(sql("SELECT " + COLUMNS, filter) + ORDER);
        bind(query, filter);
        query.setFirstResult(first);
        query.setMaxResults(max);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            rows.add(new Row(
                    ItemKind.valueOf((String) row[0]),
                    ((Number) row[1]).longValue(),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    WorkState.valueOf((String) row[5])));
        }
        return rows;
    }

    public long count(Filter filter) {
        if (locales.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery(sql("SELECT COUNT(*)", filter));
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private String sql(String select, Filter filter) {
        String values = IntStream.rangeClosed(1, locales.size())
                .mapToObj(i -> "(CAST(?" + i + " AS VARCHAR(35)))")
                .collect(Collectors.joining(", "));
        String grid = List.of(ItemKind.values()).stream()
                .map(kind -> KIND_GRID.formatted(values, kind.name(), kind.attribute(), kind.attribute() + "_id"))
                .collect(Collectors.joining(" UNION ALL"));
        StringBuilder sql = new StringBuilder(select + " FROM (" + grid + ") w WHERE 1 = 1");
        int next = locales.size() + 1;
        if (filter.state() != null) {
            sql.append(" AND w.state = ?").append(next++);
        }
        if (present(filter.locale())) {
            sql.append(" AND w.locale = ?").append(next++);
        }
        if (filter.kind() != null) {
            sql.append(" AND w.kind = ?").append(next++);
        }
        if (present(filter.titleContains())) {
            sql.append(" AND LOWER(w.title) LIKE ?").append(next).append(" ESCAPE '\\'");
        }
        return sql.toString();
    }

    private void bind(Query query, Filter filter) {
        int next = 1;
        for (String locale : locales) {
            query.setParameter(next++, locale);
        }
        if (filter.state() != null) {
            query.setParameter(next++, filter.state().name());
        }
        if (present(filter.locale())) {
            query.setParameter(next++, filter.locale());
        }
        if (filter.kind() != null) {
            query.setParameter(next++, filter.kind().name());
        }
        if (present(filter.titleContains())) {
            query.setParameter(next, pattern(filter.titleContains()));
        }
    }

    private static String pattern(String titleContains) {
        return "%" + likeEscaped(titleContains.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
