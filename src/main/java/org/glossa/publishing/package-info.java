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
 * <li>Outbound notifications ({@code outbound_notification}): {@code Notifications.enqueue} joins the caller's
 * transaction, so a WebSub ping or IndexNow submission exists exactly when the documents it announces committed
 * ({@code DocumentStore} enqueues in the per-locale transaction: a ping when the feed's bytes changed, an IndexNow
 * batch of the sitemap URLs whose lastmod is newer than the previous index). {@code DeliverNotificationsJob} POSTs
 * due rows with 5 s timeouts; a non-2xx answer or an error is retried after base * 2^(attempts-1), at most 1 h, and
 * after {@code glossa.notifications.max-attempts} the row is DEAD: the owner lists and retries dead letters at
 * {@code /api/v1/publishing/dead-letters}. Claiming is a version-conditional UPDATE that moves
 * {@code next_attempt_at} to the end of a 60 s claim, committed before sending: no transaction waits on HTTP, each
 * attempt is made by one node, the same SQL runs on PostgreSQL and H2 (no {@code SKIP LOCKED}), and a node dying
 * mid-send leaves the row due again when the claim ends (at-least-once delivery; hubs and IndexNow are idempotent).</li>
 * <li>WebSub (WS-1..WS-3): with {@code glossa.websub.hub} set, feeds carry {@code atom:link rel="hub"} after the
 * self link and are served with {@code Link: <hub>; rel="hub", <feed>; rel="self"}, each locale its own topic.
 * IndexNow (IN-1, IN-2): with {@code glossa.indexnow.key} set, {@code /{key}.txt} is served at the root of every site
 * host, and each batch names its host and {@code keyLocation}, at most 10,000 URLs. Removed pages are not submitted
 * yet (IN-4 allows it): the sitemaps no longer list them.</li>
 * </ul>
 *
 * <p>Publishing SLA and alerting (decisions):
 * <ul>
 * <li>Each locale's generation outcome is a row of {@code publishing_state} ({@code PublishingRuns}, its own
 * transaction, recorded by {@code Documents.regenerateAll} around each locale's store): start of the last successful
 * run, last failure and its error (the innermost exception's message), consecutive failures and the next retry.</li>
 * <li>Lag ({@code control.LocalePublishing}, pure) is how long the locale's newest change (newest {@code published_at}
 * or {@code withdrawn_at} in {@code publication}) has waited since, while the last successful run started before it;
 * zero when the documents are up to date. So the gauge grows while a publication waits and is comparable with
 * {@code glossa.publishing.sla} (default PT5M). A locale is BREACHED when that lag exceeds the SLA, or at once
 * when its newest run failed (a failure after the last success).</li>
 * <li>{@code PublishingMonitorJob} runs {@code PublishingMonitor.check} every {@code glossa.publishing.monitor-seconds}
 * (default 15): on a change to BREACHED it logs SEVERE naming locale and cause and posts
 * {@code publishing.run.failed} or {@code publishing.sla.breached} to {@code glossa.alert.webhook}; on the change back,
 * INFO and {@code publishing.recovered}. The last known state is per node, in memory: after a restart, or when a
 * firing lands on another cluster node, an ongoing breach is announced again (a repeat rather than a silence).</li>
 * <li>Retry: a failed locale's {@code next_retry_at} is 10 s, 20 s, 40 s ... (at most 10 min) after the failure
 * ({@code control.RetryBackoff}); the monitor fires {@code RegenerateDocumentsJob} once it is due, so a retry comes
 * within one monitor interval of its time. Not {@code Scheduling.fireAt} at the retry time: a pending one-off trigger
 * would absorb the {@code fireNow} of a publication made meanwhile and delay it until the retry.</li>
 * <li>Readiness check {@code publishing} is DOWN with one data entry per breached locale (its cause); {@code site}
 * stays as it was. Gauge {@code glossa_publishing_lag_seconds{locale="de"}} (application scope), one per locale,
 * registered at start-up, shows the monitor's last evaluation so a scrape costs no query. {@code GET
 * /api/v1/publishing/status} (owner) evaluates afresh.</li>
 * <li>The webhook is sent directly (java.net.http, async, 2 s connect / 5 s request timeout, once): the outbound
 * notification queue existed but was not yet delivering when this was built; moving alerts onto it is a change to
 * {@code AlertWebhook.send} only.</li>
 * <li>Failure in tests comes from data, not from a switch: {@code PublishingMonitorIT} writes an invalid MIME type
 * into the demo cover's {@code media} row, which the RSS writer refuses as an enclosure type.</li>
 * </ul>
 */
package org.glossa.publishing;
