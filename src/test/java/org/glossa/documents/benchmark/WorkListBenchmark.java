package org.glossa.documents.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.control.WorkList;
import org.glossa.editorial.control.WorkState;
import org.glossa.localization.control.LocaleCatalog;

/**
 * Times the back office's work list on a large content set: {@link WorkList}'s total and one page, through
 * JDBC on PostgreSQL (the application's session settings: no JIT), for the owner (17 locales) and a translator of two, with each filter, at
 * the first, middle and last page. Run by {@code src/benchmark/work-list.sh}; arguments: posts (default 50000),
 * roles (default 50).
 *
 * <p>The content is {@link GenerateDocumentsBenchmark}'s (every item live in all 17 locales), reshaped into a
 * translator's reality: the source text (en) and 8 other locales translated, the other 8 missing; every 20th post's
 * source went live again since (its translations outdated), every 50th post's translations in review, every 100th's
 * rejected.
 */
public final class WorkListBenchmark {

    private static final int RUNS = 3;
    private static final int PAGE = 10;

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
            }
            System.out.printf(
                    Locale.ROOT, "seeded and reshaped in %,d ms%n", (System.nanoTime() - seeding) / 1_000_000);
        } else {
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                GenerateDocumentsBenchmark.migrate(c);
            }
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "");
                    Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
        Map<String, List<String>> viewers = new LinkedHashMap<>();
        viewers.put("owner (17 locales)", catalog.tags());
        viewers.put("translator (de, fr)", List.of("de", "fr"));
        Map<String, WorkList.Filter> filters = new LinkedHashMap<>();
        filters.put("no filter", new WorkList.Filter(null, null, null, null));
        filters.put("state=missing", new WorkList.Filter(WorkState.MISSING, null, null, null));
        filters.put("state=rejected", new WorkList.Filter(WorkState.REJECTED, null, null, null));
        filters.put("state=outdated", new WorkList.Filter(WorkState.OUTDATED, null, null, null));
        filters.put("locale=de", new WorkList.Filter(null, "de", null, null));
        filters.put("kind=experience", new WorkList.Filter(null, null, ItemKind.EXPERIENCE, null));
        filters.put("search 'number 4242'", new WorkList.Filter(null, null, null, "number 4242"));
        System.out.printf(
                Locale.ROOT,
                "%-21s %-22s %10s %12s %12s %12s %12s%n",
                "viewer",
                "filter",
                "rows",
                "total ms",
                "first ms",
                "middle ms",
                "last ms");
        List<Double> all = new ArrayList<>();
        // The application's session settings (DriverSelectingDataSource): no JIT.
        Properties session = new Properties();
        session.setProperty("user", GenerateDocumentsBenchmark.USER);
        session.setProperty("options", "-c jit=off");
        try (Connection c = DriverManager.getConnection(url, session)) {
            c.setReadOnly(true);
            for (var viewer : viewers.entrySet()) {
                WorkList list = new WorkList(jdbc(c), viewer.getValue());
                for (var filter : filters.entrySet()) {
                    WorkList.Filter f = filter.getValue();
                    long rows = list.size(f);
                    double countMs = median(() -> list.size(f));
                    int middle = (int) Math.max(0, rows / 2 / PAGE * PAGE);
                    int last = (int) Math.max(0, (rows - 1) / PAGE * PAGE);
                    // Each page as a first visit to it: no state counted yet.
                    double firstMs = median(() -> list.page(f, rows, new EnumMap<>(WorkState.class), 0, PAGE));
                    double middleMs = median(() -> list.page(f, rows, new EnumMap<>(WorkState.class), middle, PAGE));
                    double lastMs = median(() -> list.page(f, rows, new EnumMap<>(WorkState.class), last, PAGE));
                    all.addAll(List.of(countMs + firstMs, countMs + middleMs, countMs + lastMs));
                    System.out.printf(
                            Locale.ROOT,
                            "%-21s %-22s %,10d %12.1f %12.1f %12.1f %12.1f%n",
                            viewer.getKey(),
                            filter.getKey(),
                            rows,
                            countMs,
                            firstMs,
                            middleMs,
                            lastMs);
                }
            }
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "a page with the total (what the back office runs), over all of the above: median %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms%n",
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
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
            s.execute("VACUUM ANALYZE");
        }
    }
}
