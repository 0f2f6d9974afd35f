package org.glossa.editorial.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.glossa.content.entity.ItemKind;

/**
 * The translation overview: every item (a line) by every locale (a cell) with where it stands, read from the stored
 * work state ({@link WorkStates}); above it, per locale, how many items are live and how many outdated, from the
 * stored counters. A page is two statements whatever the size of the content: its items, by key beside the page
 * read before (see {@link Keyset}), in the order of the source title, then their cells by primary key.
 *
 * <p>Lines are the items' source rows ({@code source = TRUE}, one per item, an index in title order); filtered by a
 * state in a locale, the rows of that locale in that state (an index by locale, state and title). Either way the
 * sort key is {@code (source_title, kind, item_id)}, the tail of both indexes.
 */
public final class Overview {

    /**
     * What the overview is narrowed to; nulls and blanks mean "any". A state is a state in one locale: both or
     * neither.
     */
    public record Filter(ItemKind kind, String locale, WorkState state, String titleContains) implements Serializable {
        public Filter {
            if ((state == null) != (locale == null || locale.isBlank())) {
                throw new IllegalArgumentException("a state is a state in one locale");
            }
        }
    }

    /** An item in one locale: its state (a {@link WorkState} name, or archived), whether readers see it. */
    public record Cell(String locale, String state, boolean live, boolean source) implements Serializable {}

    /** One item and its cells, in the order of the locales the overview was made with (missing: null). */
    public record Line(ItemKind kind, long itemId, String sourceLocale, String sourceTitle, List<Cell> cells)
            implements Serializable {}

    /** A page as read: its lines and where it lies. */
    public record Page(List<Line> lines, Keyset.Window window) implements Serializable {}

    /** One locale's counters: its items (every item has a cell in every locale), those live, those outdated. */
    public record LocaleCount(String locale, long items, long live, long outdated) implements Serializable {
        /** The share of items live, in percent, rounded down. */
        public int livePercent() {
            return items == 0 ? 0 : (int) (live * 100 / items);
        }
    }

    private static final List<String> KEY = List.of("source_title", "kind", "item_id");

    private final WorkList.Runner runner;
    private final List<String> locales;

    /** @param locales the locales shown as columns, canonical tags */
    public Overview(WorkList.Runner runner, List<String> locales) {
        this.runner = runner;
        this.locales = List.copyOf(locales);
    }

