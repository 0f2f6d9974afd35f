package org.glossa.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.glossa.database.boundary.GlossaDataSource;
import org.glossa.documents.control.ChangedItems;
import org.glossa.documents.control.DatabaseContent;
import org.glossa.documents.control.DocumentFileCache;
import org.glossa.documents.control.DocumentTable;
import org.glossa.documents.control.GeneratedDocument;
import org.glossa.documents.control.GenerationObserver;
import org.glossa.documents.control.LiveBodies;
import org.glossa.documents.control.LiveBody;
import org.glossa.documents.control.PartPlan;
import org.glossa.documents.control.PublishedContent;
import org.glossa.documents.control.SiteDocuments;
import org.glossa.documents.control.StoredSite;
import org.glossa.domains.control.Site;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.notifications.boundary.ChangeAnnouncements;

/**
 * Writes generated documents into {@code published_document}, one transaction per site: a document whose bytes
 * did not change keeps its row (and so its ETag and Last-Modified); a changed one is replaced, row and chunks,
 * which readers see whole or not at all; parts no longer produced are deleted. Content is read and documents
 * are written over the transaction's connection, streaming both ways (see {@link DatabaseContent},
 * {@link DocumentTable}).
 *
 * <p>An EJB, not a CDI bean with {@code @Transactional}: Payara enlists a connection in a transaction that
 * {@code @Transactional} began only on request threads. On the scheduler's threads and at start-up, where
 * regeneration runs, the connection stayed in auto-commit and a failure half-way left some documents new and
 * some old ({@code PublishingMonitorIT} injects exactly that failure). Container-managed EJB transactions enlist
 * on every thread.
 */
@Stateless
public class DocumentStore {

