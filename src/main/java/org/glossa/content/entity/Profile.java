package org.glossa.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The professional the site is about: one item, translated like any other. Its display name, headline and
 * introduction are its translations' title, summary and body, one per locale, through the same workflow as posts;
 * the live one in a locale is what that locale's home page shows. It has no page of its own ({@link
 * ItemKind#PROFILE}).
 */
@Entity
@Table(name = "profile")
public class Profile extends TranslatableItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_locale", nullable = false)
    private String sourceLocale;

    @Version
    private int version;

    protected Profile() {}

    public Profile(String sourceLocale) {
        this.sourceLocale = sourceLocale;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String sourceLocale() {
        return sourceLocale;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.PROFILE;
    }

    @Override
    void referredBy(Translation translation) {
        translation.refer(this);
    }

    @Override
    void referredBy(Publication publication) {
        publication.refer(this);
    }
}
