package org.glossa.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.localization.control.LocaleCatalog;

/**
 * A person who may sign in. The username arrives here already canonical (NFKC, lower-case) and the
 * password only as its hash; the rules that make them so live in {@code security.control.AccountRules}.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_locale", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "locale", nullable = false)
    private Set<String> locales = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "ui_locale", length = 20)
    private String uiLocale;

    /** Written by {@code Accounts.beginVisit} alone, in one statement that leaves the version alone. */
    @Column(name = "visit_started_at", insertable = false, updatable = false)
    private Instant visitStartedAt;

    @Column(name = "previous_visit_started_at", insertable = false, updatable = false)
    private Instant previousVisitStartedAt;

    @Version
    private int version;

    protected Account() {}

    private Account(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            Collection<String> locales,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.locales.addAll(locales);
        this.createdAt = now;
    }

    /** The owner edits every locale, so none is assigned. */
    public static Account owner(String username, String displayName, String passwordHash, Instant now) {
        return new Account(username, displayName, passwordHash, Role.OWNER, Set.of(), now);
    }

    public static Account translator(
            String username, String displayName, String passwordHash, Collection<String> locales, Instant now) {
        if (locales.isEmpty()) {
            throw new IllegalArgumentException("A translator needs at least one locale");
        }
        return new Account(username, displayName, passwordHash, Role.TRANSLATOR, locales, now);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    /** The locales assigned to a translator (empty for the owner, who may edit all of them). */
    public Set<String> assignedLocales() {
        return Set.copyOf(locales);
    }

    /** The locales this account may edit, in catalogue order: all of them for the owner. */
    public List<String> editableLocales() {
        List<String> all = LocaleCatalog.standard().tags();
        return role == Role.OWNER ? all : all.stream().filter(locales::contains).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** A disabled account cannot sign in; it stays, because revisions and the audit name it. */
    public boolean enabled() {
        return enabled;
    }

    /** Whether anything changed. */
    public boolean setEnabled(boolean enabled) {
        boolean changed = this.enabled != enabled;
        this.enabled = enabled;
        return changed;
    }

    /** A translator's new set of locales (at least one); the owner has none to change. Whether anything changed. */
    public boolean assignLocales(Collection<String> tags) {
        if (role != Role.TRANSLATOR) {
            throw new IllegalStateException("Only a translator's locales are assigned");
        }
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("A translator needs at least one locale");
        }
        if (locales.equals(Set.copyOf(tags))) {
            return false;
        }
        locales.clear();
        locales.addAll(tags);
        return true;
    }

    /** The language the back office speaks to this person, once they chose one (a canonical locale tag). */
    public Optional<String> uiLocale() {
        return java.util.Optional.ofNullable(uiLocale);
    }

    /**
     * Since when the back office shows this person what changed: the start of their visit before the current one (a
     * visit is a back-office sign-in), or, on their first visit, when the account was made.
     */
    public Instant seenUntil() {
        return previousVisitStartedAt != null ? previousVisitStartedAt : createdAt;
    }

    /** When this person last signed in to the back office (the start of their current or latest visit). */
    public Optional<Instant> lastSignIn() {
        return Optional.ofNullable(visitStartedAt);
    }

    /** Whether anything changed. The tag is canonical (one of the catalogue's); checking it is the caller's part. */
    public boolean chooseUiLocale(String tag) {
        boolean changed = !tag.equals(uiLocale);
        this.uiLocale = tag;
        return changed;
    }

    /** A new hash (of a new password, or of a reset one): every cached verification of the old one is void. */
    public void replacePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
