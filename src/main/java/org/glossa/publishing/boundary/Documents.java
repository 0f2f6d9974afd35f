package org.glossa.publishing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.publishing.control.SiteDocuments;
import org.glossa.publishing.control.SitemapLimits;
import org.glossa.site.boundary.Sites;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshots;

/**
 * Sitemaps, news sitemaps, feeds and robots.txt: regenerated from the live content into stored documents, and
 * served from those (requests never generate). Served bytes are kept in memory; a cached copy is checked
 * against the stored SHA-256 (one small query) when it is older than {@link #RECHECK}, so a regeneration on
 * another node shows within seconds, and at once on the node that ran it.
 */
@ApplicationScoped
public class Documents {

    static final Duration RECHECK = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(Documents.class.getName());

    @Inject
    Sites sites;

    @Inject
    SiteSnapshots snapshots;

    @Inject
    DocumentStore store;

    @Inject
    PublishingRuns runs;

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "glossa.sitemap.max-urls", defaultValue = "50000")
    int maxUrls;

    @Inject
    @ConfigProperty(name = "glossa.sitemap.max-bytes", defaultValue = "52428800")
    long maxBytes;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(ServedDocument document, Instant checkedAt) {
    }

    /**
     * Regenerates every locale's documents (each in its own transaction) and every host's robots.txt. A locale
     * that fails keeps its previous documents; the others are still regenerated.
     *
     * @return how many documents were written
     */
    public int regenerateAll() {
        Instant now = clock.instant();
        SiteSnapshot snapshot = snapshots.read();
        LocaleCatalog catalog = LocaleCatalog.standard();
        SiteDocuments documents = new SiteDocuments(sites.directory(), catalog, snapshot,
                new SitemapLimits(maxUrls, maxBytes));
        int written = 0;
        RuntimeException failure = null;
        for (LocaleDefinition locale : catalog.all()) {
            try {
                written += store.regenerate(documents, locale, now);
                runs.succeeded(locale.tag(), now);
            } catch (RuntimeException e) {
                runs.failed(locale.tag(), now, e);
                LOG.log(Level.SEVERE, "Documents of " + locale.tag() + " were not regenerated; the previous ones stay served", e);
                failure = failure == null ? e : failure;
            }
        }
        for (String host : documents.hosts()) {
            if (store.regenerateRobots(documents, host, now)) {
                written++;
            }
        }
        cache.clear();
        if (failure != null) {
            throw failure;
        }
        return written;
    }

    /** The stored document {@code name} of the site {@code siteKey} (a locale tag, or a host for robots.txt). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServedDocument> find(String siteKey, String name) {
        String key = siteKey + "\u0000" + name;
        Cached cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && cached.checkedAt().plus(RECHECK).isAfter(now)) {
            return Optional.of(cached.document());
        }
        if (cached != null) {
            List<String> sha = em.createQuery("SELECT d.sha256 FROM PublishedDocument d WHERE d.siteKey = :key AND d.name = :name",
                    String.class).setParameter("key", siteKey).setParameter("name", name).getResultList();
            if (!sha.isEmpty() && cached.document().etag().equals(etag(sha.get(0)))) {
                cache.put(key, new Cached(cached.document(), now));
                return Optional.of(cached.document());
            }
        }
        List<Object[]> rows = em.createQuery("""
                SELECT d.contentType, d.content, d.gzip, d.sha256, d.lastModified FROM PublishedDocument d
                WHERE d.siteKey = :key AND d.name = :name""", Object[].class)
                .setParameter("key", siteKey).setParameter("name", name).getResultList();
        if (rows.isEmpty()) {
            cache.remove(key);
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        ServedDocument document = new ServedDocument((String) r[0], (byte[]) r[1], (byte[]) r[2], etag((String) r[3]),
                (Instant) r[4]);
        cache.put(key, new Cached(document, now));
        return Optional.of(document);
    }

    private static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }
}
