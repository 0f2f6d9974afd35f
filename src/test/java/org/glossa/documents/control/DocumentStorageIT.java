package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.TestDatabase;
import org.glossa.content.entity.ItemKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The streaming halves of document generation against a real PostgreSQL, without a container: documents stored
 * and read back in chunks ({@link DocumentTable}), live content paged out of the database ({@link DatabaseContent}),
 * and the migration that moved existing documents into chunks.
 */
class DocumentStorageIT {

    private static final String DATABASE = Deployments.DATABASE + "_storage";
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @BeforeAll
    static void schemaWithADocumentStoredTheOldWay() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        TestDatabase.recreate(DATABASE);
        // Every changeset before the chunks, a document in the old single-column layout, then the rest.
        try (Connection c = TestDatabase.connect(DATABASE);
                Liquibase liquibase = liquibase(c)) {
            int before = (int) liquibase.listUnrunChangeSets(null, null).stream()
                    .takeWhile(cs -> !cs.getId().equals("published-document-chunks"))
                    .count();
            liquibase.update(before, "");
        }
        try (Connection c = TestDatabase.connect(DATABASE);
                PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO published_document (site_key, name, content_type, content, gzip, sha256, byte_length,
                                                     last_modified, generated_at)
                     VALUES ('de', 'robots.txt', 'text/plain', ?, ?, ?, 5, now(), now())""")) {
            insert.setBytes(1, "hallo".getBytes(StandardCharsets.UTF_8));
            insert.setBytes(2, gzip("hallo".getBytes(StandardCharsets.UTF_8)));
            insert.setString(3, "a".repeat(64));
            insert.executeUpdate();
        }
        try (Connection c = TestDatabase.connect(DATABASE);
                Liquibase liquibase = liquibase(c)) {
            liquibase.update("");
        }
    }

    private static Liquibase liquibase(Connection c) throws Exception {
        return new Liquibase(
                "liquibase/changelog.xml",
                new ClassLoaderResourceAccessor(DocumentStorageIT.class.getClassLoader()),
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)));
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static GeneratedDocument document(String name, byte[] bytes, Instant timestamp) throws Exception {
        DocumentSpool spool = new DocumentSpool(64 * 1024);
        spool.write(bytes);
        spool.close();
        return new GeneratedDocument(name, GeneratedDocument.XML, spool, timestamp);
    }

    private static byte[] incompressible(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The document stored before the chunks, then moved into them, is read back after its identity chunk went too. */
    @Test
    void migrationMovedExistingDocumentsIntoChunks() throws Exception {
        try (Connection c = TestDatabase.connect(DATABASE)) {
            DocumentTable table = new DocumentTable(c);
            DocumentTable.Stored robots = table.find("de", "robots.txt").orElseThrow();
            assertThat(robots.byteLength()).isEqualTo(5);
            assertThat(robots.gzipLength()).isEqualTo(gzip("hallo".getBytes(StandardCharsets.UTF_8)).length);
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            assertThat(table.copy("de", "robots.txt", DocumentTable.IDENTITY, content))
                    .hasValue("a".repeat(64));
            assertThat(content.toString(StandardCharsets.UTF_8)).isEqualTo("hallo");
        }
    }

    /**
     * Only the gzip encoding is stored; the identity is inflated from it. The samples hardly compress, so their gzip
     * spans several chunks, as a large site's parts do.
     */
    @Test
    void aLargeDocumentIsStoredInChunksReadBackWholeAndReplacedOnlyWhenItChanged() throws Exception {
        byte[] first = incompressible(DocumentTable.CHUNK_BYTES * 2 + 1234, 1);
        byte[] second = incompressible(DocumentTable.CHUNK_BYTES + 10, 2);
        try (Connection c = TestDatabase.connect(DATABASE)) {
            c.setAutoCommit(false);
            StoredSite site = new StoredSite(new DocumentTable(c), "en", NOW);
            GeneratedDocument generated = document("sitemap-1.xml", first, NOW.minusSeconds(60));
            String sha = generated.content().sha256();
            site.accept(generated);
            site.keepOnly(List.of("sitemap-1.xml"));
            c.commit();
            assertThat(site.written()).isEqualTo(1);
            assertThat(chunks(c, "en", "sitemap-1.xml", DocumentTable.GZIP)).isEqualTo(3);
            assertThat(chunks(c, "en", "sitemap-1.xml", DocumentTable.IDENTITY)).isZero();

            DocumentTable table = new DocumentTable(c);
            DocumentTable.Stored stored = table.find("en", "sitemap-1.xml").orElseThrow();
            assertThat(stored.sha256()).isEqualTo(sha);
            assertThat(stored.byteLength()).isEqualTo(first.length);
            assertThat(stored.lastModified()).isEqualTo(NOW.minusSeconds(60));
            assertThat(read(table, "en", "sitemap-1.xml", DocumentTable.IDENTITY))
                    .isEqualTo(first);
            byte[] gzipped = read(table, "en", "sitemap-1.xml", DocumentTable.GZIP);
            assertThat(gzipped.length).isEqualTo(stored.gzipLength());
            assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes())
                    .isEqualTo(first);

            StoredSite again = new StoredSite(table, "en", NOW.plusSeconds(60));
            again.accept(document("sitemap-1.xml", first, NOW));
            c.commit();
            assertThat(again.written()).as("same bytes: nothing written").isZero();
            assertThat(table.find("en", "sitemap-1.xml").orElseThrow().generatedAt())
                    .isEqualTo(NOW);

            StoredSite changed = new StoredSite(table, "en", NOW.plusSeconds(120));
            // Content shrank without a newer timestamp (something was removed): Last-Modified becomes the run's time.
            changed.accept(document("sitemap-1.xml", second, NOW.minusSeconds(60)));
            c.rollback();
            assertThat(read(table, "en", "sitemap-1.xml", DocumentTable.IDENTITY))
                    .as("rolled back: old version")
                    .isEqualTo(first);
            changed = new StoredSite(table, "en", NOW.plusSeconds(120));
            changed.accept(document("sitemap-1.xml", second, NOW.minusSeconds(60)));
            c.commit();
            assertThat(read(table, "en", "sitemap-1.xml", DocumentTable.IDENTITY))
                    .isEqualTo(second);
            assertThat(chunks(c, "en", "sitemap-1.xml", DocumentTable.GZIP)).isEqualTo(2);
            assertThat(table.find("en", "sitemap-1.xml").orElseThrow().lastModified())
                    .isEqualTo(NOW.plusSeconds(120));

            StoredSite fewer = new StoredSite(table, "en", NOW.plusSeconds(180));
            fewer.keepOnly(List.of());
            c.commit();
            assertThat(table.find("en", "sitemap-1.xml")).isEmpty();
            assertThat(chunks(c, "en", "sitemap-1.xml", DocumentTable.GZIP)).isZero();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM published_document_chunk c"
                            + " LEFT JOIN published_document d ON d.id = c.document_id WHERE d.id IS NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).as("no orphaned chunks").isZero();
            }
            c.commit();
        }
    }

    private static byte[] read(DocumentTable table, String site, String name, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(table.copy(site, name, encoding, out)).isPresent();
        return out.toByteArray();
    }

    private static int chunks(Connection c, String site, String name, String encoding) throws Exception {
        try (PreparedStatement p = c.prepareStatement("""
                SELECT COUNT(*) FROM published_document_chunk k JOIN published_document d ON d.id = k.document_id
                WHERE d.site_key = ? AND d.name = ? AND k.encoding = ?""")) {
            p.setString(1, site);
            p.setString(2, name);
            p.setString(3, encoding);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void liveContentIsPagedWithTwoQueriesAPageAndOnlyLiveTranslationsBecomeAlternates() throws Exception {
        try (Connection c = TestDatabase.connect(DATABASE)) {
            seedPosts(c);
            AtomicInteger statements = new AtomicInteger();
            Connection counted = (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("prepareStatement")) {
                            statements.incrementAndGet();
                        }
                        return method.invoke(c, args);
                    });
            DatabaseContent content = new DatabaseContent(counted, 2);
            List<PublishedItem> en = new ArrayList<>();
            content.items(ItemKind.POST, "en").forEachRemaining(en::add);
            assertThat(en).extracting(PublishedItem::id).containsExactly(101L, 102L, 103L, 104L, 105L, 106L, 107L);
            assertThat(statements.get())
                    .as("4 pages of at most 2, each one query plus one for alternates")
                    .isEqualTo(8);
            assertThat(en.get(1).liveSlugs()).isEqualTo(Map.of("en", "post-102", "de", "beitrag-102"));
            assertThat(en.get(2).liveSlugs())
                    .as("withdrawn in de: no alternate")
                    .isEqualTo(Map.of("en", "post-103"));
            assertThat(en.get(0).cover()).isEqualTo(new PublishedItem.Cover(mediaId(c), "image/png", 4));
            assertThat(en.get(0).title()).as("a sitemap lists no texts").isNull();

            List<PublishedItem> de = new ArrayList<>();
            content.items(ItemKind.POST, "de").forEachRemaining(de::add);
            assertThat(de).extracting(PublishedItem::slug).containsExactly("beitrag-102", "beitrag-104", "beitrag-106");

            // A group's items in every locale at once, in two statements: the same items as locale by locale.
            statements.set(0);
            Map<String, List<PublishedItem>> group =
                    content.itemsByLocale(ItemKind.POST, List.of("en", "de", "fr"), 101, 107);
            assertThat(statements.get())
                    .as("the items, then every live translation of them")
                    .isEqualTo(2);
            assertThat(group.get("en")).isEqualTo(en);
            assertThat(group.get("de")).isEqualTo(de);
            assertThat(group.get("fr")).as("live nowhere in fr").isEmpty();
            assertThat(content.itemsByLocale(ItemKind.POST, List.of("en"), 103, 104)
                            .get("en"))
                    .extracting(PublishedItem::id)
                    .containsExactly(103L, 104L);

            assertThat(content.newestPosts("en", null, 3))
                    .extracting(PublishedItem::id)
                    .containsExactly(107L, 106L, 105L);
            assertThat(content.newestPosts("en", NOW.minusSeconds(3 * 3600), 10))
                    .extracting(PublishedItem::id)
                    .containsExactly(107L, 106L, 105L);
            assertThat(content.newestChange(ItemKind.POST, "de")).hasValue(NOW.minusSeconds(2 * 3600));
            assertThat(content.newestChange(ItemKind.EXPERIENCE, "de")).isEmpty();
            assertThat(content.ownerName()).isEqualTo("Mira");

            // A few ranges' summary, read by index for a round of requests, is the whole summary's of those ranges.
            for (int perPart : List.of(2, 3, 1000)) {
                Set<PartGroup> groups = new ChangedItems(Set.of(103L, 106L), Set.of(1L)).groups(perPart);
                statements.set(0);
                PartInputs some = content.partInputs(perPart, groups);
                assertThat(statements.get())
                        .as("the publications, then the items of each kind asked about")
                        .isEqualTo(3);
                assertThat(some.ranges())
                        .as("%d items per part", perPart)
                        .isNotEmpty()
                        .isEqualTo(content.partInputs(perPart).only(groups).ranges());
            }
        }
    }

    @Test
    void writersTakeTheDocumentLockOneAfterTheOther() throws Exception {
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection first = TestDatabase.connect(DATABASE);
                Connection other = TestDatabase.connect(DATABASE)) {
            first.setAutoCommit(false);
            other.setAutoCommit(false);
            int firstWriter = backendPid(first);
            int secondWriter = backendPid(other);
            new DocumentTable(first).lockForWriting();

            Future<?> waiting = second.submit(() -> new DocumentTable(other).lockForWriting());
            awaitBlockedBy(secondWriter, firstWriter);
            assertThat(waiting)
                    .as("a second writer waits while the first holds the lock")
                    .isNotDone();

            first.commit();
            waiting.get(10, TimeUnit.SECONDS);
            other.rollback();
        } finally {
            second.shutdownNow();
        }
    }

    private static int backendPid(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Waits (at most 10 s) until PostgreSQL reports the backend {@code waiter} waiting for a lock {@code holder} holds. */
    private static void awaitBlockedBy(int waiter, int holder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection observer = TestDatabase.connect(DATABASE);
                PreparedStatement blocked = observer.prepareStatement("SELECT ? = ANY (pg_blocking_pids(?))")) {
            blocked.setInt(1, holder);
            blocked.setInt(2, waiter);
            while (true) {
                try (ResultSet rs = blocked.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                assertThat(System.nanoTime())
                        .as("backend %d waiting for a lock of backend %d", waiter, holder)
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    @Test
    void anExperienceEntryCarriesTheLocaleItWasWrittenIn() throws Exception {
        try (Connection c = TestDatabase.connect(DATABASE);
                Statement s = c.createStatement()) {
            c.setAutoCommit(false); // rolled back: the other tests' content stays as they seeded it
            s.execute("""
                    INSERT INTO experience (id, source_locale, organisation, employment_type, workplace, start_month,
                                            sort_order, created_at, updated_at)
                    VALUES (901, 'de', 'Acme', 'FULL_TIME', 'HYBRID', DATE '2020-01-01', 1, now(), now())""");
            s.execute("""
                    INSERT INTO translation (kind, experience_id, locale, status, slug, title, body, location,
                                             created_at, updated_at)
                    VALUES ('EXPERIENCE', 901, 'de', 'PUBLISHED', 'ingenieurin', 'Ingenieurin', '', 'Berlin', now(), now()),
                           ('EXPERIENCE', 901, 'en', 'PUBLISHED', 'engineer', 'Engineer', '', 'Berlin', now(), now())""");
            s.execute("""
                    INSERT INTO publication (translation_id, kind, experience_id, locale, slug, live_slug, title, body_html,
                                             location, first_published_at, published_at)
                    SELECT id, kind, experience_id, locale, slug, slug, title, '', location, now(), now()
                    FROM translation WHERE experience_id = 901""");

            List<PublishedItem> en = new ArrayList<>();
            new DatabaseContent(c).items(ItemKind.EXPERIENCE, "en").forEachRemaining(en::add);

            assertThat(en).singleElement().satisfies(role -> {
                assertThat(role.sourceLocale())
                        .as("x-default follows the source locale")
                        .isEqualTo("de");
                assertThat(role.liveSlugs()).isEqualTo(Map.of("en", "engineer", "de", "ingenieurin"));
            });
            c.rollback();
        }
    }

    private static long mediaId(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(id) FROM media")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Posts 101..107 an hour apart (107 newest, an hour ago) live in en; the even ones in de too; 103's de withdrawn. */
    private static void seedPosts(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO profile (source_locale) VALUES ('en')");
            // The owner's name is the profile's live title in its source locale (published long ago: no page's last
            // change).
            s.execute("""
                    INSERT INTO translation (kind, profile_id, locale, status, slug, title, summary, body, created_at, updated_at)
                    SELECT 'PROFILE', id, 'en', 'PUBLISHED', 'profile', 'Mira', '', '', now(), now() FROM profile""");
            s.execute("""
                    INSERT INTO publication (translation_id, kind, profile_id, locale, slug, live_slug, title, summary, body_html,
                                             first_published_at, published_at)
                    SELECT id, 'PROFILE', profile_id, locale, slug, slug, title, summary, '',
                           TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00'
                    FROM translation WHERE kind = 'PROFILE'""");
            s.execute("""
                    INSERT INTO media (mime_type, byte_length, width, height, sha256, alt_text, content, created_at)
                    VALUES ('image/png', 4, 1, 1, repeat('b', 64), '', '\\x01020304'::bytea, now())""");
            s.execute("""
                    INSERT INTO post (id, source_locale, cover_media_id, created_at, updated_at)
                    SELECT i, 'en', CASE WHEN i = 101 THEN (SELECT MIN(id) FROM media) END, now(), now()
                    FROM generate_series(101, 107) AS i""");
            s.execute("""
                    INSERT INTO translation (kind, post_id, locale, status, slug, title, summary, body, created_at, updated_at)
                    SELECT 'POST', i, l, 'PUBLISHED', CASE l WHEN 'en' THEN 'post-' ELSE 'beitrag-' END || i,
                           'Title ' || i, 'Summary ' || i, '', now(), now()
                    FROM generate_series(101, 107) AS i CROSS JOIN (VALUES ('en'), ('de')) AS t(l)
                    WHERE l = 'en' OR i % 2 = 0 OR i = 103""");
        }
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO publication (translation_id, kind, post_id, locale, slug, live_slug, title, summary, body_html,
                                         first_published_at, published_at, withdrawn_at)
                SELECT t.id, 'POST', t.post_id, t.locale, t.slug,
                       CASE WHEN t.post_id = 103 AND t.locale = 'de' THEN NULL ELSE t.slug END, t.title, t.summary, '',
                       ?::timestamptz - make_interval(hours => 108 - t.post_id::int),
                       ?::timestamptz - make_interval(hours => 108 - t.post_id::int),
                       CASE WHEN t.post_id = 103 AND t.locale = 'de' THEN now() END
                FROM translation t WHERE t.kind = 'POST'""")) {
            p.setString(1, NOW.toString());
            p.setString(2, NOW.toString());
            p.executeUpdate();
        }
    }
}
