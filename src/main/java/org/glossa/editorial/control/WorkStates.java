package org.glossa.editorial.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.glossa.content.entity.ItemKind;

/**
 * Where every item stands in every locale, stored ({@code work_state}) rather than computed at read time, with the
 * number of rows per kind, locale, state and liveness beside it ({@code work_count}): the work list and the
 * translation overview read both by index, whatever the size of the content.
 *
 * <p>One rule, in SQL ({@link #grid}): the state of an item in a locale is computed from its translation, its live
 * publication and its source's live revision exactly as the work list always computed it, plus {@code ARCHIVED}
 * (kept, out of the list) and the source locale's own row (never outdated). {@link #refresh} applies it to one
 * item, inside the transaction of the workflow move that changed it; {@link #rebuild} to everything (the demo
 * content's load, the benchmark; the Liquibase changeset {@code 028-work-state} holds the same statement). Both
 * also store each translation's outdatedness by the same rule ({@link #markOutdated}), which the editorial lists
 * filter by (changeset {@code 033-translation-outdated}).
 *
 * <p>Concurrent moves on one item are serialised by locking the item's rows before they are computed again (under
 * read committed the computing statement then sees what the other move committed), so the stored state cannot
 * fall behind. The counters are changed in one order (sorted by their key) and last in the transaction, so two
 * moves never wait for each other's counters in a cycle.
 *
 * <p>A kind is a value here, not a table: a new {@link ItemKind} whose items and translations follow the existing
 * pattern (its table named by its attribute, {@code translation.<attribute>_id}) fits without change.
 */
public final class WorkStates {

    /** The state of a translation the owner retired: stored, out of the work list. */
    public static final String ARCHIVED = "ARCHIVED";

    /** Runs statements with numbered parameters ({@code ?1}): through JPA in the application, JDBC in the benchmark. */
    public interface Database {
        List<Object[]> rows(String sql, List<Object> parameters);

        int update(String sql, List<Object> parameters);

        static Database of(EntityManager em) {
            return new Database() {
                @Override
                public List<Object[]> rows(String sql, List<Object> parameters) {
                    List<Object[]> rows = new ArrayList<>();
                    for (Object row : bound(sql, parameters).getResultList()) {
                        rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
                    }
                    return rows;
                }

                @Override
                public int update(String sql, List<Object> parameters) {
                    return bound(sql, parameters).executeUpdate();
                }

                private Query bound(String sql, List<Object> parameters) {
                    Query query = em.createNativeQuery(sql);
                    for (int i = 0; i < parameters.size(); i++) {
                        query.setParameter(i + 1, parameters.get(i));
                    }
                    return query;
                }
            };
        }
    }

    /** An item of some kind. */
    public record Item(ItemKind kind, long id) {}

    /** One stored row: an item in one locale. */
    public record Stored(
            String locale, String sourceLocale, boolean source, String state, boolean live, String sourceTitle) {}

    static final String COLUMNS = "kind, item_id, locale, source_locale, source, state, state_rank, live, source_title";

    private final Database db;
    private final List<String> locales;

    /** @param locales every locale of the catalog, canonical tags: an item has a row in each */
    public WorkStates(Database db, List<String> locales) {
        this.db = db;
        this.locales = List.copyOf(locales);
    }

    /** The place of a state in the work list's order; archived last, out of the list. */
    public static int rank(String state) {
        return ARCHIVED.equals(state)
                ? WorkState.values().length
                : WorkState.valueOf(state).ordinal();
    }

    /** The rank from which rows are out of the work list. */
    public static final int UNLISTED = WorkState.values().length;

