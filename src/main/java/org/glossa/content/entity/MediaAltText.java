package org.glossa.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An image's text alternative in one more locale. The uploader's own is {@link Media#altText()}; readers in a locale
 * without either get the post's title as the description. Never empty: clearing one removes it.
 */
@Entity
@Table(name = "media_alt_text")
public class MediaAltText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "media_id", nullable = false)
    private Media media;

    @Column(nullable = false)
    private String locale;

    @Column(name = "alt_text", nullable = false)
    private String altText;

    protected MediaAltText() {}

    public MediaAltText(Media media, String locale, String normalizedAltText) {
        this.media = media;
        this.locale = locale;
        rewrite(normalizedAltText);
    }

    public String locale() {
        return locale;
    }

    public String altText() {
        return altText;
    }

    /** A new text; a blank one is refused (the caller removes the row instead). */
    public void rewrite(String normalizedAltText) {
        if (normalizedAltText == null || normalizedAltText.isBlank()) {
            throw new IllegalArgumentException("An alt text per locale is never empty");
        }
        this.altText = normalizedAltText;
    }
}
