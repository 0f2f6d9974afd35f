package org.glossa.documents.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.glossa.content.control.PublicationLinksBackfill;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Workplace;
import org.glossa.documents.boundary.DocumentStore;
import org.glossa.documents.control.BodyLinkCheck;
import org.glossa.documents.control.ChangedItems;
import org.glossa.documents.control.DatabaseContent;
import org.glossa.documents.control.DocumentTable;
import org.glossa.documents.control.GeneratedDocument;
import org.glossa.documents.control.GenerationObserver;
import org.glossa.documents.control.GroupStatuses;
import org.glossa.documents.control.LiveBodies;
import org.glossa.documents.control.PartPlan;
import org.glossa.documents.control.PermalinkCheck;
import org.glossa.documents.control.PermalinkFindings;
import org.glossa.documents.control.SiteDocuments;
import org.glossa.documents.control.SitemapLimits;
import org.glossa.documents.control.StoredSite;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.PageStatus.Target;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.domains.control.SitePaths;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.site.control.ContentReadWhenAsked;
import org.glossa.site.control.Pages;
import org.glossa.site.control.SiteSnapshot;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Generates and stores every locale's sitemaps, news sitemap and feed, the x-default sitemap and every robots.txt
 * for a large content set, with the production path: content read from PostgreSQL page by page
 * ({@link DatabaseContent}), documents spooled and stored in chunks ({@link DocumentTable}), one transaction per
 * site. Run by {@code src/benchmark/generate-documents.sh}; arguments: posts (default 20000), roles (default 50).
 *
 * <p>The content is seeded into a database of its own (dropped and created again each run) before the clock
 * starts: every post and role live in all 17 locales, the worst case for alternates, and every tenth post's body
 * linking to the post before it and to the blog (what the permalink check's body clause reads). Then the documents are
 * generated twice: a first run that writes everything, and a second over unchanged content that writes nothing
 * (what the periodic safety net costs).
 */
public final class GenerateDocumentsBenchmark {

    static final String DATABASE = System.getProperty("glossa.benchmark.database", "glossa_benchmark");
    static final String SERVER = System.getProperty("glossa.benchmark.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("glossa.benchmark.user", "postgres");

    /** Kept, so that the level set on it stays: Liquibase reports every changeset at INFO. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private GenerateDocumentsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int roles = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        LocaleCatalog catalog = LocaleCatalog.standard();
        Instant now = Instant.parse("2026-11-24T12:00:00Z");

        StringBuilder spec = new StringBuilder();
        for (String tag : catalog.tags()) {
            spec.append(tag)
                    .append("=https://")
                    .append(tag.toLowerCase(Locale.ROOT))
                    .append(".example.com,");
        }
        spec.append("x-default=https://example.com");
        SiteDirectory sites = SiteDirectory.parse(spec.toString(), catalog);

        boolean reuse = Boolean.getBoolean("glossa.benchmark.reuse");
        if (!reuse) {
            recreateDatabase();
        }
        long seeding = System.nanoTime();
        try (Connection migrations = DriverManager.getConnection(SERVER + DATABASE, USER, "")) {
            migrate(migrations);
        }
        // The second connection reads each item group's statuses ahead, as PageStatuses reads them on the managed
        // executor (a connection of its own from the pool) while the group before renders.
        ExecutorService readsAhead = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "statuses-ahead");
            thread.setDaemon(true);
            return thread;
        });
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, USER, "");
                Connection aheadConnection = DriverManager.getConnection(SERVER + DATABASE, USER, "")) {
            if (!reuse) {
                seed(connection, catalog, posts, roles, now);
            }
            System.out.printf(
                    Locale.ROOT,
                    "seeded:                 %,d posts + %,d roles in %d locales (%,d publications) in %,d ms%n",
                    posts,
                    roles,
                    catalog.all().size(),
                    (long) (posts + roles) * catalog.all().size(),
                    (System.nanoTime() - seeding) / 1_000_000);
            connection.setAutoCommit(false);
            SitemapLimits limits = new SitemapLimits(50_000, 52_428_800L);
            // The third run is what a new post costs when it is live in one locale only: the request
            // regenerates that locale (and x-default and robots.txt). The fourth is a post revised in every locale
            // (a burst of 17 approvals, coalesced into one run); the fifth, a full run after it with nothing new.
            Map<String, List<LocaleDefinition>> runs = new LinkedHashMap<>();
            Map<String, Runnable> before = new HashMap<>();
            boolean rerender = reuse && Boolean.getBoolean("glossa.benchmark.rerender");
            if (!reuse || rerender) {
                runs.put("first run (all new)", catalog.all());
            }
            if (rerender) {
                // Every stored document goes, so that the first run renders everything again on the same seed.
                try (Statement delete = connection.createStatement()) {
                    delete.executeUpdate("DELETE FROM published_document");
                }
                connection.commit();
            }
            runs.put("second run (unchanged)", catalog.all());
            runs.put("one locale, a new post live in de only", List.of(catalog.get("de")));
            before.put("one locale, a new post live in de only", () -> newPostInGerman(connection, now));
            runs.put("every locale, a post revised in all 17", catalog.all());
            before.put(
                    "every locale, a post revised in all 17", () -> revise(connection, posts / 3, catalog.tags(), now));
            runs.put("full run after them (unchanged)", catalog.all());
            // The two rounds of requests plan from the groups of the items their requests name, as Regeneration does.
            Map<String, Callable<ChangedItems>> requested = new HashMap<>();
            requested.put(
                    "one locale, a new post live in de only",
                    () -> new ChangedItems(Set.of(newestPost(connection)), Set.of()));
            requested.put(
                    "every locale, a post revised in all 17",
                    () -> new ChangedItems(Set.of((long) posts / 3), Set.of()));
            long firstRunMs = -1;
            long firstRunBytes = 0;
            for (Map.Entry<String, List<LocaleDefinition>> entry : runs.entrySet()) {
                String run = entry.getKey();
                before.getOrDefault(run, () -> {}).run();
                System.gc();
                resetPeaks();
                HeapSampler sampler = HeapSampler.start();
                Totals totals = new Totals();
                long started = System.nanoTime();
                // As a regeneration does it: each locale's generation checked before it is stored (statuses read
                // per site when the check first asks about it), then the links of the live bodies, then the
                // alternates paired.
                // First the plan: which item groups changed since they were stored (Regeneration does the same).
                Map<String, Map<String, String>> stored = new HashMap<>();
                for (LocaleDefinition locale : entry.getValue()) {
                    stored.put(
                            locale.tag(),
                            totals.site(connection, locale.tag(), now).partStamps());
                }
                SiteDocuments planner = new SiteDocuments(sites, catalog, new DatabaseContent(connection), limits);
                PartPlan plan = requested.containsKey(run)
                        ? planner.plan(
                                entry.getValue(), stored, requested.get(run).call())
                        : planner.plan(entry.getValue(), stored);
                connection.commit();
                long planMs = (System.nanoTime() - started) / 1_000_000;
                List<LocaleDefinition> checked = entry.getValue().stream()
                        .filter(l -> plan.rendersItems(l.tag()))
                        .toList();
                PermalinkFindings findings = new PermalinkFindings();
                // As Regeneration: the parts' URLs against the rendered groups' items, the bodies' links against whole
                // sites.
                ReadTimes readTimes = new ReadTimes();
                GroupStatuses listed = new GroupStatuses(
                        group -> new LazyStatuses(aheadConnection, sites, catalog, group, true, readTimes)
                                .readingAhead(readsAhead),
                        ranges -> new LazyStatuses(connection, sites, catalog, ranges, false, readTimes),
                        plan.renderedRanges());
                LazyStatuses statuses = new LazyStatuses(connection, sites, catalog, null, false, readTimes);
                PermalinkCheck check = new PermalinkCheck(sites, catalog, listed, checked, findings);
                BodyLinkCheck bodies = new BodyLinkCheck(InternalLinks.of(sites), statuses, findings);
                long checkNanos = 0;
                // As Regeneration: the groups to render, group by group, before each locale's documents are stored.
                SiteDocuments.RenderedParts preRendered = checked.isEmpty()
                        ? SiteDocuments.RenderedParts.NONE
                        : new SiteDocuments(sites, catalog, new DatabaseContent(connection), limits)
                                .preRender(
                                        entry.getValue(),
                                        plan,
                                        locale -> checked.contains(locale) ? check.observer(locale)::listed : url -> {},
                                        listed::focus,
                                        DocumentStore.PRE_RENDERED_SPOOL_BYTES);
                listed.unfocus();
                connection.commit();
                for (LocaleDefinition locale : entry.getValue()) {
                    StoredSite site = totals.site(connection, locale.tag(), now);
                    List<GeneratedDocument> generated = new ArrayList<>();
                    GenerationObserver observer =
                            checked.contains(locale) ? check.observer(locale) : GenerationObserver.NONE;
                    List<String> names = new SiteDocuments(sites, catalog, new DatabaseContent(connection), limits)
                            .generate(locale, now, generated::add, observer::listed, plan, site, preRendered);
                    observer.generated(generated, names);
                    generated.forEach(totals.counting(site));
                    site.keepOnly(names);
                    totals.written += site.written();
                    connection.commit();
                }
                preRendered.close();
                long bodiesStarted = System.nanoTime();
                AtomicLong bodiesRead = new AtomicLong();
                LiveBodies.read(connection, checked, body -> {
                    bodiesRead.incrementAndGet();
                    bodies.inspect(body);
                });
                bodies.finish();
                long bodiesNanos = System.nanoTime() - bodiesStarted;
                connection.commit();
                long finishStarted = System.nanoTime();
                check.finish();
                checkNanos += System.nanoTime() - finishStarted + check.elapsedNanos() + bodiesNanos;
                SiteDocuments generator = new SiteDocuments(sites, catalog, new DatabaseContent(connection), limits);
                StoredSite xDefault = totals.site(connection, Site.X_DEFAULT, now);
                xDefault.keepOnly(generator.generateXDefault(now, totals.counting(xDefault)));
                totals.written += xDefault.written();
                for (String host : generator.hosts()) {
                    StoredSite robots = totals.site(connection, host, now);
                    totals.counting(robots).accept(generator.robots(host, now));
                    totals.written += robots.written();
                }
                connection.commit();
                long elapsedMs = (System.nanoTime() - started) / 1_000_000;
                long sampledPeak = sampler.stop();
                System.out.printf(Locale.ROOT, "%s:%n", run);
                System.out.printf(
                        Locale.ROOT,
                        "  plan:                 %,d sitemap group(s) to render, %,d kept unchanged, planned in %,d ms%n",
                        plan.renderedGroups(),
                        plan.keptGroups(),
                        planMs);
                System.out.printf(
                        Locale.ROOT,
                        "  documents generated:  %,d (%,d stored, the rest unchanged)%n",
                        totals.documents,
                        totals.written);
                System.out.printf(
                        Locale.ROOT,
                        "  bytes generated:      %,d (largest document %,d)%n",
                        totals.bytes.get(),
                        totals.largest);
                System.out.printf(
                        Locale.ROOT,
                        "  bytes stored:         %,d gzip, inflated when read (%,d uncompressed)%n",
                        storedBytes(connection),
                        uncompressedBytes(connection));
                System.out.printf(Locale.ROOT, "  elapsed:              %,d ms%n", elapsedMs);
                long checkMs = checkNanos / 1_000_000;
                System.out.printf(
                        Locale.ROOT,
                        "  generation:           %,d ms; permalink check %,d ms (%.1f %% of the run: %,d ms reading the"
                                + " content of %d site(s) (item groups' read ahead on another thread, the run waiting"
                                + " %,d ms for them), %,d ms reading %,d live bodies with links and checking them"
                                + " (the content their links are checked against read meanwhile),"
                                + " the rest resolving each URL as it is written and its x-default, pairing the"
                                + " alternates, reading each sitemap index back), %,d finding(s)%n",
                        elapsedMs - checkMs,
                        checkMs,
                        elapsedMs == 0 ? 0.0 : 100.0 * checkMs / elapsedMs,
                        readTimes.nanos / 1_000_000,
                        readTimes.reads,
                        readTimes.waitedNanos / 1_000_000,
                        bodiesNanos / 1_000_000,
                        bodiesRead.get(),
                        findings.total());
                System.out.printf(
                        Locale.ROOT,
                        "  peak heap:            %,d MiB used at most (sampled every 5 ms, garbage included) of -Xmx %,d MiB%n",
                        sampledPeak >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
                System.out.printf(Locale.ROOT, "  heap after full GC:   %,d MiB%n", liveHeap() >> 20);
                if (run.startsWith("first run")) {
                    firstRunMs = elapsedMs;
                    firstRunBytes = totals.bytes.get();
                }
            }
            if (firstRunMs >= 0) {
                printLimits(connection, firstRunMs, firstRunBytes);
            }
        }
    }

    /**
     * How many site reads the statuses of a run made, how long they took, and how long the run waited for those read
     * ahead. Added to by the thread that reads ahead too.
     */
    private static final class ReadTimes {
        int reads;
        long nanos;
        long waitedNanos;

        synchronized void read(long started) {
            reads++;
            nanos += System.nanoTime() - started;
        }

        synchronized void waited(long started) {
            waitedNanos += System.nanoTime() - started;
        }
    }

    /**
     * The site's page statuses as {@code site.boundary.PageStatuses} answers them: each site's live publications read
     * when a status on that site is first asked, or, for some items only, every locale's at once (with plain JDBC,
     * into the same {@link SiteSnapshot} the site reads with JPA; the seed has no former slugs), answered by the same
     * dispatch ({@link Pages#resolve}). Times its reads.
     */
    private static final class LazyStatuses implements PageStatus {
        private final Connection connection;
        private final SiteDirectory sites;
        private final LocaleCatalog catalog;
        /** At most two sites held, as {@code PageStatuses} holds them: a site asked about again is read again. */
        private final Map<String, Pages> bySite = new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pages> eldest) {
                return size() > 2;
            }
        };

        private static final String EVERY_LOCALE = "*";

        private final boolean everyLocale;
        private final String within;
        private final String postsWithin;
        private final String rolesWithin;
        /** Shared by every group's statuses: a group's content is garbage once the next group is checked. */
        private final ReadTimes times;

        /**
         * @param only       the items whose content is read (null: every item), as {@code PageResolver.fresh(only)}
         * @param everyLocale every locale's content of them read at once, as {@code PageResolver.freshForGroup}
         */
        LazyStatuses(
                Connection connection,
                SiteDirectory sites,
                LocaleCatalog catalog,
                ItemRanges only,
                boolean everyLocale,
                ReadTimes times) {
            this.times = times;
            this.connection = connection;
            this.sites = sites;
            this.catalog = catalog;
            this.everyLocale = everyLocale;
            this.within = only == null ? "" : within(only);
            this.postsWithin = only == null ? "" : " WHERE " + ids(only.posts());
            this.rolesWithin = only == null ? "" : " WHERE " + ids(only.roles());
        }

        /** As the site reads its items: only those whose texts it read (by id), not the whole table. */
        private static String ids(List<ItemRanges.Range> ranges) {
            return ranges.isEmpty()
                    ? "1 = 0"
                    : ranges.stream()
                            .map(r -> "id BETWEEN " + r.first() + " AND " + r.last())
                            .collect(java.util.stream.Collectors.joining(" OR ", "(", ")"));
        }

        private static String within(ItemRanges only) {
            List<String> any = new ArrayList<>();
            only.posts().forEach(r -> any.add("post_id BETWEEN " + r.first() + " AND " + r.last()));
            only.roles().forEach(r -> any.add("experience_id BETWEEN " + r.first() + " AND " + r.last()));
            return any.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", any) + ")";
        }

        /** Set by {@link #readingAhead}: the group's content, read on another thread. */
        private Future<SiteSnapshot> ahead;

        /**
         * As {@code PageStatuses.freshForGroup}: every locale's content of the group read at once, on {@code reader},
         * for the first status to wait for. Its connection must be used by that thread only.
         */
        LazyStatuses readingAhead(ExecutorService reader) {
            ahead = reader.submit(() -> timedRead(EVERY_LOCALE));
            return this;
        }

        private SiteSnapshot readAhead() {
            long started = System.nanoTime();
            try {
                return ahead.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                times.waited(started);
            }
        }

        @Override
        public int of(Site site, String rawPath) {
            // For a group, every locale's content of its items is read at once, as PageStatuses reads it.
            String key = site.xDefault()
                    ? Site.X_DEFAULT
                    : everyLocale ? EVERY_LOCALE : site.locale().tag();
            Pages pages = bySite.get(key);
            if (pages == null) {
                // As PageStatuses: the language chooser needs no content, and a site's is read when an item's URL
                // is first asked about (its home, blog and experience index need none).
                pages = new Pages(
                        sites,
                        catalog,
                        site.xDefault()
                                ? SiteSnapshot.empty()
                                : new ContentReadWhenAsked(() -> ahead != null ? readAhead() : timedRead(key)),
                        ids -> Map.of(),
                        ZoneOffset.UTC,
                        YearMonth.of(2026, 11),
                        10);
                bySite.put(key, pages);
            }
            return pages.resolve(site, rawPath).status();
        }

        /**
         * As {@code PageStatuses} answers the links of a batch of bodies: whole sites only, each locale's item pages
         * from the rows of their slugs (the benchmark's seed has no former slugs), any other page as {@link #of}.
         */
        @Override
        public int[] ofAll(List<Target> targets) {
            if (everyLocale || !within.isEmpty()) {
                return PageStatus.super.ofAll(targets);
            }
            int[] statuses = new int[targets.size()];
            Map<String, List<Integer>> itemsBySite = new LinkedHashMap<>();
            for (int i = 0; i < statuses.length; i++) {
                Target target = targets.get(i);
                if (!target.site().xDefault()
                        && SitePaths.page(target.rawPath()).orElse(null) instanceof SitePaths.Item) {
                    itemsBySite
                            .computeIfAbsent(target.site().locale().tag(), k -> new ArrayList<>())
                            .add(i);
                } else {
                    statuses[i] = of(target.site(), target.rawPath());
                }
            }
            for (Map.Entry<String, List<Integer>> items : itemsBySite.entrySet()) {
                Map<ItemKind, Set<String>> slugs = new EnumMap<>(ItemKind.class);
                for (int i : items.getValue()) {
                    Target target = targets.get(i);
                    SitePaths.Item item =
                            (SitePaths.Item) SitePaths.page(target.rawPath()).orElseThrow();
                    slugs.computeIfAbsent(item.kind(), k -> new HashSet<>())
                            .add(SlugPolicy.canonicalForm(
                                    item.slug(), target.site().locale()));
                }
                Pages read = new Pages(
                        sites,
                        catalog,
                        timed(() -> slugSnapshot(items.getKey(), slugs)),
                        ids -> Map.of(),
                        ZoneOffset.UTC,
                        YearMonth.of(2026, 11),
                        10);
                for (int i : items.getValue()) {
                    Target target = targets.get(i);
                    int status = read.resolve(target.site(), target.rawPath()).status();
                    statuses[i] = status == 200 || status == 301 ? status : of(target.site(), target.rawPath());
                }
            }
            return statuses;
        }

        /** The columns and rows {@code SiteSnapshots.readSlugs} reads: the live rows at these slugs, then their items. */
        private SiteSnapshot slugSnapshot(String locale, Map<ItemKind, Set<String>> slugs) throws SQLException {
            Map<Long, Map<String, SiteSnapshot.LiveText>> posts = new HashMap<>();
            Map<Long, Map<String, SiteSnapshot.LiveText>> roles = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement("""
                    SELECT id, kind, post_id, experience_id, locale, slug, first_published_at, published_at
                    FROM publication WHERE withdrawn_at IS NULL AND kind = ? AND locale = ? AND live_slug = ANY (?)""")) {
                for (Map.Entry<ItemKind, Set<String>> kind : slugs.entrySet()) {
                    s.setString(1, kind.getKey().name());
                    s.setString(2, locale);
                    s.setArray(
                            3, connection.createArrayOf("text", kind.getValue().toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        addLive(r, posts, roles);
                    }
                }
            }
            return new SiteSnapshot(
                    "Mira Lindqvist-Osei",
                    Map.of(),
                    postItems(posts, " WHERE id = ANY (?)", posts.keySet()),
                    roleItems(roles, " WHERE id = ANY (?)", roles.keySet()));
        }

        private SiteSnapshot timed(Callable<SiteSnapshot> read) {
            long started = System.nanoTime();
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                times.read(started);
            }
        }

        private SiteSnapshot timedRead(String locale) {
            long started = System.nanoTime();
            try {
                return snapshot(locale);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                times.read(started);
            }
        }

        private SiteSnapshot snapshot(String locale) throws SQLException {
            Map<Long, Map<String, SiteSnapshot.LiveText>> posts = new HashMap<>();
            Map<Long, Map<String, SiteSnapshot.LiveText>> roles = new HashMap<>();
            // The columns SiteSnapshots.readLocale reads (no titles, summaries or places: statuses need none).
            boolean every = locale.equals(EVERY_LOCALE);
            try (PreparedStatement s =
                    connection.prepareStatement("""
                    SELECT id, kind, post_id, experience_id, locale, slug, first_published_at, published_at
                    FROM publication WHERE withdrawn_at IS NULL""" + (every ? "" : " AND locale = ?") + within + " ORDER BY id")) {
                s.setFetchSize(5_000);
                if (!every) {
                    s.setString(1, locale);
                }
                try (ResultSet r = s.executeQuery()) {
                    addLive(r, posts, roles);
                }
            }
            return new SiteSnapshot(
                    "Mira Lindqvist-Osei",
                    Map.of(),
                    postItems(posts, postsWithin, null),
                    roleItems(roles, rolesWithin, null));
        }

        private static void addLive(
                ResultSet r,
                Map<Long, Map<String, SiteSnapshot.LiveText>> posts,
                Map<Long, Map<String, SiteSnapshot.LiveText>> roles)
                throws SQLException {
            while (r.next()) {
                SiteSnapshot.LiveText text = new SiteSnapshot.LiveText(
                        r.getLong(1),
                        r.getString(5),
                        r.getString(6),
                        "",
                        "",
                        "",
                        r.getTimestamp(7).toInstant(),
                        r.getTimestamp(8).toInstant());
                boolean post = r.getString(2).equals("POST");
                (post ? posts : roles)
                        .computeIfAbsent(r.getLong(post ? 3 : 4), k -> new HashMap<>())
                        .put(text.locale(), text);
            }
        }

        /** @param ids the ids bound to {@code where}'s one array parameter (null: it has none) */
        private List<SiteSnapshot.PostItem> postItems(
                Map<Long, Map<String, SiteSnapshot.LiveText>> posts, String where, Set<Long> ids) throws SQLException {
            List<SiteSnapshot.PostItem> postItems = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT id, source_locale FROM post" + where)) {
                if (ids != null) {
                    s.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, SiteSnapshot.LiveText> texts = posts.get(r.getLong(1));
                        if (texts != null) {
                            postItems.add(new SiteSnapshot.PostItem(r.getLong(1), r.getString(2), null, texts));
                        }
                    }
                }
            }
            return postItems;
        }

        /** @param ids the ids bound to {@code where}'s one array parameter (null: it has none) */
        private List<SiteSnapshot.ExperienceItem> roleItems(
                Map<Long, Map<String, SiteSnapshot.LiveText>> roles, String where, Set<Long> ids) throws SQLException {
            List<SiteSnapshot.ExperienceItem> roleItems = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT id, source_locale, organisation, start_month, sort_order FROM experience" + where)) {
                if (ids != null) {
                    s.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, SiteSnapshot.LiveText> texts = roles.get(r.getLong(1));
                        if (texts != null) {
                            roleItems.add(new SiteSnapshot.ExperienceItem(
                                    r.getLong(1),
                                    r.getString(2),
                                    r.getString(3),
                                    EmploymentType.FULL_TIME,
                                    Workplace.REMOTE,
                                    YearMonth.from(r.getDate(4).toLocalDate()),
                                    null,
                                    r.getInt(5),
                                    texts));
                        }
                    }
                }
            }
            return roleItems;
        }
    }

    /** Counts what the generator produces on its way into the store. */
    private static final class Totals {
        long documents;
        long largest;
        long written;
        final AtomicLong bytes = new AtomicLong();

        StoredSite site(Connection connection, String key, Instant now) {
            return new StoredSite(new DocumentTable(connection), key, now);
        }

        java.util.function.Consumer<GeneratedDocument> counting(StoredSite site) {
            return document -> {
                documents++;
                bytes.addAndGet(document.content().length());
                largest = Math.max(largest, document.content().length());
                site.accept(document);
            };
        }
    }

    /**
     * A new version of post {@code id} in each of {@code locales}, as an approval makes it: the live row withdrawn, a
     * row with a new slug live (published now).
     */
    private static void revise(Connection connection, long id, List<String> locales, Instant now) {
        try (PreparedStatement withdraw = connection.prepareStatement(
                        "UPDATE publication SET withdrawn_at = ?::timestamptz, live_slug = NULL"
                                + " WHERE post_id = ? AND locale = ? AND withdrawn_at IS NULL RETURNING translation_id,"
                                + " slug, title, summary, body_html, first_published_at, id, link_count");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO publication (translation_id, kind, post_id, locale, slug, live_slug, title,"
                                + " summary, body_html, first_published_at, published_at, link_count)"
                                + " VALUES (?, 'POST', ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?) RETURNING id");
                // The same body, so the same links (an approval stores them with the publication).
                PreparedStatement links =
                        connection.prepareStatement("INSERT INTO publication_link (publication_id, ordinal, href)"
                                + " SELECT ?, ordinal, href FROM publication_link WHERE publication_id = ?")) {
            for (String locale : locales) {
                withdraw.setString(1, now.toString());
                withdraw.setLong(2, id);
                withdraw.setString(3, locale);
                try (ResultSet old = withdraw.executeQuery()) {
                    if (!old.next()) {
                        throw new IllegalStateException("post " + id + " is not live in " + locale);
                    }
                    String slug = old.getString(2) + "-revised";
                    insert.setLong(1, old.getLong(1));
                    insert.setLong(2, id);
                    insert.setString(3, locale);
                    insert.setString(4, slug);
                    insert.setString(5, slug);
                    insert.setString(6, old.getString(3) + " (revised)");
                    insert.setString(7, old.getString(4));
                    insert.setString(8, old.getString(5));
                    insert.setObject(9, old.getObject(6));
                    insert.setString(10, now.toString());
                    insert.setInt(11, old.getInt(8));
                    try (ResultSet added = insert.executeQuery()) {
                        added.next();
                        links.setLong(1, added.getLong(1));
                    }
                    links.setLong(2, old.getLong(7));
                    links.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("revising post " + id, e);
        }
    }

    /** A new post live in German only, as its approval leaves it (published now). */
    private static long newestPost(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT MAX(id) FROM post")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void newPostInGerman(Connection connection, Instant now) {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO post (id, source_locale, created_at, updated_at)"
                    + " SELECT MAX(id) + 1, 'de', now(), now() FROM post");
            s.execute("INSERT INTO translation (kind, post_id, locale, status, slug, title, summary, body, created_at,"
                    + " updated_at) SELECT 'POST', MAX(id), 'de', 'PUBLISHED', 'neu-' || MAX(id), 'Neu', 'Kurz', 'Text',"
                    + " now(), now() FROM post");
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO publication (translation_id, kind, post_id, locale, slug, live_slug, title, summary,"
                            + " body_html, first_published_at, published_at) SELECT t.id, 'POST', t.post_id, 'de',"
                            + " t.slug, t.slug, t.title, t.summary, '<p>Text</p>', ?::timestamptz, ?::timestamptz"
                            + " FROM translation t WHERE t.post_id = (SELECT MAX(id) FROM post)")) {
                p.setString(1, now.toString());
                p.setString(2, now.toString());
                p.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("publishing a new post in German", e);
        }
    }

    /**
     * Moves the posts' and roles' identity sequences past the ids the seed wrote itself, so that a post created
     * through the API afterwards gets a new id (the seed was written before this, so older databases need it too).
     */
    static void advanceIdentities(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : List.of("post", "experience")) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), GREATEST((SELECT MAX(id) FROM "
                        + table + "), (SELECT last_value FROM " + table + "_id_seq), 1))");
            }
        }
    }

    static void recreateDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    static void migrate(Connection connection) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.uiService", "LOGGER");
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        // Liquibase writes its progress and update summary to standard output, which is the benchmark's report.
        java.io.PrintStream report = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try (Liquibase liquibase = new Liquibase(
                "liquibase/changelog.xml",
                new ClassLoaderResourceAccessor(GenerateDocumentsBenchmark.class.getClassLoader()),
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))) {
            liquibase.update("");
        } finally {
            System.setOut(report);
        }
    }

    /**
     * Every post and role, its translation and its live publication in every locale, written by the database
     * itself (generate_series): seconds for hundreds of thousands of rows. Titles, slugs and bodies in each locale's
     * language and script ({@link SeedTexts}). One cover image for every tenth post.
     */
    static void seed(Connection connection, LocaleCatalog catalog, int posts, int roles, Instant now)
            throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO profile (source_locale) VALUES ('en')");
            // The owner's name is the profile's live title in its source locale (published long ago: no page's last
            // change).
            s.execute("""
                    INSERT INTO translation (kind, profile_id, locale, status, slug, title, summary, body, created_at, updated_at)
                    SELECT 'PROFILE', id, 'en', 'PUBLISHED', 'profile', 'Mira Lindqvist-Osei', '', '', now(), now() FROM profile""");
            s.execute("""
                    INSERT INTO publication (translation_id, kind, profile_id, locale, slug, live_slug, title, summary, body_html,
                                             first_published_at, published_at)
                    SELECT id, 'PROFILE', profile_id, locale, slug, slug, title, summary, '',
                           TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00'
                    FROM translation WHERE kind = 'PROFILE'""");
            s.execute("""
                    INSERT INTO media (mime_type, byte_length, width, height, sha256, alt_text, content, created_at)
                    VALUES ('image/jpeg', 120000, 1200, 630, repeat('0', 64), 'Cover', '\\x00'::bytea, now())""");
            try (PreparedStatement p = connection.prepareStatement("""
                    INSERT INTO post (id, source_locale, cover_media_id, created_at, updated_at)
                    SELECT i, 'en', CASE WHEN i % 10 = 0 THEN (SELECT MIN(id) FROM media) END, now(), now()
                    FROM generate_series(1, ?) AS i""")) {
                p.setInt(1, posts);
                p.executeUpdate();
            }
            try (PreparedStatement p = connection.prepareStatement("""
                    INSERT INTO experience (id, organisation, employment_type, workplace, start_month, sort_order,
                                            created_at, updated_at)
                    SELECT i, 'Organisation ' || i, 'FULL_TIME', 'REMOTE', DATE '2010-01-01', i, now(), now()
                    FROM generate_series(1, ?) AS i""")) {
                p.setInt(1, roles);
                p.executeUpdate();
            }
            advanceIdentities(connection);
            // Every locale's own title, slug and text (SeedTexts); bodies of 3 to 12 paragraphs (about 1.5 to 6 KB
            // in English), so reads carry the bytes real posts have.
            String texts = "(VALUES " + SeedTexts.valuesSql(catalog)
                    + ") AS x(tag, post_title, post_slug, post_segment, role_title, role_slug, sentence)";
            String paragraph = "rtrim(repeat(x.sentence || ' ', 4))";
            s.execute("""
                    INSERT INTO translation (kind, post_id, locale, status, slug, title, summary, body, created_at, updated_at)
                    SELECT 'POST', p.id, x.tag, 'PUBLISHED', x.post_slug || '-' || p.id, x.post_title || ' ' || p.id,
                           x.sentence, rtrim(repeat(%s || E'\n\n', (3 + (p.id * 7) %% 10)::int)), now(), now()
                    FROM post p CROSS JOIN %s""".formatted(paragraph, texts));
            s.execute("""
                    INSERT INTO translation (kind, experience_id, locale, status, slug, title, body, location, created_at, updated_at)
                    SELECT 'EXPERIENCE', e.id, x.tag, 'PUBLISHED', x.role_slug || '-' || e.id, x.role_title,
                           rtrim(repeat(%s || E'\n\n', 2)), 'Berlin', now(), now()
                    FROM experience e CROSS JOIN %s""".formatted(paragraph, texts));
            // Posts one hour apart up to "now", so the news sitemap (two days) has some and the feed its latest 50.
            try (PreparedStatement p = connection.prepareStatement("""
                    INSERT INTO publication (translation_id, kind, post_id, experience_id, locale, slug, live_slug, title,
                                             summary, body_html, location, first_published_at, published_at)
                    SELECT t.id, t.kind, t.post_id, t.experience_id, t.locale, t.slug, t.slug, t.title, t.summary,
                           CASE WHEN t.post_id %% 10 = 0 THEN
                                '<p>Read <a href="https://' || lower(t.locale) || '.example.com/blog/' || x.post_segment
                                || '-' || (t.post_id - 1) || '">the post before</a> and <a href="/blog">the others</a>.</p>'
                                || E'\n'
                           ELSE '' END
                           || repeat('<p>' || %s || '</p>' || E'\n',
                                     (CASE WHEN t.kind = 'POST' THEN 3 + (t.post_id * 7) %% 10 ELSE 2 END)::int),
                           t.location,
                           ?::timestamptz - make_interval(hours => ? - COALESCE(t.post_id, t.experience_id)::int),
                           ?::timestamptz - make_interval(hours => ? - COALESCE(t.post_id, t.experience_id)::int)
                    FROM translation t JOIN %s ON x.tag = t.locale
                    WHERE t.kind <> 'PROFILE'""".formatted(paragraph, texts))) {
                p.setString(1, now.toString());
                p.setInt(2, posts);
                p.setString(3, now.toString());
                p.setInt(4, posts);
                p.executeUpdate();
            }
            // Links as the migration stores them for publications written before publication_link (the approvals
            // store them with each publication), by the same code.
            PublicationLinksBackfill.fill(connection);
            // As autovacuum leaves the tables soon after such a load (the changelog asks it to vacuum publication
            // after 1 % of new rows): statistics, and a visibility map that lets index-only scans skip the heap.
            s.execute("VACUUM ANALYZE");
        }
    }

    /**
     * The physical limits of the first run, measured in the same run: PostgreSQL {@code COPY} of the live rows the
     * documents are made of (the columns they use), and writing the bytes it generated to a file on the same disk
     * with one {@code fsync}. The run cannot be faster than the two together.
     */
    private static void printLimits(Connection connection, long firstRunMs, long firstRunBytes) throws Exception {
        long copying = System.nanoTime();
        CountingStream copied = new CountingStream();
        long rows = new CopyManager(connection.unwrap(BaseConnection.class))
                .copyOut(
                        "COPY (SELECT p.kind, p.locale, p.post_id, p.experience_id, p.slug, p.title, p.summary,"
                                + " p.first_published_at, p.published_at, i.source_locale, i.cover_media_id"
                                + " FROM publication p LEFT JOIN post i ON i.id = p.post_id"
                                + " WHERE p.withdrawn_at IS NULL) TO STDOUT",
                        copied);
        long copyMs = (System.nanoTime() - copying) / 1_000_000;
        connection.commit();
        Path file = Files.createTempFile(Path.of("target"), "benchmark-bytes", ".xml");
        long writing = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            for (long left = firstRunBytes; left > 0; left -= buffer.limit()) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            channel.force(true);
        } finally {
            Files.deleteIfExists(file);
        }
        long writeMs = (System.nanoTime() - writing) / 1_000_000;
        long limitMs = copyMs + writeMs;
        System.out.printf(Locale.ROOT, "the first run against its limits, measured in this run:%n");
        System.out.printf(
                Locale.ROOT,
                "  COPY of the live rows the documents use:  %,d ms (%,d rows, %,d bytes)%n",
                copyMs,
                rows,
                copied.count);
        System.out.printf(Locale.ROOT, "  writing its %,d bytes to disk (fsync): %,d ms%n", firstRunBytes, writeMs);
        System.out.printf(
                Locale.ROOT,
                "  first run %,d ms = %.1f x the limit (%,d ms); goal 15,000 ms%n",
                firstRunMs,
                limitMs == 0 ? 0.0 : (double) firstRunMs / limitMs,
                limitMs);
    }

    /** Counts what {@code COPY} sends, and drops it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static long storedBytes(Connection connection) throws SQLException {
        return sum(connection, "SELECT COALESCE(SUM(OCTET_LENGTH(data)), 0) FROM published_document_chunk");
    }

    private static long uncompressedBytes(Connection connection) throws SQLException {
        return sum(connection, "SELECT COALESCE(SUM(byte_length), 0) FROM published_document");
    }

    private static long sum(Connection connection, String query) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(query);
                var rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use at any sample: never above -Xmx, and what a smaller -Xmx would have to hold. */
    private static final class HeapSampler implements Runnable {
        private final Thread thread = new Thread(this, "heap-sampler");
        private volatile boolean running = true;
        private volatile long peak;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(
                        peak,
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }
}
