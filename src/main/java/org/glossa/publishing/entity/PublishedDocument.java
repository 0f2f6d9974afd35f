package org.glossa.publishing.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A generated document as it is served: its bytes, pre-compressed bytes and validators. Replaced in place,
 * in one row update, so a reader sees either the old or the new version, never a mix.
 */
@Entity
@Table(name = "published_document")
public class PublishedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_key", nullable = false)
    private String siteKey;

    @Column(nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] gzip;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "byte_length", nullable = false)
    private long byteLength;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    protected PublishedDocument() {
    }

    public PublishedDocument(String siteKey, String name) {
        this.siteKey = siteKey;
        this.name = name;
    }

    /**
     * Stores new content. When the content changed but its newest timestamp did not move on (something was
     * removed), Last-Modified becomes {@code now}, so If-Modified-Since never hides a change.
     */
    public void replace(String contentType, byte[] content, byte[] gzip, String sha256, Instant contentTimestamp,
                        Instant now) {
        boolean timestampMovedOn = lastModified == null || contentTimestamp.isAfter(lastModified);
        this.lastModified = timestampMovedOn ? contentTimestamp : now;
        this.contentType = contentType;
        this.content = content;
        this.gzip = gzip;
        this.sha256 = sha256;
        this.byteLength = content.length;
        this.generatedAt = now;
    }

    public boolean sameContent(String sha256) {
        return sha256.equals(this.sha256);
    }

    public String siteKey() {
        return siteKey;
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content;
    }

    public byte[] gzip() {
        return gzip;
    }

    public String sha256() {
        return sha256;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public Instant generatedAt() {
        return generatedAt;
    }
}
