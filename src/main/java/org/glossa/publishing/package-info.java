/**
 * Sitemaps, news sitemap and feeds per locale, generated ahead of requests and served as stored documents;
 * requests never build XML.
 *
 * <p>Decisions:
 * <ul>
 * <li>The writers in {@code control} are pure Java (no container), so the Quartz jobs that regenerate the
 * documents and the unit tests that validate them against the official XSDs run the same code.</li>
 * <li>Entries arrive as an {@link java.util.Iterator} and are written one at a time, so memory stays bounded
 * however many URLs a locale has. Every entry is serialised into a small buffer before it is written, which
 * lets the sitemap writer split files <em>before</em> the 50,000-URL / 50 MiB limits (RULES.md SM-1) are
 * crossed instead of discovering it afterwards.</li>
 * <li>All XML goes through the JDK's own StAX writer, never by string concatenation, so {@code &} and
 * {@code <} are escaped everywhere (SM-3a); URLs must already be percent-encoded ASCII and are rejected
 * otherwise (SM-4), because a writer cannot know which encoding the caller's path segments need.</li>
 * <li>Value records reject what the standards forbid (relative URLs, hreflang sets without the page itself,
 * news languages such as {@code zh-Hans}, enclosures without a length) when they are built, so a job fails
 * on the offending entry rather than publishing a file that crawlers silently ignore.</li>
 * <li>Storage: table {@code published_document}, one row per (site, file name): uncompressed and gzip bytes, SHA-256
 * (the strong ETag), Last-Modified. A regeneration compares the SHA-256 and leaves an unchanged row alone, so
 * ETags stay stable across runs; a changed document is one row update, so a reader sees the old or the new bytes,
 * and a crash mid-run (one transaction per locale) leaves the previous version served. {@code site_key} is
 * varchar(255), not 35: robots.txt rows are keyed by host name.</li>
 * <li>Memory: {@link org.glossa.publishing.control.SiteDocuments} hands each document to the store as soon as it is
 * complete (sitemap parts as the writer closes them), and the store flushes and detaches it, so at most one
 * document (at most {@code glossa.sitemap.max-bytes}) is held, whatever the number of URLs. The input is the
 * body-less {@code SiteSnapshot} (five queries); the feed's descriptions are the summaries.</li>
 * <li>What is listed: per locale, home, blog (page 1 only: later pages list different posts per locale and have no
 * alternates), experience timeline, every live role page and every live post, with the same alternates as the
 * pages' own {@code <link rel="alternate">}: every locale where the item is live plus x-default. Cover images are
 * {@code image:image} entries.</li>
 * <li>Timestamps: an item's {@code lastmod} is its translation's {@code published_at} (its content's last change);
 * home, blog and experience take the newest of what they list; a part and the index take the newest inside
 * (HT-5). When a document's bytes change without a newer content timestamp (an alternate or an item was
 * removed), its Last-Modified becomes the regeneration time, so If-Modified-Since never hides the change.</li>
 * <li>News sitemap: posts first published in the locale within two days, at most 1,000, publication name = the
 * owner's name, language from the {@code news} column of locales.tsv ({@code zh-cn}). With none it is an empty
 * {@code <urlset>} that stays at the same URL (Google accepts it; NW-6).</li>
 * <li>Feed: the latest 50 posts, guid = permalink, pubDate = first publication, enclosure = the cover with the byte
 * length and MIME type verified on upload. Served as {@code application/rss+xml; charset=utf-8}, the type of
 * {@code atom:link rel=self} and of every page's {@code <link rel="alternate">} (HT-2).</li>
 * <li>Triggering: every committed ContentChanged asks Quartz for one run of {@code RegenerateDocumentsJob}
 * ({@code fireNow} coalesces requests while a run is pending) that regenerates all locales: the simplest
 * correct answer to "other locales' alternates change too", cheap because unchanged documents are not
 * rewritten. The same job runs on {@code glossa.publishing.full-regeneration-cron} to repair anything missed,
 * and once at start-up after demo content.</li>
 * <li>Serving: {@code SiteServlet} answers {@code /sitemap.xml}, {@code /sitemap-N.xml}, {@code /news-sitemap.xml}
 * and {@code /feed.xml} of each locale site, and {@code /robots.txt} at each host root (one Sitemap line per locale
 * site on that host, path-prefix sites included), from an in-memory copy rechecked against the stored SHA-256
 * every few seconds (so other cluster nodes follow) and cleared at once on the node that regenerated.
 * If-None-Match decides when present, else If-Modified-Since (RFC 9110).</li>
 * </ul>
 */
package org.glossa.publishing;
