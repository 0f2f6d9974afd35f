package org.glossa.domains.control;

import java.time.Duration;

/**
 * What a public response tells the caches in front of the nodes (a CDN, an nginx {@code proxy_cache}) and the
 * browsers: how long a copy is fresh ({@code max-age}), how long a cache may go on serving a stale copy while it
 * fetches a new one in the background ({@code stale-while-revalidate}, RFC 5861), and how long it may serve one when
 * the nodes answer errors or not at all ({@code stale-if-error}). A publication reaches readers at most
 * {@code max-age} late through such a cache, so that stays short; the stale windows are what keep the site up for
 * readers through a node restart or a database failover.
 *
 * <p>Images are content-addressed (their URL changes with their bytes), so they are cached for a year as immutable.
 */
public record SharedCachePolicy(Duration maxAge, Duration staleWhileRevalidate, Duration staleIfError) {

    private static final Duration LONGEST = Duration.ofDays(365);

    /** One minute fresh, five minutes of background revalidation, a day of fallback on errors. */
    public static final SharedCachePolicy DEFAULT =
            new SharedCachePolicy(Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofDays(1));

    public SharedCachePolicy {
        check("max-age", maxAge);
        check("stale-while-revalidate", staleWhileRevalidate);
        check("stale-if-error", staleIfError);
    }

    private static void check(String directive, Duration value) {
        if (value == null || value.isNegative() || value.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(directive + " must be between 0 seconds and 365 days; got " + value);
        }
    }

    /** The {@code Cache-Control} value of pages, sitemaps, feeds and robots.txt. */
    public String documents() {
        StringBuilder header = new StringBuilder("public, max-age=").append(maxAge.toSeconds());
        if (!staleWhileRevalidate.isZero()) {
            header.append(", stale-while-revalidate=").append(staleWhileRevalidate.toSeconds());
        }
        if (!staleIfError.isZero()) {
            header.append(", stale-if-error=").append(staleIfError.toSeconds());
        }
        return header.toString();
    }

    /** The {@code Cache-Control} value of content-addressed images. */
    public String immutable() {
        return "public, max-age=31536000, immutable";
    }
}
