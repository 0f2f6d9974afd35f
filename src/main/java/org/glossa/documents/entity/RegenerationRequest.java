package org.glossa.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to public content whose documents are not regenerated yet: written in the change's own transaction,
 * deleted by the run that regenerated it. Names the item, so the run also regenerates the locales where that
 * item is live (their sitemaps list its alternates); without an item the whole locale is meant.
 */
@Entity
@Table(name = "regeneration_request")
public class RegenerationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String locale;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "experience_id")
    private Long experienceId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected RegenerationRequest() {}

    private RegenerationRequest(String locale, Long postId, Long experienceId, Instant requestedAt) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.postId = postId;
        this.experienceId = experienceId;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public static RegenerationRequest post(String locale, long postId, Instant at) {
        return new RegenerationRequest(locale, postId, null, at);
    }

    public static RegenerationRequest experience(String locale, long experienceId, Instant at) {
        return new RegenerationRequest(locale, null, experienceId, at);
    }

    public static RegenerationRequest wholeLocale(String locale, Instant at) {
        return new RegenerationRequest(locale, null, null, at);
    }

    public Long id() {
        return id;
    }

    public String locale() {
        return locale;
    }

    public Long postId() {
        return postId;
    }

    public Long experienceId() {
        return experienceId;
    }
}
