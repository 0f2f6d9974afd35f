package org.glossa.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A regeneration the owner asked for by hand: who, which locale (none: all), when. Only ever added. */
@Entity
@Table(name = "regeneration_order")
public class RegenerationOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String locale;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    protected RegenerationOrder() {}

    public RegenerationOrder(String actor, String locale, Instant orderedAt) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.locale = locale;
        this.orderedAt = Objects.requireNonNull(orderedAt, "orderedAt");
    }

    public Long id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    /** The locale asked for; empty when every locale was. */
    public Optional<String> locale() {
        return Optional.ofNullable(locale);
    }

    public Instant orderedAt() {
        return orderedAt;
    }
}
