package org.glossa.content.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image whose type, size and dimensions were read from its bytes when it entered the system. */
@Entity
@Table(name = "media")
public class Media {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mime_type", nullable = false)
    private String mimeType;

    @Column(name = "byte_length", nullable = false)
    private long byteLength;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "alt_text", nullable = false)
    private String altText;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Media() {}

    public Media(VerifiedImage image, String altText, Instant now) {
        this.mimeType = image.mimeType();
        this.byteLength = image.bytes().length;
        this.width = image.width();
        this.height = image.height();
        this.sha256 = image.sha256();
        this.content = image.bytes();
        this.altText = altText == null ? "" : altText;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String mimeType() {
        return mimeType;
    }

    public long byteLength() {
        return byteLength;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String sha256() {
        return sha256;
    }

    public String altText() {
        return altText;
    }

    /** A new text alternative in the uploader's locale ({@code AltText.normalize}d; empty for none). */
    public void describe(String normalizedAltText) {
        this.altText = normalizedAltText == null ? "" : normalizedAltText;
    }

    public byte[] content() {
        return content;
    }
}