    /**
     * The statement computing the rows of one kind (all its items, or those {@code where} names, given with
     * parameters numbered after the locales'): the rule of this class, in the columns of {@link #COLUMNS} order.
     */
    String grid(ItemKind kind, String where) {
        String values = IntStream.rangeClosed(1, locales.size())
                .mapToObj(i -> "(CAST(?" + i + " AS VARCHAR(35)))")
                .collect(Collectors.joining(", "));
        String ranks = IntStream.range(0, WorkState.values().length)
                        .mapToObj(i -> " WHEN '" + WorkState.values()[i].name() + "' THEN " + i)
                        .collect(Collectors.joining())
                + " ELSE " + UNLISTED;
        String ref = kind.attribute() + "_id";
        return "SELECT g.kind, g.item_id, g.locale, g.source_locale, g.source, g.state, CASE g.state" + ranks
                + " END, g.live, g.title FROM (SELECT '" + kind.name() + "' AS kind, i.id AS item_id, l.locale,"
                + " i.source_locale, CASE WHEN l.locale = i.source_locale THEN TRUE ELSE FALSE END AS source,"
                + " CASE WHEN t.id IS NULL THEN 'MISSING'"
                + " WHEN t.status = 'ARCHIVED' THEN 'ARCHIVED'"
                + " WHEN t.status = 'DRAFT' AND t.review_comment IS NOT NULL THEN 'REJECTED'"
                + " WHEN t.status = 'IN_REVIEW' THEN 'IN_REVIEW'"
                + " WHEN t.status = 'SCHEDULED' THEN 'SCHEDULED'"
                + " WHEN l.locale <> i.source_locale AND EXISTS (SELECT 1 FROM publication sp"
                + " WHERE sp.translation_id = s.id AND sp.withdrawn_at IS NULL"
                + " AND (t.based_on_source_revision IS NULL OR sp.revision_number > t.based_on_source_revision))"
                + " THEN 'OUTDATED'"
                + " WHEN t.status = 'DRAFT' THEN 'DRAFT'"
                + " ELSE 'PUBLISHED' END AS state,"
                + " CASE WHEN EXISTS (SELECT 1 FROM publication p WHERE p.translation_id = t.id"
                + " AND p.withdrawn_at IS NULL) THEN TRUE ELSE FALSE END AS live, s.title"
                + " FROM " + kind.attribute() + " i"
                + " JOIN translation s ON s." + ref + " = i.id AND s.locale = i.source_locale"
                + " CROSS JOIN (VALUES " + values + ") l(locale)"
                + " LEFT JOIN translation t ON t." + ref + " = i.id AND t.locale = l.locale"
                + (where == null ? "" : " WHERE " + where)
                + ") g";
    }

    /**
     * Stores whether each translation of a kind (of one item when {@code itemId} is not null) is outdated, in
     * {@code translation.outdated}, the editorial lists' filter: by the rule of {@code OUTDATED} in {@link #grid},
     * whatever the translation's status. Only the rows whose value changes are written.
     */
    int markOutdated(ItemKind kind, Long itemId) {
        String ref = kind.attribute() + "_id";
        String rule = "CASE WHEN EXISTS (SELECT 1 FROM " + kind.attribute() + " i"
                + " JOIN translation s ON s." + ref + " = i.id AND s.locale = i.source_locale"
                + " JOIN publication sp ON sp.translation_id = s.id AND sp.withdrawn_at IS NULL"
                + " WHERE i.id = t." + ref + " AND t.locale <> i.source_locale"
                + " AND (t.based_on_source_revision IS NULL OR sp.revision_number > t.based_on_source_revision))"
                + " THEN TRUE ELSE FALSE END";
        List<Object> parameters = new ArrayList<>(List.of(kind.name()));
        String ofItem = "";
        if (itemId != null) {
            parameters.add(itemId);
            ofItem = " AND t." + ref + " = ?2";
        }
        return db.update(
                "UPDATE translation t SET outdated = " + rule + " WHERE t.kind = ?1" + ofItem + " AND t.outdated <> "
                        + rule,
                parameters);
    }

    /** Computes every row again: everything deleted, everything inserted, the counters counted. */
    public void rebuild() {
        db.update("DELETE FROM work_count", List.of());
        db.update("DELETE FROM work_state", List.of());
        for (ItemKind kind : ItemKind.values()) {
            db.update("INSERT INTO work_state (" + COLUMNS + ") " + grid(kind, null), new ArrayList<>(locales));
            markOutdated(kind, null);
        }
        db.update(
                "INSERT INTO work_count (kind, locale, state, source, live, item_count)"
                        + " SELECT kind, locale, state, source, live, COUNT(*) FROM work_state"
                        + " GROUP BY kind, locale, state, source, live",
                List.of());
    }

