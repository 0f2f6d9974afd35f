package org.glossa.documents.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.editorial.control.ListCursor;
import org.glossa.editorial.control.WorkStates;
import org.glossa.localization.control.LocaleCatalog;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The editorial API's lists at scale, through HTTP against the uber jar: every post and role live in all 17 locales
 * (850,850 translations), changed at times spread over a year, some in review, some sent back, the source of every
 * twentieth post revised (its translations outdated). For the owner and for a translator of two locales, each filter
 * is read at its first page, along its next links, and from positions in the middle and at the end of the list
 * (cursors made from the rows there, as a client following the links would hold), and by page number deep in the
 * list (page=201, the deepest the API allows) for comparison. The baseline, measured in the same run: PostgreSQL {@code COPY} of the same page's rows by
 * key. Also prints the jar's time from start to ready on that database.
 */
public final class EditorialApiBenchmark {

    static final int PORT = 18490;
    private static final int ROUNDS = 3;
    /**
     * Rounds read before the measured ones and left out of their figures: a server runs warm, and right after start
     * the JIT has compiled little of the request path (the first round's figures are printed on their own).
     */
    private static final int WARM_UP_ROUNDS = 3;

    private static final String OWNER = "benchmark-owner";
    private static final String OWNER_PASSWORD = "benchmark-owner-password";
    private static final String TRANSLATOR = "benchmark-translator";
    private static final String TRANSLATOR_PASSWORD = "benchmark-translator-password";
    private static final Pattern NEXT = Pattern.compile("<[a-z]+://[^/]+(/[^>]*)>; rel=\"next\"");

