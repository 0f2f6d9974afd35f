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

/** The profile's headline and introduction in one locale. */
@Entity
@Table(name = "profile_text")
public class ProfileText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id", nullable = false)
    private Profile profile;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private String headline;

    @Column(name = "intro_html", nullable = false)
    private String introHtml;

    protected ProfileText() {}

    public ProfileText(Profile profile, String locale, String headline, String introHtml) {
        this.profile = profile;
        this.locale = locale;
        this.headline = headline;
        this.introHtml = introHtml;
    }

    public String locale() {
        return locale;
    }

    public String headline() {
        return headline;
    }

    public String introHtml() {
        return introHtml;
    }
}
