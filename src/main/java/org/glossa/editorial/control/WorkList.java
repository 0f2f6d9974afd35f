package org.glossa.editorial.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.glossa.content.entity.ItemKind;

/**
 * A translator's work list: every item in every locale they work in (but its own source locale), translated or not,
 * with its {@link WorkState}, what needs their action first. The item-by-locale grid is made by the database: the
 * viewer's locales are a {@code VALUES} list in the statement, so a translator's query cannot return another
 * locale's row. Archived translations are out of the list (the owner retired them).
 *
 * <p>A page is read state by state ({@link #page}), the paginator's total by one count ({@link #size}): a bounded
 * number of statements whatever the size of the content. Every filter is pushed into the grid (see {@link #build}),
 * and a state's statement is narrowed to the rows that can have it, so what needs action (rejected, outdated and
 * missing come first) is read by index, not by sorting the whole grid.
 *
 * <p>Native SQL rather than JPQL: JPQL has no way to join a list of values, and the grid needs one (a missing
 * translation has no row to start from). It is plain SQL that PostgreSQL and H2 both run.
 *
 * <p>Still not constant at any size: the total, and a page deep in the list (in the large states, missing and
 * published, or behind them), build and sort the grid those need. See {@code src/benchmark/work-list.sh} and the README for the figures. Keyset paging
 * over a stored per-locale state (kept by the workflow's moves) is the way to pages that cost the same at any depth.
 */
public final class WorkList {

    /** What a page of the list is narrowed to; nulls and blanks mean "any". */
    public record Filter(WorkState state, String locale, ItemKind kind, String titleContains) implements Serializable {}

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

    /** The list's order in one statement: by state, then by source title. */
    private static final String ORDER = " ORDER BY CASE w.state"
            + IntStream.range(0, WorkState.values().length)
                    .mapToObj(i -> " WHEN '" + WorkState.values()[i].name() + "' THEN " + i)
                    .collect(Collectors.joining())
            + " END, w.title, w.kind, w.item_id, w.locale";

    /**
     * Up to this many rows (a narrow filter, a search), a page is one statement over the whole filtered list: cheaper
     * than counting state by state. So is a page this deep in a longer list: it lies in or behind the large states,
     * whose counts cost more than sorting once.
     */
    static final long FEW = 2_000;

    /**
     * Runs the list's statements, given with numbered parameters ({@code ?1}, each possibly used in every kind's
     * branch): through JPA in the application ({@link #of(EntityManager)}), through JDBC in the benchmark.
     */
    public interface Runner {
        /** The rows of a statement, from {@code first}, at most {@code max} ({@code max < 0}: all). */
        List<Object[]> rows(String sql, List<Object> parameters, int first, int max);
    }

    public static Runner of(EntityManager em) {
        return (sql, parameters, first, max) -> {
            Query query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            if (max >= 0) {
                query.setFirstResult(first);
                query.setMaxResults(max);
            }
            List<Object[]> rows = new ArrayList<>();
            for (Object row : query.getResultList()) {
                rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
            }
            return rows;
        };
    }

    /** A statement as JDBC takes it: {@code ?} placeholders and their values in order. */
    public record Sql(String text, List<Object> parameters) {}

    /** The same statement with JDBC's {@code ?} placeholders, its values in their order. */
    public static Sql jdbc(String sql, List<Object> numbered) {
        List<Object> inOrder = new ArrayList<>();
        Matcher m = Pattern.compile("\\?([0-9]+)").matcher(sql);
        while (m.find()) {
            inOrder.add(numbered.get(Integer.parseInt(m.group(1)) - 1));
        }
        return new Sql(m.replaceAll("?"), inOrder);
    }

    private final Runner runner;
    private final List<String> locales;

    /**
     * @param locales the locales the viewer works in (every locale for the owner), canonical tags; the list holds
     *                rows of these only
     */
    public WorkList(Runner runner, List<String> locales) {
        this.runner = runner;
        this.locales = List.copyOf(locales);
    }

    /** A statement with numbered parameters and their values. */
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

    /** How many rows the filter leaves: the paginator's total, one statement. */
    public long size(Filter filter) {
        Built built = build("SELECT COUNT(*)", filter, "");
        if (built == null) {
            return 0;
        }
        return ((Number) runner.rows(built.sql(), built.parameters(), 0, -1).get(0)[0]).longValue();
    }

    /**
     * One page, read state by state: the list is in the states' order, so the page's rows lie in the one or few
     * states its range covers, each read by its own statement narrowed to that state (see {@link #narrowedTo}). To
     * find where the range starts, the states before it are counted, each by a statement narrowed the same way and
     * only when {@code counted} does not know it yet (the caller keeps it for further pages of the same filter; the
     * last state is never counted). The first pages, where what needs action is, cost what their few rows cost, not
     * a sort of the whole grid; at most two statements per state whatever the size of the content.
     *
     * @param size    the rows of the whole list ({@link #size}); a short list, or a page deep in a long one (see
     *     {@link #FEW}), is read in one statement
     * @param counted the rows of each state, as far as known; filled in here
     */
    public List<Row> page(Filter filter, long size, Map<WorkState, Long> counted, int first, int max) {
        if (size <= FEW || first >= FEW) {
            Built built = build("SELECT " + COLUMNS, filter, ORDER);
            return built == null ? List.of() : rows(built, first, max);
        }
        List<WorkState> states = filter.state() == null ? List.of(WorkState.values()) : List.of(filter.state());
        List<Row> rows = new ArrayList<>();
        long position = first;
        for (int i = 0; i < states.size() && rows.size() < max; i++) {
            WorkState state = states.get(i);
            boolean last = i == states.size() - 1;
            if (!last) {
                long inState = counted.computeIfAbsent(state, s -> size(narrowed(filter, s)));
                if (position >= inState) {
                    position -= inState;
                    continue;
                }
            }
            rows.addAll(ofState(filter, state, (int) position, max - rows.size()));
            position = 0;
        }
        return rows;
    }

    private static Filter narrowed(Filter filter, WorkState state) {
        return new Filter(state, filter.locale(), filter.kind(), filter.titleContains());
    }

    private List<Row> ofState(Filter filter, WorkState state, int first, int max) {
        Built built =
                build("SELECT " + COLUMNS, narrowed(filter, state), " ORDER BY w.title, w.kind, w.item_id, w.locale");
        return built == null ? List.of() : rows(built, first, max);
    }

    private List<Row> rows(Built built, int first, int max) {
        List<Row> rows = new ArrayList<>();
        for (Object[] row : runner.rows(built.sql(), built.parameters(), first, max)) {
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
