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

    /** A statement with numbered parameters ({@code ?1}; each may be used in every kind's branch) and their values. */
    private record Built(String sql, List<Object> parameters) {}

    /**
     * Where a state can be told from the translation row alone, the grid is narrowed by it before the state is
     * computed, so the database reads those rows by index (in review, scheduled and rejected drafts are few)
     * instead of building the whole grid and filtering it; the outer filter on the computed state stays exact.
     */
    private static String narrowedTo(WorkState state) {
        return switch (state) {
            case MISSING -> "t.id IS NULL";
            case REJECTED -> "t.status = 'DRAFT' AND t.review_comment IS NOT NULL";
            case IN_REVIEW -> "t.status = 'IN_REVIEW'";
            case SCHEDULED -> "t.status = 'SCHEDULED'";
            case OUTDATED -> "(t.status = 'PUBLISHED' OR (t.status = 'DRAFT' AND t.review_comment IS NULL))";
            case DRAFT -> "t.status = 'DRAFT' AND t.review_comment IS NULL";
            case PUBLISHED -> "t.status = 'PUBLISHED'";
        };
    }

    /**
     * The statement of the grid narrowed by the filter, each filter pushed into every kind's branch: one locale
     * leaves the others out of the {@code VALUES} list, one kind leaves the other kinds' branches out, the title
     * search and the state narrow the rows before the state is computed and sorted. Null when the filter names a
     * locale outside the viewer's: the answer is empty without asking.
     */
    private Built build(String select, Filter filter, String suffix) {
        List<String> shown = present(filter.locale())
                ? locales.stream().filter(filter.locale()::equals).toList()
                : locales;
        if (shown.isEmpty()) {
            return null;
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (String locale : shown) {
            parameters.add(locale);
            values.append(values.isEmpty() ? "" : ", ")
                    .append("(CAST(?")
                    .append(parameters.size())
                    .append(" AS VARCHAR(35)))");
        }
        StringBuilder narrowing = new StringBuilder();
        if (present(filter.titleContains())) {
            parameters.add(pattern(filter.titleContains()));
            narrowing
                    .append(" AND LOWER(s.title) LIKE ?")
                    .append(parameters.size())
                    .append(" ESCAPE '\\'");
        }
        if (filter.state() != null) {
            narrowing.append(" AND ").append(narrowedTo(filter.state()));
        }
        String grid = (filter.kind() == null ? List.of(ItemKind.values()) : List.of(filter.kind()))
                .stream()
                        .map(kind ->
                                KIND_GRID.formatted(values, kind.name(), kind.attribute(), kind.attribute() + "_id")
                                        + narrowing)
                        .collect(Collectors.joining(" UNION ALL"));
        String stateClause = filter.state() == null
                ? ""
                : " WHERE w.state = '" + filter.state().name() + "'";
        return new Built(select + " FROM (" + grid + ") w" + stateClause + suffix, parameters);
    }

    /**
     * The statements {@link #page} and {@link #count} run, for measuring them on a large database outside the
     * container (the benchmark); the page's ends as {@code LIMIT} and {@code OFFSET}, as EclipseLink adds them.
     * Empty when the filter leaves nothing to ask.
     */
    public List<Sql> statements(Filter filter, int first, int max) {
        Built page = build("SELECT " + COLUMNS, filter, ORDER + " LIMIT " + max + " OFFSET " + first);
        Built count = build("SELECT COUNT(*)", filter, "");
        return page == null ? List.of() : List.of(jdbc(page), jdbc(count));
    }

    /** Numbered parameters as JDBC's {@code ?} in order. */
    private static Sql jdbc(Built built) {
        List<Object> inOrder = new ArrayList<>();
        Matcher m = Pattern.compile("\\?([0-9]+)").matcher(built.sql());
        while (m.find()) {
            inOrder.add(built.parameters().get(Integer.parseInt(m.group(1)) - 1));
        }
        return new Sql(m.replaceAll("?"), inOrder);
    }

    public List<Row> page(Filter filter, int first, int max) {
        Built built = build("SELECT " + COLUMNS, filter, ORDER);
        if (built == null) {
            return List.of();
        }
        Query query = query(built);
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
        Built built = build("SELECT COUNT(*)", filter, "");
        if (built == null) {
            return 0;
        }
        return ((Number) query(built).getSingleResult()).longValue();
    }

    private Query query(Built built) {
        Query query = em.createNativeQuery(built.sql());
        for (int i = 0; i < built.parameters().size(); i++) {
            query.setParameter(i + 1, built.parameters().get(i));
        }
        return query;
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
