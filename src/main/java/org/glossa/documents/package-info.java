/**
 * Sitemaps, news sitemap, feeds and robots.txt per locale, generated ahead of requests and served as stored documents;
 * requests never build XML.
 *
 * <p>Decisions:
 * <ul>
 * <li>The writers in {@code control} are pure Java (no container), so the Quartz jobs that regenerate the
 * documents and the unit tests that validate them against the official XSDs run the same code.</li>
 * <li>Entries arrive as an {@link java.util.Iterator} and are written one at a time, so memory stays bounded
 * however many URLs a locale has. Every entry is serialised into a small buffer before it is written, which
 * lets the sitemap writer split files <em>before</em> the 50,000-URL / 50 MiB limits (sitemaps.org protocol) are
 * crossed instead of discovering it afterwards.</li>
 * <li>All XML goes through the JDK's own StAX writer, never by string concatenation, so {@code &} and
 * {@code <} are escaped everywhere (sitemaps.org: entity escaping); URLs must already be percent-encoded ASCII and are rejected
 * otherwise (sitemaps.org: absolute, escaped loc), because a writer cannot know which encoding the caller's path segments need.</li>
 * <li>Value records reject what the standards forbid (relative URLs, hreflang sets without the page itself,
 * news languages such as {@code zh-Hans}, enclosures without a length) when they are built, so a job fails
 * on the offending entry rather than publishing a file that crawlers silently ignore.</li>
 * <li>Stored text is the exception: a title or summary that XML 1.0 cannot carry (a row older than input
 * cleaning, a manual UPDATE) is repaired in the output, as input cleaning would have stored it, and an item whose
 * title is empty once repaired is left out of the news sitemap and feed; the run logs each with the item and locale
 * and records it in the publishing status ({@code notices}), and every other item of the locale is published. One
 * pasted U+000B used to stop a locale's documents for good.</li>
 * <li>Storage: table {@code published_document}, one row per (site, file name): SHA-256 (the strong ETag),
 * Last-Modified, sizes; the bytes, gzip-compressed, are in {@code published_document_chunk} in 256 KiB chunks
 * ({@code control.DocumentTable}, plain JDBC on the transaction's connection); the identity encoding is inflated from
 * them when a document is read for serving (storing both made the uncompressed bytes, 40 times the compressed ones,
 * most of what a full run wrote). A regeneration compares the SHA-256
 * and leaves an unchanged document alone, so ETags stay stable across runs; a changed document's row and chunks
 * are replaced in the site's transaction, so a reader (one statement) sees the old or the new bytes, and a crash
 * mid-run leaves the previous version served. {@code site_key} is varchar(255), not 35: robots.txt rows are keyed
 * by host name; x-default's documents are keyed {@code x-default}. Every writing transaction first locks the one
 * row of {@code document_write_lock} ({@code SELECT ... FOR UPDATE}, portable to H2): runs on several nodes or
 * threads (start-up, scheduled, requested) write one after the other, and each generates from the content committed
 * before it, so a slower run never stores an older view over a newer one. {@code TwoNodesIT} caught the race this
 * closes (a node's start-up run against the other node's scheduled run, both inserting the same new rows).</li>
 * <li>Memory is bounded whatever the content size. Input: {@code control.DatabaseContent} pages through a locale's
 * live items by item id, 500 at a time, with one query for the page and one for its alternates (so the query
 * count grows with content / 500, never per item). Output: each document is written into a
 * {@code control.DocumentSpool} (memory up to 1 MiB, then a temporary file) that computes length and SHA-256 while
 * it is written, gzip compressed on the way into its chunks (hashing and compressing are done by one compressor thread
 * beside the writer, at most four 64 KiB blocks of a spool waiting for it), and deleted. Serving: a document
 * of at most 512 KiB (both encodings) is kept in memory; a larger one is copied once per version, chunk by chunk
 * with a cursor, into this node's file cache (named by its SHA-256) and sent from there.
 * {@code src/benchmark/generate-documents.sh} runs this path on PostgreSQL for 20,000 posts x 17 locales at
 * {@code -Xmx256m} or less. Sitemap items are in id order, so a new post changes the last part only.</li>
 * <li>The x-default site (when it has a base URL of its own) serves {@code sitemap.xml} and {@code sitemap-1.xml}
 * listing its language chooser with every home as alternate: every home names the chooser as x-default, so the
 * chooser's URL is listed with the same cluster (Google's hreflang rules: reciprocal links). Its host's robots.txt lists that index.</li>
 * <li>What is listed: per locale, home, blog (page 1 only: later pages list different posts per locale and have no
 * alternates), experience timeline, every live role page and every live post, with the same alternates as the
 * pages' own {@code <link rel="alternate">}: every locale where the item is live plus x-default. Cover images are
 * {@code image:image} entries.</li>
 * <li>Timestamps: an item's {@code lastmod} is its translation's {@code published_at} (its content's last change);
 * home, blog and experience take the newest of what they list; a part and the index take the newest inside
 * (sitemaps.org: lastmod and If-Modified-Since). When a document's bytes change without a newer content timestamp (an alternate or an item was
 * removed), its Last-Modified becomes the regeneration time, so If-Modified-Since never hides the change.</li>
 * <li>News sitemap: posts first published in the locale within two days, at most 1,000, publication name = the
 * owner's name, language from the {@code news} column of locales.tsv ({@code zh-cn}). With none it is an empty
 * {@code <urlset>} that stays at the same URL (Google accepts it; Google News sitemaps: last two days only).</li>
 * <li>Feed: the latest 50 posts, guid = permalink, pubDate = first publication, enclosure = the cover with the byte
 * length and MIME type verified on upload. Served as {@code application/rss+xml; charset=utf-8}, the type of
 * {@code atom:link rel=self} and of every page's {@code <link rel="alternate">} (feed media type).</li>
 * <li>Triggering: a ContentChanged (publication, unpublication, a new slug going live) writes a row of
 * {@code regeneration_request} (locale and item) in the change's own transaction, so a committed change always
 * has its request, and once committed asks Quartz for a one-off run of {@code RegenerateDocumentsJob}
 * ({@code fireNow} coalesces requests while a run is pending). That run regenerates the changed locales and every
 * locale where a changed item is live (their sitemaps gain, lose or move its alternate), plus the locales whose
 * retry is due, then x-default's sitemap and robots.txt; it deletes exactly the requests it read. A locale where
 * the item is not live is not regenerated at all ({@code PublishingIT}). The same job on
 * {@code glossa.publishing.full-regeneration-cron} regenerates every locale to repair anything missed, and
 * {@code DocumentsAtStartup} does the same once after demo content.</li>
 * <li>Transactions: the beans that write from the scheduler's threads ({@code DocumentStore},
 * {@code PublishingRuns}, {@code SlaAnnouncements}, {@code RegenerationRequests}, and {@code notifications}'
 * {@code NotificationClaims}) are
 * stateless EJBs. Payara enlists a connection in a transaction begun by CDI's {@code @Transactional} only on request
 * threads; on Quartz's threads and at start-up such a connection stayed in auto-commit, and a failure while
 * storing left a site half new ({@code PublishingMonitorIT} injects that failure with a trigger).
 * {@code DocumentStore} refuses to write on a connection in auto-commit.</li>
 * <li>Serving: {@code ServedDocuments} holds what {@code serving} answers for {@code /sitemap.xml}, {@code /sitemap-N.xml}, {@code /news-sitemap.xml}
 * and {@code /feed.xml} of each locale site, and {@code /robots.txt} at each host root (one Sitemap line per locale
 * site on that host, path-prefix sites included), from an in-memory copy rechecked against the stored SHA-256
 * every few seconds (so other cluster nodes follow) and cleared at once on the node that regenerated
 * ({@code ServedDocuments}; {@code Regeneration} writes, {@code ServedDocuments} reads). Requests that are not for
 * a stored document go on to the public pages.
 * If-None-Match decides when present, else If-Modified-Since (RFC 9110).</li>
 * <li>Announcements: {@code DocumentStore} tells {@code notifications} in the per-locale transaction what changed (a
 * WebSub ping when the feed's bytes changed, an IndexNow batch of the sitemap URLs whose lastmod is newer than the
 * previous index and of the pages that left the site), so an announcement exists exactly when the documents it
 * announces committed.</li>
 * </ul>
 *
 * <p>Publishing SLA and alerting (decisions):
 * <ul>
 * <li>Each locale's generation outcome is a row of {@code publishing_state} ({@code PublishingRuns}, its own
 * transaction, recorded by {@code Regeneration} around each locale's store): start of the last successful
 * run, last failure and its error (the innermost exception's message), consecutive failures and the next retry.</li>
 * <li>Lag ({@code control.LocalePublishing}, pure) is how long the locale's newest change (newest {@code published_at}
 * or {@code withdrawn_at} in {@code publication}) has waited since, while the last successful run started before it;
 * zero when the documents are up to date. So the gauge grows while a publication waits and is comparable with
 * {@code glossa.publishing.sla} (default PT5M). A locale is BREACHED when that lag exceeds the SLA, or at once
 * when its newest run failed (a failure after the last success).</li>
 * <li>{@code PublishingMonitorJob} runs {@code PublishingMonitor.check} every {@code glossa.publishing.monitor-seconds}
 * (default 15): on a change to BREACHED it logs SEVERE naming locale and cause and posts
 * {@code publishing.run.failed} or {@code publishing.sla.breached} to {@code glossa.alert.webhook}; on the change back,
 * INFO and {@code publishing.recovered}. The announced state is a column of
 * {@code publishing_state} ({@code announced_breach}), flipped by a conditional UPDATE in the transaction that
 * queues the alert ({@code SlaAnnouncements}, which queues it through {@code notifications}' {@code AlertWebhook}): each change is announced once for the whole cluster, whichever node's check sees it, and a
 * restart does not repeat an ongoing breach.</li>
 * <li>Retry: a failed locale's {@code next_retry_at} is 10 s, 20 s, 40 s ... (at most 10 min) after the failure
 * ({@code control.RetryBackoff}); the monitor fires {@code RegenerateDocumentsJob} once it is due, so a retry comes
 * within one monitor interval of its time. Not {@code Scheduling.fireAt} at the retry time: a pending one-off trigger
 * would absorb the {@code fireNow} of a publication made meanwhile and delay it until the retry.</li>
 * <li>Readiness check {@code publishing} is DOWN with one data entry per breached locale (its cause); the other components report their own readiness. Gauge {@code glossa_publishing_lag_seconds{locale="de"}} (application scope), one per locale,
 * registered at start-up, shows the monitor's last evaluation so a scrape costs no query. {@code GET
 * /api/v1/publishing/status} (owner) evaluates afresh.</li>
 * <li>The webhook goes through the outbound notification queue (kind WEBHOOK), so an alert the receiver misses is
 * retried with backoff and ends as a dead letter the owner can see, like the other notifications.</li>
 * <li>Failure in tests comes from data, not from a switch: {@code PublishingMonitorIT} writes an invalid MIME type
 * into the demo cover's {@code media} row, which the RSS writer refuses as an enclosure type.</li>
 * </ul>
 *
 * <p>Permalink check (decisions):
 * <ul>
 * <li>Every run ({@code Regeneration}: full and request-driven) checks what it generated for the locales it
 * regenerated, before storing it: each URL of the parts as the writer takes it in ({@code control.GenerationObserver};
 * reading the 60 MB of a large site's parts back with StAX cost more than the rest of the check, and the bytes are what
 * the writer's tests validate against the schemas), then the sitemap index read back (StAX) to list only parts the run
 * wrote (a document it cannot read is a finding), every URL routed by
 * {@code SiteDirectory.route} and answered by the site's own page dispatch, in process ({@code domains}'
 * {@code PageResolver}, implemented by {@code site} on the {@code Pages.resolve} step that rendering also goes through,
 * so the check and the pages cannot disagree; no template runs). The statuses come from content read for the run, not
 * from the copy serving readers: every locale's rows of the item group being rendered are read at once, when the check
 * first asks about one of its items ({@code control.GroupStatuses}: groups are rendered one after another in every
 * locale of the run, {@code SiteDocuments.preRender}), so a full run reads each group once, some 17,000 rows; the
 * section pages (home, blog, experience) resolve without content, so a site is read only for its items. A publication committed during a run may show
 * up as a finding that the run it triggers clears.</li>
 * <li>Then the links inside the regenerated locales' live bodies ({@code control.BodyLinkCheck}): the stored, sanitised
 * HTML of live posts and roles and the profile's introductions (what readers get; the Markdown source may hold a newer
 * draft). Their links were extracted when each publication was written ({@code content.entity.BodyLinks}, stored in
 * {@code publication_link}) and are read in one streaming query per locale ({@code control.LiveBodies}; no body is
 * read or parsed: reading 17 locales' bodies took 8 to 14 s at 850,850 translations), each link
 * resolved by {@code InternalLinks.resolve} and asked of the same statuses; 404 or 410 is a finding of the page holding
 * the link, 301 is fine (pages write former URLs as current ones when they render).</li>
 * <li>Findings ({@code control.PermalinkFinding(locale, url, problem)}) collect per locale in
 * {@code control.PermalinkFindings}; {@code control.PermalinkCheck} adds those of the sitemaps (a URL or x-default not
 * answering 200, alternates that do not pair back), {@code control.BodyLinkCheck} those of the bodies, before
 * {@code Regeneration.recordPermalinks} records them.</li>
 * <li>Pairing keeps no URL list: per set of alternates (one per item) two 64-bit digests (of the members named, of the
 * pages that listed the set), two locale masks and an example URL, so a run over 850,850 URLs holds some 50,000 small
 * records. Stricter than "A lists B back": every page of a cluster must list the same set (Google's hreflang rules
 * ask each version to list every other).</li>
 * <li>Stored on {@code publishing_state} (count, the first findings that fit 4,000 characters, check time) by the run;
 * announced by the monitor like an SLA breach but on its own flag ({@code announced_broken_permalinks}), and never
 * DOWN in readiness: readers are still served. Gauge {@code glossa_broken_permalinks{locale}}.</li>
 * </ul>
 */
package org.glossa.documents;
