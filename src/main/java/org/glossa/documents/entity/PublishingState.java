package org.glossa.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outcome of the latest document generation runs of one locale site, as the publishing monitor reads it. */
@Entity
@Table(name = "publishing_state")
public class PublishingState {

    static final int MAX_ERROR_LENGTH = 1000;
    static final int MAX_NOTICES_LENGTH = 4000;

    @Id
    @Column(name = "locale", nullable = false)
    private String locale;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_notices")
    private String lastNotices;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "next_retry_at")
    private Instant nextRetryAt;

    @Column(name = "announced_breach", nullable = false)
    private boolean announcedBreach;

    @Column(name = "permalinks_checked_at")
    private Instant permalinksCheckedAt;

    @Column(name = "broken_permalinks", nullable = false)
    private int brokenPermalinks;

    @Column(name = "broken_permalink_examples")
    private String brokenPermalinkExamples;

    @Column(name = "announced_broken_permalinks", nullable = false)
    private boolean announcedBrokenPermalinks;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PublishingState() {}

    public PublishingState(String locale) {
        this.locale = locale;
    }

    /** A run that started at {@code runStartedAt} regenerated this locale's documents. */
    public void succeeded(Instant runStartedAt, List<String> notices) {
        if (lastSuccessAt == null || runStartedAt.isAfter(lastSuccessAt)) {
            lastSuccessAt = runStartedAt;
            String joined = String.join("\n", notices);
            lastNotices = joined.isEmpty()
                    ? null
                    : joined.length() > MAX_NOTICES_LENGTH ? joined.substring(0, MAX_NOTICES_LENGTH) : joined;
        }
        lastError = null;
        consecutiveFailures = 0;
        nextRetryAt = null;
    }

    /** A run that started at {@code runStartedAt} failed for this locale; retry after {@code backoff}. */
    public void failed(Instant runStartedAt, String error, Duration backoff, Instant now) {
        lastFailureAt = runStartedAt;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        consecutiveFailures++;
        nextRetryAt = now.plus(backoff);
    }

    /** A URL of the locale's published documents that does not work, and why. */
    public record BrokenPermalink(String url, String problem) {}

    /**
     * The permalink check of a run that started at {@code runStartedAt} found {@code broken} problems in this locale;
     * {@code examples} are the first of them (kept as long as they fit the column). An older run's check never
     * overwrites a newer one's.
     */
    public void permalinksChecked(Instant runStartedAt, int broken, List<BrokenPermalink> examples) {
        if (permalinksCheckedAt != null && runStartedAt.isBefore(permalinksCheckedAt)) {
            return;
        }
        permalinksCheckedAt = runStartedAt;
        brokenPermalinks = broken;
        StringBuilder lines = new StringBuilder();
        for (BrokenPermalink example : examples) {
            String line = oneLine(example.url()) + "\t" + oneLine(example.problem());
            if (lines.length() + line.length() + 1 > MAX_NOTICES_LENGTH) {
                break;
            }
            lines.append(lines.isEmpty() ? "" : "\n").append(line);
        }
        brokenPermalinkExamples = lines.isEmpty() ? null : lines.toString();
    }

    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Records that broken permalinks (or, with false, their repair) have been announced. */
    public void announcedBrokenPermalinks(boolean broken) {
        announcedBrokenPermalinks = broken;
    }

    public Optional<Instant> permalinksCheckedAt() {
        return Optional.ofNullable(permalinksCheckedAt);
    }

    public int brokenPermalinks() {
        return brokenPermalinks;
    }

    /** The first findings of the newest check. */
    public List<BrokenPermalink> brokenPermalinkExamples() {
        if (brokenPermalinkExamples == null) {
            return List.of();
        }
        return List.of(brokenPermalinkExamples.split("\n")).stream()
                .map(line -> {
                    int tab = line.indexOf('\t');
                    return tab < 0
                            ? new BrokenPermalink(line, "")
                            : new BrokenPermalink(line.substring(0, tab), line.substring(tab + 1));
                })
                .toList();
    }

    public boolean announcedBrokenPermalinks() {
        return announcedBrokenPermalinks;
    }

    /** Records that a breach (or, with false, its end) has been announced. */
    public void announced(boolean breach) {
        announcedBreach = breach;
    }

    public String locale() {
        return locale;
    }

    public boolean announcedBreach() {
        return announcedBreach;
    }

    public Optional<Instant> lastSuccessAt() {
        return Optional.ofNullable(lastSuccessAt);
    }

    public Optional<Instant> lastFailureAt() {
        return Optional.ofNullable(lastFailureAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** What the newest successful run repaired or left out, one line per item and problem. */
    public List<String> lastNotices() {
        return lastNotices == null ? List.of() : List.of(lastNotices.split("\n"));
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Optional<Instant> nextRetryAt() {
        return Optional.ofNullable(nextRetryAt);
    }
}
