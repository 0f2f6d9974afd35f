package org.glossa.publishing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.publishing.control.GeneratedDocument;
import org.glossa.publishing.control.SiteDocuments;
import org.glossa.publishing.entity.PublishedDocument;

/**
 * Writes generated documents into {@code published_document}, one transaction per site: a document whose bytes
 * did not change keeps its row (and so its ETag and Last-Modified); a changed one is replaced by a single row
 * update, which readers see whole or not at all; parts no longer produced are deleted.
 */
@ApplicationScoped
public class DocumentStore {

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    @Inject
    ChangeAnnouncements announcements;

    /** @return how many documents were written (changed, new or deleted) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int regenerate(SiteDocuments documents, LocaleDefinition locale, Instant now) {
        Map<String, PublishedDocument> stored = stored(locale.tag());
        PublishedDocument previousIndex = stored.get(SiteDocuments.INDEX);
        Instant previousRun = previousIndex == null ? null : previousIndex.generatedAt();
        int[] written = {0};
        boolean[] feedChanged = {false};
        List<String> names = documents.withHub(announcements.hub().orElse(null)).generate(locale, now, generated -> {
            if (store(locale.tag(), stored.get(generated.name()), generated, now)) {
                written[0]++;
                feedChanged[0] |= SiteDocuments.FEED.equals(generated.name());
            }
        });
        for (PublishedDocument old : stored.values()) {
            if (!names.contains(old.name())) {
                em.remove(old);
                written[0]++;
            }
        }
        // Announced in this transaction: a notification exists exactly when the changed documents committed.
        if (feedChanged[0]) {
            announcements.feedChanged(documents.feedUrl(locale));
        }
        if (written[0] > 0 && announcements.indexNowEnabled()) {
            announcements.pagesChanged(documents.pageUrlsChangedAfter(locale, previousRun));
        }
        return written[0];
    }

    /** @return whether robots.txt of {@code host} was written */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean regenerateRobots(SiteDocuments documents, String host, Instant now) {
        PublishedDocument existing = stored(host).get(SiteDocuments.ROBOTS);
        return store(host, existing, documents.robots(host, now), now);
    }

    private Map<String, PublishedDocument> stored(String siteKey) {
        return em.createQuery("SELECT d FROM PublishedDocument d WHERE d.siteKey = :key", PublishedDocument.class)
                .setParameter("key", siteKey).getResultStream()
                .collect(Collectors.toMap(PublishedDocument::name, Function.identity()));
    }

    private boolean store(String siteKey, PublishedDocument existing, GeneratedDocument generated, Instant now) {
        String sha256 = sha256(generated.content());
        if (existing != null && existing.sameContent(sha256)) {
            return false;
        }
        PublishedDocument document = existing != null ? existing : new PublishedDocument(siteKey, generated.name());
        document.replace(generated.contentType(), generated.content(), gzip(generated.content()), sha256,
                generated.contentTimestamp(), now);
        if (existing == null) {
            em.persist(document);
        }
        // Write now, so the bytes can be dropped before the next document is generated.
        em.flush();
        em.detach(document);
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, content.length / 4));
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