    @Resource(lookup = GlossaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ChangeAnnouncements announcements;

    /**
     * What a locale's regeneration did.
     *
     * @param written how many documents were written (changed, new or deleted)
     * @param notices the items whose stored text was repaired, or that were left out of a document
     */
    public record Regenerated(int written, List<String> notices) {}

    /**
     * Plans a run over {@code locales}: the item groups whose inputs changed since their parts were stored (rendered),
     * and the others (kept). Reads a summary of the content (two aggregate queries; for {@code changed} items, of their
     * ranges only, by index) and the stored stamps, in a transaction of its own; a change committed after it is found
     * by the run its own request starts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PartPlan plan(
            Function<PublishedContent, SiteDocuments> generator,
            List<LocaleDefinition> locales,
            Optional<ChangedItems> changed) {
        return inConnection(connection -> {
            DocumentTable table = new DocumentTable(connection);
            Map<String, Map<String, String>> stored = new HashMap<>();
            for (LocaleDefinition locale : locales) {
                stored.put(locale.tag(), new StoredSite(table, locale.tag(), Instant.EPOCH).partStamps());
            }
            SiteDocuments documents = generator.apply(new DatabaseContent(connection));
            return changed.map(items -> documents.plan(locales, stored, items))
                    .orElseGet(() -> documents.plan(locales, stored));
        });
    }

    /**
     * Forgets the input stamps of one locale's parts: its next run renders and checks every one of them (a
     * permalink finding must be seen again until it is repaired).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forgetStamps(String locale) {
        inConnection(connection -> new DocumentTable(connection).forgetStamps(locale));
    }

    /**
     * Renders the item groups {@code plan} renders in {@code locales}, group by group, ahead of the per-locale
     * transactions that store them ({@link SiteDocuments#preRender}), in a transaction of its own that only reads: the
     * document lock is not taken, and a locale whose stored parts changed meanwhile renders its groups again under it.
     *
     * @param observers sees each URL of a locale as it is written (the permalink check)
     * @param starting  hears of each group before its URLs are written, and of the group after it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SiteDocuments.RenderedParts preRender(
            Function<PublishedContent, SiteDocuments> generator,
            List<LocaleDefinition> locales,
            PartPlan plan,
            Function<LocaleDefinition, GenerationObserver> observers,
            SiteDocuments.GroupStart starting) {
        return inConnection(connection -> generator
                .apply(new DatabaseContent(connection))
                .preRender(
                        locales, plan, locale -> observers.apply(locale)::listed, starting, PRE_RENDERED_SPOOL_BYTES));
    }

    /**
     * Heap each part rendered ahead may hold, compressed, before it moves to a temporary file: a full run renders all
     * of them (about 75 MB compressed at 850,850 translations) before the first is stored.
     */
    public static final int PRE_RENDERED_SPOOL_BYTES = 16 * 1024;

    /**
     * Generates and stores one locale's documents: the groups {@code plan} renders (taken from {@code preRendered} when
     * they were rendered ahead, {@link SiteDocuments#generate}), the section pages, the news sitemap, the index and the
     * feed; the other groups' parts stay as they are.
     *
     * @param observer sees each sitemap URL as it is written and the whole generation before it is stored (the
     *                 permalink check works there)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Regenerated regenerate(
            Function<PublishedContent, SiteDocuments> generator,
            LocaleDefinition locale,
            Instant now,
            GenerationObserver observer,
            PartPlan plan,
            SiteDocuments.RenderedParts preRendered) {
        return inTransaction(locale.tag(), connection -> {
            SiteDocuments documents = generator
                    .apply(new DatabaseContent(connection))
                    .withHub(announcements.hub().orElse(null));
            StoredSite site = new StoredSite(new DocumentTable(connection), locale.tag(), now);
            Instant previousRun = site.generatedBefore(SiteDocuments.INDEX).orElse(null);
            // Stored only once the whole site generated: a generation that fails (bad data) writes nothing. The
            // spools keep at most 1 MiB each in memory, the rest in temporary files.
            List<GeneratedDocument> generated = new ArrayList<>();
            List<String> names;
            try {
                names = documents.generate(locale, now, generated::add, observer::listed, plan, site, preRendered);
            } catch (RuntimeException e) {
                generated.forEach(d -> d.content().discard());
                throw e;
            }
            observer.generated(Collections.unmodifiableList(generated), Collections.unmodifiableList(names));
            for (int i = 0; i < generated.size(); i++) {
                try {
                    site.accept(generated.get(i));
                } catch (RuntimeException e) {
                    generated
                            .subList(i + 1, generated.size())
                            .forEach(d -> d.content().discard());
                    throw e;
                }
            }
            site.keepOnly(names);
            // Announced in this transaction: a notification exists exactly when the changed documents committed.
            if (site.changed(SiteDocuments.FEED)) {
                announcements.feedChanged(documents.feedUrl(locale));
            }
            if (site.written() > 0 && announcements.indexNowEnabled()) {
                announcements.pagesChanged(Stream.concat(
                                documents.pageUrlsChangedAfter(locale, previousRun, plan).stream(),
                                documents.pageUrlsRemovedAfter(locale, previousRun).stream())
                        .toList());
            }
            return new Regenerated(site.written(), documents.notices());
        });
    }

    /**
     * Hands the links of every live body of these locales that holds any to {@code body}, in one transaction of its
     * own (so that the rows stream rather than arrive at once), one query per locale whatever the content's size.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void eachLiveBody(List<LocaleDefinition> locales, Consumer<LiveBody> body) {
        inConnection(connection -> {
            LiveBodies.read(connection, locales, body);
            return null;
        });
    }

    /** The x-default site's sitemap (its language chooser); nothing when x-default has no base URL of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int regenerateXDefault(Function<PublishedContent, SiteDocuments> generator, Instant now) {
        return inTransaction(Site.X_DEFAULT, connection -> {
            StoredSite site = new StoredSite(new DocumentTable(connection), Site.X_DEFAULT, now);
            site.keepOnly(generator.apply(new DatabaseContent(connection)).generateXDefault(now, site));
            return site.written();
        });
    }

    /** @return whether robots.txt of {@code host} was written */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean regenerateRobots(Function<PublishedContent, SiteDocuments> generator, String host, Instant now) {
        return inTransaction(host, connection -> {
                    StoredSite site = new StoredSite(new DocumentTable(connection), host, now);
                    site.accept(generator.apply(new DatabaseContent(connection)).robots(host, now));
                    return site.written();
                })
                > 0;
    }

    /** The SHA-256 of a stored document: the cheap check whether a served copy is still current. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> sha256(String siteKey, String name) {
        return inConnection(connection -> new DocumentTable(connection).sha256(siteKey, name));
    }

    /**
     * A stored document, ready to serve: both encodings copied into memory when together they are at most
     * {@code inMemoryBytes}, else into files of {@code fileCache} named by the SHA-256 (written under a temporary
     * name and moved into place, so a file that exists is complete). When the file cache cannot be written (a full
     * disk), the document is served from the database instead, through {@code fromDatabase} (this bean's
     * {@link #copy}, called through the container so that it gets its own transaction). In a transaction, so the
     * driver can stream the chunks with a cursor.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<ServedDocument> read(
            String siteKey, String name, long inMemoryBytes, DocumentFileCache fileCache, Streaming fromDatabase) {
        return inConnection(connection -> {
            DocumentTable table = new DocumentTable(connection);
            Optional<DocumentTable.Stored> found = table.find(siteKey, name);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            DocumentTable.Stored stored = found.get();
            // One transaction, but each statement has its own snapshot: the copies must match the row read.
            if (stored.byteLength() + stored.gzipLength() <= inMemoryBytes) {
                ByteArrayOutputStream content = new ByteArrayOutputStream((int) stored.byteLength());
                ByteArrayOutputStream gzip = new ByteArrayOutputStream((int) stored.gzipLength());
                requireVersion(stored, table.copy(siteKey, name, DocumentTable.IDENTITY, content));
                requireVersion(stored, table.copy(siteKey, name, DocumentTable.GZIP, gzip));
                return Optional.of(new ServedDocument(
                        stored.contentType(),
                        stored.etag(),
                        stored.lastModified(),
                        new ServedDocument.InMemory(content.toByteArray()),
                        new ServedDocument.InMemory(gzip.toByteArray())));
            }
            ServedDocument.Body content;
            ServedDocument.Body gzip;
            try {
                Path directory = fileCache.directory();
                content = cachedFile(table, stored, DocumentTable.IDENTITY, directory);
                gzip = cachedFile(table, stored, DocumentTable.GZIP, directory);
                fileCache.succeeded();
            } catch (IOException e) {
                fileCache.failed(e);
                content = fromDatabase(stored, DocumentTable.IDENTITY, stored.byteLength(), fromDatabase);
                gzip = fromDatabase(stored, DocumentTable.GZIP, stored.gzipLength(), fromDatabase);
            }
            return Optional.of(
                    new ServedDocument(stored.contentType(), stored.etag(), stored.lastModified(), content, gzip));
        });
    }

    /** How a document is streamed from the database: {@link #copy} of the container's proxy of this bean. */
    @FunctionalInterface
    public interface Streaming {
        void copy(String siteKey, String name, String encoding, String sha256, OutputStream out);
    }

    /**
     * Copies one encoding of a stored document to {@code out}, failing if it is no longer the version
     * {@code sha256} (replaced since it was looked up).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void copy(String siteKey, String name, String encoding, String sha256, OutputStream out) {
        inConnection(connection -> {
            Optional<String> copied = new DocumentTable(connection).copy(siteKey, name, encoding, out);
            if (!copied.equals(Optional.of(sha256))) {
                throw new DocumentReplacedException(siteKey + "/" + name
                        + " was replaced while it was sent; the next request sends the new version");
            }
            return null;
        });
    }

    private static ServedDocument.Body fromDatabase(
            DocumentTable.Stored stored, String encoding, long length, Streaming streaming) {
        return new ServedDocument.FromDatabase(
                length, out -> streaming.copy(stored.siteKey(), stored.name(), encoding, stored.sha256(), out));
    }

    /** @throws IOException when the file cache cannot be written; the document is then served from the database */
    private static ServedDocument.InFile cachedFile(
            DocumentTable table, DocumentTable.Stored stored, String encoding, Path directory) throws IOException {
        Path file = directory.resolve(stored.sha256() + "." + encoding);
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile(directory, stored.sha256(), ".partial");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                    requireVersion(stored, table.copy(stored.siteKey(), stored.name(), encoding, out));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return new ServedDocument.InFile(file, Files.size(file));
    }

    private static void requireVersion(DocumentTable.Stored stored, Optional<String> copied) {
        if (!copied.equals(Optional.of(stored.sha256()))) {
            throw new DocumentReplacedException(stored.siteKey() + "/" + stored.name()
                    + " was replaced while it was read; the next request reads the new version");
        }
    }

    /** A site's documents could not be generated or stored; nothing of that run was kept. */
    @ApplicationException(rollback = true)
    public static final class GenerationFailedException extends RuntimeException {
        GenerationFailedException(String siteKey, RuntimeException cause) {
            super("documents of " + siteKey + " not replaced: " + cause.getMessage(), cause);
        }
    }

    /** A document changed between reading its row and its bytes: rare, and the next read succeeds. */
    @ApplicationException
    public static final class DocumentReplacedException extends RuntimeException {
        DocumentReplacedException(String message) {
            super(message);
        }
    }

    /**
     * Work on a connection the container enlisted in the method's transaction, so that it commits or rolls back
     * everything at once (checked: a connection that is not enlisted silently commits every statement), after the
     * write lock: regenerations running at once (start-up on one node, a scheduled run on another) wait for each
     * other and each generates from the content committed before it.
     */
    private <T> T inTransaction(String siteKey, Function<Connection, T> work) {
        try {
            return inConnection(connection -> {
                try {
                    if (connection.getAutoCommit()) {
                        throw new IllegalStateException("The connection is not enlisted in the transaction: "
                                + "a failure would leave some documents new and some old");
                    }
                } catch (SQLException e) {
                    throw new DocumentTable.DocumentStorageException("checking the transaction", e);
                }
                new DocumentTable(connection).lockForWriting();
                return work.apply(connection);
            });
        } catch (RuntimeException e) {
            throw new GenerationFailedException(siteKey, e);
        }
    }

    private <T> T inConnection(Function<Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new DocumentTable.DocumentStorageException("connecting to the database", e);
        }
    }
}