    /**
     * Computes one item's rows again and stores what changed, with the counters. Call it last in the transaction
     * of the move, after the move's writes are flushed.
     */
    public void refresh(Item item) {
        Map<String, Stored> before = new HashMap<>();
        for (Object[] row : db.rows(
                "SELECT locale, source_locale, source, state, live, source_title FROM work_state"
                        + " WHERE kind = ?1 AND item_id = ?2 FOR UPDATE",
                List.of(item.kind().name(), item.id()))) {
            Stored stored = stored(row, 0);
            before.put(stored.locale(), stored);
        }
        markOutdated(item.kind(), item.id());
        Map<String, Stored> after = new HashMap<>();
        for (Stored stored : computed(item)) {
            after.put(stored.locale(), stored);
        }
        Map<Counter, Long> counted = new TreeMap<>(Counter.ORDER);
        for (String locale : locales) {
            Stored was = before.get(locale);
            Stored is = after.get(locale);
            if (Objects.equals(was, is)) {
                continue;
            }
            if (was != null) {
                counted.merge(Counter.of(item.kind(), was), -1L, Long::sum);
            }
            if (is != null) {
                counted.merge(Counter.of(item.kind(), is), 1L, Long::sum);
            }
            store(item, was, is);
        }
        counted.forEach((counter, delta) -> count(counter, delta));
    }

    private void store(Item item, Stored was, Stored is) {
        if (is == null) {
            db.update(
                    "DELETE FROM work_state WHERE kind = ?1 AND item_id = ?2 AND locale = ?3",
                    List.of(item.kind().name(), item.id(), was.locale()));
        } else if (was == null) {
            db.update(
                    "INSERT INTO work_state (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    List.of(
                            item.kind().name(),
                            item.id(),
                            is.locale(),
                            is.sourceLocale(),
                            is.source(),
                            is.state(),
                            rank(is.state()),
                            is.live(),
                            is.sourceTitle()));
        } else {
            db.update(
                    "UPDATE work_state SET source_locale = ?1, source = ?2, state = ?3, state_rank = ?4, live = ?5,"
                            + " source_title = ?6 WHERE kind = ?7 AND item_id = ?8 AND locale = ?9",
                    List.of(
                            is.sourceLocale(),
                            is.source(),
                            is.state(),
                            rank(is.state()),
                            is.live(),
                            is.sourceTitle(),
                            item.kind().name(),
                            item.id(),
                            is.locale()));
        }
    }

    /** A counter's key. */
    record Counter(String kind, String locale, String state, boolean source, boolean live) {
        static final Comparator<Counter> ORDER = Comparator.comparing(Counter::kind)
                .thenComparing(Counter::locale)
                .thenComparing(Counter::state)
                .thenComparing(Counter::source)
                .thenComparing(Counter::live);

        static Counter of(ItemKind kind, Stored row) {
            return new Counter(kind.name(), row.locale(), row.state(), row.source(), row.live());
        }
    }

    private void count(Counter counter, long delta) {
        if (delta == 0) {
            return;
        }
        List<Object> key = List.of(counter.kind(), counter.locale(), counter.state(), counter.source(), counter.live());
        List<Object> parameters = new ArrayList<>(key);
        parameters.add(delta);
        int updated = db.update(
                "UPDATE work_count SET item_count = item_count + ?6"
                        + " WHERE kind = ?1 AND locale = ?2 AND state = ?3 AND source = ?4 AND live = ?5",
                parameters);
        if (updated == 0) {
            db.update(
                    "INSERT INTO work_count (kind, locale, state, source, live, item_count)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    parameters);
        }
    }

    /** Every stored row of one item, for tests and the overview. */
    public List<Stored> of(Item item) {
        List<Stored> rows = new ArrayList<>();
        for (Object[] row : db.rows(
                "SELECT locale, source_locale, source, state, live, source_title FROM work_state"
                        + " WHERE kind = ?1 AND item_id = ?2",
                List.of(item.kind().name(), item.id()))) {
            rows.add(stored(row, 0));
        }
        rows.sort(Comparator.comparing(Stored::locale));
        return rows;
    }

    /** What the rule gives for one item now, computed (not stored). */
    public List<Stored> computed(Item item) {
        List<Object> parameters = new ArrayList<>(locales);
        parameters.add(item.id());
        List<Stored> rows = new ArrayList<>();
        for (Object[] row : db.rows(grid(item.kind(), "i.id = ?" + parameters.size()), parameters)) {
            rows.add(new Stored(
                    (String) row[2], (String) row[3], bool(row[4]), (String) row[5], bool(row[7]), (String) row[8]));
        }
        rows.sort(Comparator.comparing(Stored::locale));
        return rows;
    }

    private static Stored stored(Object[] row, int at) {
        return new Stored(
                (String) row[at],
                (String) row[at + 1],
                bool(row[at + 2]),
                (String) row[at + 3],
                bool(row[at + 4]),
                (String) row[at + 5]);
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
