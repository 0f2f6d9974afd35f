package org.glossa.editorial.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.LocaleCatalog;

/**
 * A translator's work list: every item in every locale they work in (but its own source locale), translated or not,
 * with its {@link WorkState}, what needs their action first. Read from the stored work state ({@link WorkStates},
 * kept by the workflow's moves): the viewer's locales are a condition of every statement, so a translator's query
 * cannot return another locale's row. Archived translations are out of the list (the owner retired them).
 *
 * <p>The order is the state's (what needs action first), then the source title; a page is read by its sort key
 * from the page before or after it ({@link Keyset}), so it costs the same at any depth, and the paginator's total
 * is a sum of the stored counters ({@code work_count}), not a count of the rows. Only a title search counts rows.
 * Each filter is a condition the indexes of {@code work_state} answer in the list's order: by state, by locale
 * then state, by kind then state; a fixed locale or kind leaves its column out of the sort key, so the key matches
 * the index it reads.
 */
public final class WorkList {

    /** What a page of the list is narrowed to; nulls and blanks mean "any". */
    public record Filter(WorkState state, String locale, ItemKind kind, String titleContains) implements Serializable {}

    /** One line: an item in one locale. */
    public record Row(
            ItemKind kind, long itemId, String sourceLocale, String sourceTitle, String locale, WorkState state) {}

    /** A page as read: its rows and where it lies, to read the pages beside it by key. */
    public record Page(List<Row> rows, Keyset.Window window) implements Serializable {}

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

    /** The condition of the filter's rows, its parameters appended; null when the filter names another locale. */
    private String where(Filter filter, List<Object> parameters) {
        return where(filter, null, parameters);
    }

    /**
     * The condition of the filter's rows in one locale ({@code only}) or in all the filter and the viewer allow
     * ({@code only} null), its parameters appended. A title search finds the items by their source rows (one per
     * item, in an index with the title), then their rows by primary key: it never scans the whole list.
     */
    private String where(Filter filter, String only, List<Object> parameters) {
        StringBuilder where = new StringBuilder("source = FALSE AND state_rank < " + WorkStates.UNLISTED);
        if (present(filter.locale()) && !locales.contains(filter.locale())) {
            return null;
        }
        String one = only != null ? only : present(filter.locale()) ? filter.locale() : null;
        if (one != null) {
            parameters.add(one);
            where.append(" AND locale = ?").append(parameters.size());
        } else if (!everyLocale()) {
            where.append(" AND locale IN (");
            for (int i = 0; i < locales.size(); i++) {
                parameters.add(locales.get(i));
                where.append(i == 0 ? "" : ", ").append('?').append(parameters.size());
            }
            where.append(')');
        }
        if (filter.kind() != null) {
            parameters.add(filter.kind().name());
            where.append(" AND kind = ?").append(parameters.size());
        }
        if (filter.state() != null) {
            parameters.add(filter.state().ordinal());
            where.append(" AND state_rank = ?").append(parameters.size());
        }
        if (present(filter.titleContains())) {
            parameters.add(pattern(filter.titleContains()));
            where.append(" AND (kind, item_id) IN (SELECT s.kind, s.item_id FROM work_state s WHERE s.source = TRUE")
                    .append(" AND LOWER(s.source_title) LIKE ?")
                    .append(parameters.size())
                    .append(" ESCAPE '\\')");
        }
        return where.toString();
    }

    private boolean everyLocale() {
        return locales.containsAll(LocaleCatalog.standard().tags());
    }