    private String where(Filter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.state() == null) {
            where.append("source = TRUE");
        } else {
            parameters.add(filter.locale());
            where.append("locale = ?").append(parameters.size());
            parameters.add(filter.state().ordinal());
            where.append(" AND state_rank = ?").append(parameters.size());
        }
        if (filter.kind() != null) {
            parameters.add(filter.kind().name());
            where.append(" AND kind = ?").append(parameters.size());
        }
        if (present(filter.titleContains())) {
            parameters.add(
                    "%" + WorkList.likeEscaped(filter.titleContains().strip().toLowerCase(Locale.ROOT)) + "%");
            where.append(" AND LOWER(source_title) LIKE ?")
                    .append(parameters.size())
                    .append(" ESCAPE '\\'");
        }
        return where.toString();
    }

    /** How many lines the filter leaves: a sum of the counters (a title search counts the rows it finds). */
    public long size(Filter filter) {
        List<Object> parameters = new ArrayList<>();
        if (present(filter.titleContains())) {
            return number(runner.rows(
                    "SELECT COUNT(*) FROM work_state WHERE " + where(filter, parameters), parameters, 0, -1));
        }
        StringBuilder where = new StringBuilder();
        if (filter.state() == null) {
            where.append("source = TRUE");
        } else {
            parameters.add(filter.locale());
            where.append("locale = ?").append(parameters.size());
            parameters.add(filter.state().name());
            where.append(" AND state = ?").append(parameters.size());
        }
        if (filter.kind() != null) {
            parameters.add(filter.kind().name());
            where.append(" AND kind = ?").append(parameters.size());
        }
        return number(
                runner.rows("SELECT COALESCE(SUM(item_count), 0) FROM work_count WHERE " + where, parameters, 0, -1));
    }

    /** One page: its items (one statement, by key when beside {@code previous}), then their cells (one more). */
    public Page page(Filter filter, long size, Page previous, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        Keyset.Read read = Keyset.plan(first, max, size, previous == null ? null : previous.window());
        if (read.limit() <= 0) {
            return new Page(List.of(), new Keyset.Window(first, 0, List.of(), List.of()));
        }
        String sql = "SELECT kind, item_id, source_locale, source_title FROM work_state WHERE " + where
                + (read.key() == null ? "" : " AND " + Keyset.beyond(read, KEY, parameters))
                + Keyset.order(read, KEY);
        List<Object[]> items = Keyset.inOrder(read, runner.rows(sql, parameters, read.offset(), read.limit()));
        if (items.isEmpty()) {
            return new Page(List.of(), new Keyset.Window(first, 0, List.of(), List.of()));
        }
        Map<String, Map<String, Cell>> cells = cells(items);
        List<Line> lines = new ArrayList<>();
        for (Object[] item : items) {
            ItemKind kind = ItemKind.valueOf((String) item[0]);
            long id = ((Number) item[1]).longValue();
            Map<String, Cell> byLocale = cells.getOrDefault(kind.name() + "/" + id, Map.of());
            lines.add(new Line(
                    kind,
                    id,
                    (String) item[2],
                    (String) item[3],
                    locales.stream().map(byLocale::get).toList()));
        }
        return new Page(
                lines, new Keyset.Window(first, lines.size(), key(lines.get(0)), key(lines.get(lines.size() - 1))));
    }

    private static List<Object> key(Line line) {
        return List.of(line.sourceTitle(), line.kind().name(), line.itemId());
    }

    /** The cells of the page's items, by primary key: kind and id (a pair of another kind with one of the ids is dropped). */
    private Map<String, Map<String, Cell>> cells(List<Object[]> items) {
        List<Object> parameters = new ArrayList<>();
        String kinds = items.stream()
                .map(i -> (String) i[0])
                .distinct()
                .map(k -> {
                    parameters.add(k);
                    return "?" + parameters.size();
                })
                .collect(Collectors.joining(", "));
        String ids = items.stream()
                .map(i -> ((Number) i[1]).longValue())
                .distinct()
                .map(id -> {
                    parameters.add(id);
                    return "?" + parameters.size();
                })
                .collect(Collectors.joining(", "));
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        for (Object[] row : runner.rows(
                "SELECT kind, item_id, locale, state, live, source FROM work_state WHERE kind IN (" + kinds
                        + ") AND item_id IN (" + ids + ")",
                parameters,
                0,
                -1)) {
            cells.computeIfAbsent(row[0] + "/" + ((Number) row[1]).longValue(), k -> new LinkedHashMap<>())
                    .put(
                            (String) row[2],
                            new Cell(
                                    (String) row[2],
                                    (String) row[3],
                                    WorkStates.bool(row[4]),
                                    WorkStates.bool(row[5])));
        }
        return cells;
    }

    /** Per locale (in the order of the overview's locales): items, live, outdated; one statement over the counters. */
    public List<LocaleCount> counters() {
        Map<String, LocaleCount> counted = new HashMap<>();
        for (Object[] row : runner.rows(
                "SELECT locale, SUM(item_count), SUM(CASE WHEN live THEN item_count ELSE 0 END),"
                        + " SUM(CASE WHEN state = 'OUTDATED' THEN item_count ELSE 0 END)"
                        + " FROM work_count GROUP BY locale",
                List.of(),
                0,
                -1)) {
            counted.put(
                    (String) row[0],
                    new LocaleCount(
                            (String) row[0],
                            ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue()));
        }
        return locales.stream()
                .map(l -> counted.getOrDefault(l, new LocaleCount(l, 0, 0, 0)))
                .toList();
    }

    private static long number(List<Object[]> rows) {
        return ((Number) rows.get(0)[0]).longValue();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