    private EditorialApiBenchmark() {}

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int roles = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        LocaleCatalog catalog = LocaleCatalog.standard();
        String url = GenerateDocumentsBenchmark.SERVER + GenerateDocumentsBenchmark.DATABASE;
        if (!Boolean.getBoolean("glossa.benchmark.reuse")) {
            long seeding = System.nanoTime();
            GenerateDocumentsBenchmark.recreateDatabase();
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                GenerateDocumentsBenchmark.migrate(c); // Liquibase closes the connection
            }
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                GenerateDocumentsBenchmark.seed(c, catalog, posts, roles, Instant.parse("2026-11-24T12:00:00Z"));
                reshape(c);
                c.setAutoCommit(false);
                new WorkStates(WorkListBenchmark.database(c), catalog.tags()).rebuild();
                c.commit();
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                }
            }
            System.out.printf(Locale.ROOT, "seeded in %,d ms%n", (System.nanoTime() - seeding) / 1_000_000);
        } else {
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                GenerateDocumentsBenchmark.migrate(c);
            }
        }
        try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "");
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT kind, status, COUNT(*) FROM translation GROUP BY 1, 2 ORDER BY 1, 2")) {
            while (r.next()) {
                System.out.printf(
                        Locale.ROOT, "translations %-10s %-9s %,9d%n", r.getString(1), r.getString(2), r.getLong(3));
            }
        }
        Path work = Files.createTempDirectory("glossa-api-benchmark");
        long starting = System.nanoTime();
        Process jar = start(url, work);
        try {
            // HTTP/1.1 as readers' browsers and crawlers speak it to the site: the client's default first tries an
            // upgrade to HTTP/2, and one such request asked while the server was starting never answered.
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            awaitReady(http, jar, work);
            System.out.printf(
                    Locale.ROOT,
                    "the jar started on this database and answered ready in %.1f s (log: %s)%n",
                    (System.nanoTime() - starting) / 1e9,
                    work.resolve("glossa.log"));
            awaitQuiet(jar);
            String owner = basic(OWNER, OWNER_PASSWORD);
            createTranslator(http, owner);
            String translator = basic(TRANSLATOR, TRANSLATOR_PASSWORD);
            Map<String, List<Double>> api = new LinkedHashMap<>();
            Map<String, List<Double>> copy = new LinkedHashMap<>();
            Map<String, List<Double>> byFilter = new LinkedHashMap<>();
            List<Double> firstRound = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                for (int round = 1 - WARM_UP_ROUNDS; round <= ROUNDS; round++) {
                    boolean warmingUp = round <= 0;
                    for (String filter : List.of(
                            "",
                            "status=published",
                            "status=in_review",
                            "locale=de",
                            "locale=de&status=draft",
                            "locale=ar&status=in_review",
                            "outdated=true",
                            "outdated=false",
                            "locale=de&outdated=true")) {
                        Map<String, List<Double>> times = new LinkedHashMap<>();
                        Map<String, List<Double>> copies = warmingUp ? new LinkedHashMap<>() : copy;
                        measure(http, c, owner, "owner", filter, times, copies);
                        if (!filter.isEmpty() && !filter.contains("locale=")) {
                            measure(http, c, translator, "translator (de, ar)", filter, times, copies);
                        }
                        if (warmingUp) {
                            if (round == 1 - WARM_UP_ROUNDS) {
                                times.forEach((what, ms) -> {
                                    if (!what.contains("page=")) {
                                        firstRound.addAll(ms);
                                    }
                                });
                            }
                            continue;
                        }
                        times.forEach((what, ms) -> {
                            api.computeIfAbsent(what, k -> new ArrayList<>()).addAll(ms);
                            if (!what.contains("page=")) {
                                byFilter.computeIfAbsent(
                                                filter.isEmpty() ? "(no filter)" : filter, k -> new ArrayList<>())
                                        .addAll(ms);
                            }
                        });
                    }
                }
            }
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "%-58s %9s %9s %9s %6s | %s%n",
                    "request (all filters, " + ROUNDS + " rounds)",
                    "median",
                    "p95",
                    "max",
                    "n",
                    "COPY of the same rows: median, p95");
            for (String what : api.keySet()) {
                List<Double> baseline = copy.getOrDefault(what, List.of());
                System.out.printf(
                        Locale.ROOT,
                        "%-58s %7.1fms %7.1fms %7.1fms %6d | %s%n",
                        what,
                        percentile(api.get(what), 50),
                        percentile(api.get(what), 95),
                        percentile(api.get(what), 100),
                        api.get(what).size(),
                        baseline.isEmpty()
                                ? "-"
                                : String.format(
                                        Locale.ROOT,
                                        "%.1f ms, %.1f ms",
                                        percentile(baseline, 50),
                                        percentile(baseline, 95)));
            }
            System.out.printf(
                    Locale.ROOT, "%nby filter, the pages read by link or cursor (first, next, middle, end):%n");
            byFilter.forEach((filter, times) -> System.out.printf(
                    Locale.ROOT,
                    "  %-30s median %6.1f ms, p95 %6.1f ms, max %6.1f ms%n",
                    filter,
                    percentile(times, 50),
                    percentile(times, 95),
                    percentile(times, 100)));
            List<Double> byKey = new ArrayList<>();
            api.forEach((what, times) -> {
                if (!what.contains("page=")) {
                    byKey.addAll(times);
                }
            });
            System.out.printf(
                    Locale.ROOT,
                    "%nevery page read by its link or cursor (goal: p95 <= 50 ms): median %.1f ms, p95 %.1f ms, max %.1f ms,"
                            + " %d requests%n",
                    percentile(byKey, 50),
                    percentile(byKey, 95),
                    percentile(byKey, 100),
                    byKey.size());
            System.out.printf(
                    Locale.ROOT,
                    "the first warm-up round, right after start (JIT cold, not in the figures above): median %.1f ms,"
                            + " p95 %.1f ms, max %.1f ms, %d requests%n",
                    percentile(firstRound, 50),
                    percentile(firstRound, 95),
                    percentile(firstRound, 100),
                    firstRound.size());
        } finally {
            jar.destroy();
            if (!jar.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                jar.destroyForcibly();
            }
        }
    }

    /** Times spread over a year, some in review or sent back, every twentieth post's source revised. */
    private static void reshape(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE translation SET updated_at = TIMESTAMP WITH TIME ZONE '2026-11-24 12:00:00+00'"
                    + " - make_interval(secs => (id * 7919) % 31536000) WHERE kind <> 'PROFILE'");
            s.execute("UPDATE translation SET based_on_source_revision = 1 WHERE locale <> 'en'");
            s.execute("UPDATE translation SET revision_number = 2 WHERE locale = 'en' AND post_id % 20 = 0");
            s.execute("UPDATE publication SET revision_number = 2 WHERE locale = 'en' AND post_id % 20 = 0");
            s.execute("UPDATE translation SET status = 'IN_REVIEW' WHERE locale <> 'en' AND post_id % 50 = 1");
            s.execute("UPDATE translation SET status = 'DRAFT', review_comment = 'Please say it more plainly.'"
                    + " WHERE locale <> 'en' AND post_id % 100 = 2");
        }
    }

    private static Process start(String url, Path work) throws IOException {
        return start(url, work, "2g");
    }

    /** The uber jar on this database, its log and document cache in {@code work}, with this much heap at most. */
    static Process start(String url, Path work, String heap) throws IOException {
        return start(url, work, heap, Map.of());
    }

    /** The same, with more environment: configuration the run needs. */
    static Process start(String url, Path work, String heap, Map<String, String> more) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        "java",
                        "-Xmx" + heap,
                        "-jar",
                        Path.of("target/glossa.jar").toAbsolutePath().toString(),
                        "--port",
                        String.valueOf(PORT))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("glossa.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("GLOSSA_DB_URL", url);
        env.put("GLOSSA_DB_USER", GenerateDocumentsBenchmark.USER);
        env.put("GLOSSA_DB_PASSWORD", "");
        env.put("GLOSSA_OWNER_USER", OWNER);
        env.put("GLOSSA_OWNER_PASSWORD", OWNER_PASSWORD);
        env.put("GLOSSA_DOCUMENTS_CACHE_DIRECTORY", work.resolve("documents").toString());
        env.putAll(more);
        return builder.start();
    }

    static void awaitReady(HttpClient http, Process jar, Path work) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (!jar.isAlive()) {
                throw new IllegalStateException("the jar stopped; see " + work.resolve("glossa.log"));
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready in 300 s; see " + work.resolve("glossa.log"));
    }

    /**
     * Waits until the jar's work after start (the documents' first generation, the JIT) is over: its CPU time grows
     * by less than a tenth of a core over three seconds in a row.
     */
    static void awaitQuiet(Process jar) throws Exception {
        long started = System.nanoTime();
        int quiet = 0;
        Duration before = cpu(jar);
        while (quiet < 3 && System.nanoTime() - started < 600e9) {
            Thread.sleep(1000);
            Duration now = cpu(jar);
            quiet = now.minus(before).toMillis() < 100 ? quiet + 1 : 0;
            before = now;
        }
        System.out.printf(
                Locale.ROOT, "the jar's work after start took %.0f s more%n", (System.nanoTime() - started) / 1e9);
    }

    private static Duration cpu(Process jar) {
        return jar.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static void createTranslator(HttpClient http, String owner) throws Exception {
        HttpResponse<String> created = send(
                http,
                owner,
                "POST",
                "/api/v1/users",
                "{\"username\":\"" + TRANSLATOR + "\",\"password\":\"" + TRANSLATOR_PASSWORD
                        + "\",\"displayName\":\"Benchmark translator\",\"locales\":[\"de\",\"ar\"]}");
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("the translator was not created: " + created.body());
        }
    }

    /**
     * One filter for one viewer: the first page, ten pages along the next links, pages after cursors in the middle
     * and near the end of the list, and the deepest page number; each with the COPY of the same rows beside it.
     */
    private static void measure(
            HttpClient http,
            Connection c,
            String authorization,
            String viewer,
            String filter,
            Map<String, List<Double>> api,
            Map<String, List<Double>> copy)
            throws Exception {
        String list = "/api/v1/posts" + (filter.isEmpty() ? "" : "?" + filter);
        String next = list;
        for (int page = 0; page < 11 && next != null; page++) {
            next = timed(
                    http, c, authorization, next, viewer + ", " + (page == 0 ? "first page" : "next link"), api, copy);
        }
        long size = size(c, viewer, filter);
        for (double at : new double[] {0.5, 0.99}) {
            long offset = (long) (size * at);
            ListCursor cursor = cursorAt(c, viewer, filter, offset);
            if (cursor != null) {
                String label = viewer + ", after a cursor " + (at < 0.9 ? "in the middle" : "at the end");
                timed(
                        http,
                        c,
                        authorization,
                        list + (filter.isEmpty() ? "?" : "&") + "after=" + cursor.encoded(),
                        label,
                        api,
                        copy);
            }
        }
        // The deepest page a page number reaches (10,000 rows skipped; the API refuses deeper ones).
        timed(
                http,
                c,
                authorization,
                list + (filter.isEmpty() ? "?" : "&") + "page=201",
                viewer + ", page=201 (10,000 rows skipped)",
                api,
                copy);
    }

    /** Requests one page, records its time and the COPY of its rows; returns the next link's path, if any. */
    private static String timed(
            HttpClient http,
            Connection c,
            String authorization,
            String path,
            String label,
            Map<String, List<Double>> api,
            Map<String, List<Double>> copy)
            throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> page = send(http, authorization, "GET", path, null);
        double ms = (System.nanoTime() - started) / 1e6;
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode() + ": " + page.body());
        }
        api.computeIfAbsent(label, k -> new ArrayList<>()).add(ms);
        List<String> keys = new ArrayList<>();
        for (JsonValue row : Json.createReader(new StringReader(page.body())).readArray()) {
            JsonObject t = row.asJsonObject();
            keys.add("(" + t.getJsonNumber("itemId").longValue() + ", '" + t.getString("locale") + "')");
        }
        if (!keys.isEmpty()) {
            long copying = System.nanoTime();
            new CopyManager(c.unwrap(BaseConnection.class))
                    .copyOut(
                            "COPY (SELECT t.*, p.* FROM translation t LEFT JOIN publication p ON p.translation_id = t.id"
                                    + " AND p.withdrawn_at IS NULL WHERE t.kind = 'POST' AND (t.post_id, t.locale) IN ("
                                    + String.join(", ", keys) + ")) TO STDOUT",
                            OutputStream.nullOutputStream());
            copy.computeIfAbsent(label, k -> new ArrayList<>()).add((System.nanoTime() - copying) / 1e6);
        }
        return page.headers()
                .firstValue("Link")
                .map(NEXT::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .orElse(null);
    }

    /** The list's condition in SQL, as the API applies it (the translator: their locales and the source locale). */
    private static String where(String viewer, String filter) {
        StringBuilder where = new StringBuilder("t.kind = 'POST'");
        for (String part : filter.split("&")) {
            if (part.startsWith("status=")) {
                where.append(" AND t.status = '")
                        .append(part.substring(7).toUpperCase(Locale.ROOT))
                        .append('\'');
            } else if (part.startsWith("locale=")) {
                where.append(" AND t.locale = '").append(part.substring(7)).append('\'');
            } else if (part.startsWith("outdated=")) {
                where.append(part.endsWith("true") ? " AND " : " AND NOT ")
                        .append(
                                "(t.locale <> 'en' AND EXISTS (SELECT 1 FROM publication s WHERE s.post_id = t.post_id"
                                        + " AND s.locale = 'en' AND s.withdrawn_at IS NULL"
                                        + " AND (t.based_on_source_revision IS NULL OR s.revision_number > t.based_on_source_revision)))");
            }
        }
        if (viewer.startsWith("translator")) {
            where.append(" AND t.locale IN ('de', 'ar', 'en')");
        }
        return where.toString();
    }

    private static long size(Connection c, String viewer, String filter) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM translation t WHERE " + where(viewer, filter))) {
            r.next();
            return r.getLong(1);
        }
    }

    private static ListCursor cursorAt(Connection c, String viewer, String filter, long offset) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT t.updated_at, t.id FROM translation t WHERE " + where(viewer, filter)
                                + " ORDER BY t.updated_at DESC, t.id DESC OFFSET " + offset + " LIMIT 1")) {
            return r.next() ? ListCursor.after(r.getTimestamp(1).toInstant(), r.getLong(2)) : null;
        }
    }

    static HttpResponse<String> send(HttpClient http, String authorization, String method, String path, String json)
            throws Exception {
        return sendIfMatch(http, authorization, method, path, json, null);
    }

    static HttpResponse<String> sendIfMatch(
            HttpClient http, String authorization, String method, String path, String json, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static double percentile(List<Double> values, int percent) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
