package org.glossa.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The professional the site is about. */
@Entity
@Table(name = "profile")
public class Profile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Version
    private int version;

    protected Profile() {}

    public Profile(String displayName) {
        this.displayName = displayName;
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
