package org.glossa.documents.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.control.Overview;
import org.glossa.editorial.control.WorkList;
import org.glossa.editorial.control.WorkState;
import org.glossa.editorial.control.WorkStates;
import org.glossa.localization.control.LocaleCatalog;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Times the back office's work list and translation overview on a large content set, through JDBC on PostgreSQL
 * (the application's session settings: no JIT): {@link WorkList}'s total and pages for the owner (17 locales) and a
 * translator of two, with each filter, and {@link Overview}'s counters and pages with its filters. Pages: the first,
 * the next one read by key, one in the middle reached by a jump, the last, and the one before the last read by key.
 * Beside each page, a baseline: PostgreSQL's {@code COPY (SELECT ...) TO STDOUT} of the same rows by primary key,
 * what reading those rows costs at least. Run by {@code src/benchmark/work-list.sh}; arguments: posts (default
 * 50000), roles (default 50).
 *
 * <p>The content is {@link GenerateDocumentsBenchmark}'s (every item live in all 17 locales), reshaped into a
 * translator's reality: the source text (en) and 8 other locales translated, the other 8 missing; every 20th post's
 * source went live again since (its translations outdated), every 50th post's translations in review, every 100th's
 * rejected. The stored work state is then computed by {@link WorkStates#rebuild} (with {@code REUSE=true}, the
 * migration's backfill fills it when the changeset is new; its time is printed).
 */
public final class WorkListBenchmark {

    private static final int RUNS = 5;
    private static final int PAGE = 25;

    private WorkListBenchmark() {}

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int roles = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        LocaleCatalog catalog = LocaleCatalog.standard();
        String url = GenerateDocumentsBenchmark.SERVER + GenerateDocumentsBenchmark.DATABASE;
        if (!Boolean.getBoolean("glossa.benchmark.reuse")) {
            long seeding = System.nanoTime();
            GenerateDocumentsBenchmark.recreateDatabase();
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                GenerateDocumentsBenchmark.migrate(c);
            }
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                GenerateDocumentsBenchmark.seed(c, catalog, posts, roles, Instant.parse("2026-11-24T12:00:00Z"));
                reshape(c, catalog);
                long rebuilding = System.nanoTime();
                c.setAutoCommit(false);
                new WorkStates(database(c), catalog.tags()).rebuild();
                c.commit();
                c.setAutoCommit(true);
                System.out.printf(
                        Locale.ROOT, "work state rebuilt in %,d ms%n", (System.nanoTime() - rebuilding) / 1_000_000);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                }
            }
            System.out.printf(
                    Locale.ROOT, "seeded and reshaped in %,d ms%n", (System.nanoTime() - seeding) / 1_000_000);
        } else {
            long migrating = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                GenerateDocumentsBenchmark.migrate(c);
            }
            System.out.printf(
                    Locale.ROOT,
                    "migrated in %,d ms (with the work state's backfill when its changeset is new)%n",
                    (System.nanoTime() - migrating) / 1_000_000);
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "");
                    Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
        }
        try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM work_state")) {
            r.next();
            System.out.printf(Locale.ROOT, "work_state rows: %,d%n", r.getLong(1));
        }
        // The application's session settings (DriverSelectingDataSource): no JIT.
        Properties session = new Properties();
        session.setProperty("user", GenerateDocumentsBenchmark.USER);
        session.setProperty("options", "-c jit=off");
        List<Double> all = new ArrayList<>();
        List<Double> jumps = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, session)) {
            c.setReadOnly(true);
            workList(c, catalog, all, jumps);
            overview(c, catalog, all, jumps);
        }
        summary(
                "a page and its total, paging (first, next, last, before the last; no filter, every filter, a search)",
                all);
        summary("a jump straight into the middle (a page number far from the current page) and its total", jumps);
    }

    private static void summary(String what, List<Double> pages) {
        double[] sorted =
                pages.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%s, over all of the above: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what,
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
    }

    private static final String HEADER = "%-21s %-26s %9s %7s %7s %7s %7s %7s %7s   %s%n";
    private static final String LINE = "%-21s %-26s %,9d %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f   %s%n";

    private static void workList(Connection c, LocaleCatalog catalog, List<Double> all, List<Double> jumps)
            throws SQLException {
        Map<String, List<String>> viewers = new LinkedHashMap<>();
        viewers.put("owner (17 locales)", catalog.tags());
        viewers.put("translator (de, fr)", List.of("de", "fr"));
        Map<String, WorkList.Filter> filters = new LinkedHashMap<>();
        filters.put("no filter", new WorkList.Filter(null, null, null, null));
        filters.put("state=missing", new WorkList.Filter(WorkState.MISSING, null, null, null));
        filters.put("state=rejected", new WorkList.Filter(WorkState.REJECTED, null, null, null));
        filters.put("state=outdated", new WorkList.Filter(WorkState.OUTDATED, null, null, null));
        filters.put("state=published", new WorkList.Filter(WorkState.PUBLISHED, null, null, null));
        filters.put("locale=de", new WorkList.Filter(null, "de", null, null));
        filters.put("locale=de state=outdated", new WorkList.Filter(WorkState.OUTDATED, "de", null, null));
        filters.put("kind=experience", new WorkList.Filter(null, null, ItemKind.EXPERIENCE, null));
        filters.put("search 'number 4242'", new WorkList.Filter(null, null, null, "number 4242"));
        System.out.println();
        System.out.println("Work list (ms, median of " + RUNS + "; copy: COPY TO STDOUT of the same rows by key,"
                + " first/next/middle/last/before-last)");
        System.out.printf(
                Locale.ROOT,
                HEADER,
                "viewer",
                "filter",
                "rows",
                "total",
                "first",
                "next",
                "middle",
                "last",
                "before",
                "copy");
        for (var viewer : viewers.entrySet()) {
            WorkList list = new WorkList(jdbc(c), viewer.getValue());
            for (var filter : filters.entrySet()) {
                WorkList.Filter f = filter.getValue();
                long rows = list.size(f);
                double countMs = median(() -> list.size(f));
                int middle = (int) Math.max(0, rows / 2 / PAGE * PAGE);
                int last = (int) Math.max(0, (rows - 1) / PAGE * PAGE);
                WorkList.Page first = list.page(f, rows, null, 0, PAGE);
                WorkList.Page lastPage = list.page(f, rows, null, last, PAGE);
                double firstMs = median(() -> list.page(f, rows, null, 0, PAGE));
                double nextMs = median(() -> list.page(f, rows, first, PAGE, PAGE));
                double middleMs = median(() -> list.page(f, rows, null, middle, PAGE));
                double lastMs = median(() -> list.page(f, rows, null, last, PAGE));
                double beforeMs = last >= PAGE ? median(() -> list.page(f, rows, lastPage, last - PAGE, PAGE)) : 0;
                List<String> copies = new ArrayList<>();
                for (WorkList.Page page : List.of(first, list.page(f, rows, null, middle, PAGE), lastPage)) {
                    copies.add(String.format(Locale.ROOT, "%.1f", median(() -> copy(c, workListKeys(page)))));
                }
                all.addAll(List.of(countMs + firstMs, countMs + nextMs, countMs + lastMs, countMs + beforeMs));
                jumps.add(countMs + middleMs);
                System.out.printf(
                        Locale.ROOT,
                        LINE,
                        viewer.getKey(),
                        filter.getKey(),
                        rows,
                        countMs,
                        firstMs,
                        nextMs,
                        middleMs,
                        lastMs,
                        beforeMs,
                        String.join("/", copies));
            }
        }
    }

    private static void overview(Connection c, LocaleCatalog catalog, List<Double> all, List<Double> jumps)
            throws SQLException {
        Overview overview = new Overview(jdbc(c), catalog.tags());
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Overview: per-locale counters (17 locales: items, live, outdated) %.1f ms, median of %d%n",
                median(overview::counters),
                RUNS);
        Map<String, Overview.Filter> filters = new LinkedHashMap<>();
        filters.put("no filter", new Overview.Filter(null, null, null, null));
        filters.put("kind=experience", new Overview.Filter(ItemKind.EXPERIENCE, null, null, null));
        filters.put("outdated in de", new Overview.Filter(null, "de", WorkState.OUTDATED, null));
        filters.put("missing in ar", new Overview.Filter(null, "ar", WorkState.MISSING, null));
        filters.put("published in de", new Overview.Filter(null, "de", WorkState.PUBLISHED, null));
        filters.put("search 'number 4242'", new Overview.Filter(null, null, null, "number 4242"));
        System.out.println("Overview pages of " + PAGE + " items x 17 locales (ms, median of " + RUNS
                + "; copy: COPY TO STDOUT of the same items' rows by key, first/middle/last)");
        System.out.printf(
                Locale.ROOT,
                HEADER,
                "",
                "filter",
                "items",
                "total",
                "first",
                "next",
                "middle",
                "last",
                "before",
                "copy");
        for (var filter : filters.entrySet()) {
            Overview.Filter f = filter.getValue();
            long rows = overview.size(f);
            double countMs = median(() -> overview.size(f));
            int middle = (int) Math.max(0, rows / 2 / PAGE * PAGE);
            int last = (int) Math.max(0, (rows - 1) / PAGE * PAGE);
            Overview.Page first = overview.page(f, rows, null, 0, PAGE);
            Overview.Page lastPage = overview.page(f, rows, null, last, PAGE);
            double firstMs = median(() -> overview.page(f, rows, null, 0, PAGE));
            double nextMs = median(() -> overview.page(f, rows, first, PAGE, PAGE));
            double middleMs = median(() -> overview.page(f, rows, null, middle, PAGE));
            double lastMs = median(() -> overview.page(f, rows, null, last, PAGE));
            double beforeMs = last >= PAGE ? median(() -> overview.page(f, rows, lastPage, last - PAGE, PAGE)) : 0;
            List<String> copies = new ArrayList<>();
            for (Overview.Page page : List.of(first, overview.page(f, rows, null, middle, PAGE), lastPage)) {
                copies.add(String.format(Locale.ROOT, "%.1f", median(() -> copy(c, overviewKeys(page)))));
            }
            all.addAll(List.of(countMs + firstMs, countMs + nextMs, countMs + lastMs, countMs + beforeMs));
            jumps.add(countMs + middleMs);
            System.out.printf(
                    Locale.ROOT,
                    LINE,
                    "",
                    filter.getKey(),
                    rows,
                    countMs,
                    firstMs,
                    nextMs,
                    middleMs,
                    lastMs,
                    beforeMs,
                    String.join("/", copies));
        }
    }

    /** The page's rows as a condition on the primary key. */
    private static String workListKeys(WorkList.Page page) {
        if (page.rows().isEmpty()) {
            return "FALSE";
        }
        return "(kind, item_id, locale) IN ("
                + page.rows().stream()
                        .map(r -> "('" + r.kind().name() + "', " + r.itemId() + ", '" + r.locale() + "')")
                        .collect(Collectors.joining(", "))
                + ")";
    }

    /** The page's items' rows (the line and its 17 cells) as a condition on the primary key. */
    private static String overviewKeys(Overview.Page page) {
        if (page.lines().isEmpty()) {
            return "FALSE";
        }
        return "(kind, item_id) IN ("
                + page.lines().stream()
                        .map(l -> "('" + l.kind().name() + "', " + l.itemId() + ")")
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static void copy(Connection c, String where) {
        try {
            new CopyManager(c.unwrap(BaseConnection.class))
                    .copyOut(
                            "COPY (SELECT kind, item_id, locale, source_locale, source_title, state, live FROM work_state"
                                    + " WHERE " + where + ") TO STDOUT",
                            OutputStream.nullOutputStream());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Timed {
        void run();
    }

    private static double median(Timed timed) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            timed.run();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** The list's statements through JDBC, the page's ends as LIMIT and OFFSET (as EclipseLink adds them). */
    private static WorkList.Runner jdbc(Connection c) {
        return (sql, parameters, first, max) -> {
            WorkList.Sql statement =
                    WorkList.jdbc(sql + (max >= 0 ? " LIMIT " + max + " OFFSET " + first : ""), parameters);
            try (PreparedStatement p = c.prepareStatement(statement.text())) {
                for (int i = 0; i < statement.parameters().size(); i++) {
                    p.setObject(i + 1, statement.parameters().get(i));
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The work state's statements through JDBC. */
    static WorkStates.Database database(Connection c) {
        WorkList.Runner rows = jdbc(c);
        return new WorkStates.Database() {
            @Override
            public List<Object[]> rows(String sql, List<Object> parameters) {
                return rows.rows(sql, parameters, 0, -1);
            }

            @Override
            public int update(String sql, List<Object> parameters) {
                WorkList.Sql statement = WorkList.jdbc(sql, parameters);
                try (PreparedStatement p = c.prepareStatement(statement.text())) {
                    for (int i = 0; i < statement.parameters().size(); i++) {
                        p.setObject(i + 1, statement.parameters().get(i));
                    }
                    return p.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** From every item live in every locale to the mix described in the class comment. */
    private static void reshape(Connection c, LocaleCatalog catalog) throws SQLException {
        List<String> others =
                catalog.tags().stream().filter(t -> !t.equals("en")).toList();
        String missing = String.join(
                ",",
                others.subList(8, others.size()).stream()
                        .map(t -> "'" + t + "'")
                        .toList());
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM publication WHERE locale IN (" + missing + ")");
            s.execute("DELETE FROM translation WHERE locale IN (" + missing + ")");
            s.execute("UPDATE translation SET based_on_source_revision = 1 WHERE locale <> 'en'");
            s.execute("UPDATE translation SET revision_number = 2 WHERE locale = 'en' AND post_id % 20 = 0");
            s.execute("UPDATE publication SET revision_number = 2 WHERE locale = 'en' AND post_id % 20 = 0");
            s.execute("UPDATE translation SET status = 'IN_REVIEW' WHERE locale <> 'en' AND post_id % 50 = 1");
            s.execute("UPDATE translation SET status = 'DRAFT', review_comment = 'Please say it more plainly.'"
                    + " WHERE locale <> 'en' AND post_id % 100 = 2");
        }
    }
}