    /**
     * How many rows the filter leaves: the paginator's total, one statement, a sum of the stored counters (a
     * title search counts the rows it finds).
     */
    public long size(Filter filter) {
        if (present(filter.titleContains())) {
            List<Object> parameters = new ArrayList<>();
            String where = where(filter, parameters);
            return where == null
                    ? 0
                    : number(runner.rows("SELECT COUNT(*) FROM work_state WHERE " + where, parameters, 0, -1));
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("source = FALSE AND state <> '" + WorkStates.ARCHIVED + "'");
        if (present(filter.locale())) {
            if (!locales.contains(filter.locale())) {
                return 0;
            }
            parameters.add(filter.locale());
            where.append(" AND locale = ?").append(parameters.size());
        } else if (!everyLocale()) {
            where.append(" AND locale IN (");
            for (int i = 0; i < locales.size(); i++) {
                parameters.add(locales.get(i));
                where.append(i == 0 ? "" : ", ").append('?').append(parameters.size());
            }
            where.append(')');
        }
        if (filter.kind() != null) {
            parameters.add(filter.kind().name());
            where.append(" AND kind = ?").append(parameters.size());
        }
        if (filter.state() != null) {
            parameters.add(filter.state().name());
            where.append(" AND state = ?").append(parameters.size());
        }
        return number(
                runner.rows("SELECT COALESCE(SUM(item_count), 0) FROM work_count WHERE " + where, parameters, 0, -1));
    }

    private static long number(List<Object[]> rows) {
        return ((Number) rows.get(0)[0]).longValue();
    }

    /** The sort key's columns: a column the filter fixes is left out, so the key is the index's. */
    private static List<String> keyColumns(Filter filter) {
        List<String> columns = new ArrayList<>(List.of("state_rank", "source_title"));
        if (filter.kind() == null) {
            columns.add("kind");
        }
        columns.add("item_id");
        if (!present(filter.locale())) {
            columns.add("locale");
        }
        return columns;
    }

    private static List<Object> key(Filter filter, Row row) {
        List<Object> key = new ArrayList<>(List.of(row.state().ordinal(), row.sourceTitle()));
        if (filter.kind() == null) {
            key.add(row.kind().name());
        }
        key.add(row.itemId());
        if (!present(filter.locale())) {
            key.add(row.locale());
        }
        return key;
    }

    /**
     * One page: one statement, by key from the page read before ({@code previous}, may be null) when the page is
     * next to it, else from the nearer end of the list (see {@link Keyset#plan}).
     *
     * @param size the rows of the whole list ({@link #size})
     */
    public Page page(Filter filter, long size, Page previous, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        Keyset.Read read = Keyset.plan(first, max, size, previous == null ? null : previous.window());
        if (where == null || read.limit() <= 0) {
            return new Page(List.of(), new Keyset.Window(first, 0, List.of(), List.of()));
        }
        List<String> columns = keyColumns(filter);
        String sql;
        if (present(filter.locale()) || everyLocale() || locales.size() == 1) {
            sql = "SELECT " + COLUMNS + " FROM work_state WHERE " + where
                    + (read.key() == null ? "" : " AND " + Keyset.beyond(read, columns, parameters))
                    + Keyset.order(read, columns);
        } else {
            // A translator's few locales: one branch per locale, each read in its locale's index order (locale,
            // state, title) up to the rows the page can need, then the few merged. One statement with the locales
            // as a list would scan the whole list's order skipping the other locales' rows: slow when the viewer's
            // locales have few rows in a state others have many of.
            parameters.clear();
            List<String> inLocale = columns.subList(0, columns.size() - 1); // the locale is fixed in a branch
            List<String> branches = new ArrayList<>();
            for (String locale : locales) {
                branches.add("(SELECT " + COLUMNS + ", state_rank FROM work_state WHERE "
                        + where(filter, locale, parameters)
                        + (read.key() == null ? "" : " AND " + Keyset.beyond(read, columns, parameters))
                        + Keyset.order(read, inLocale)
                        + " LIMIT " + ((long) read.offset() + read.limit()) + ")");
            }
            sql = "SELECT " + COLUMNS + " FROM (" + String.join(" UNION ALL ", branches) + ") u"
                    + Keyset.order(read, columns);
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] row : runner.rows(sql, parameters, read.offset(), read.limit())) {
            rows.add(new Row(
                    ItemKind.valueOf((String) row[0]),
                    ((Number) row[1]).longValue(),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    WorkState.valueOf((String) row[5])));
        }
        rows = Keyset.inOrder(read, rows);
        return new Page(
                rows,
                rows.isEmpty()
                        ? new Keyset.Window(first, 0, List.of(), List.of())
                        : new Keyset.Window(
                                first, rows.size(), key(filter, rows.get(0)), key(filter, rows.get(rows.size() - 1))));
    }

    private static final String COLUMNS = "kind, item_id, source_locale, source_title, locale, state";

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
