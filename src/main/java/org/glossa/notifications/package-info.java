/**
 * Outbound notifications: what Glossa tells other servers, through one persistent queue
 * ({@code outbound_notification}) with retries and dead letters. WebSub publish pings and IndexNow submissions
 * announce changed documents; the alert webhook announces publishing SLA breaches and recoveries.
 *
 * <p>Decisions:
 * <ul>
 * <li>Queue: {@code Notifications.enqueue} joins the caller's
 * transaction, so a WebSub ping or IndexNow submission exists exactly when the documents it announces committed
 * ({@code documents}' {@code DocumentStore} enqueues in the per-locale transaction: a ping when the feed's bytes changed, an IndexNow
 * batch of the sitemap URLs whose lastmod is newer than the previous index). {@code DeliverNotificationsJob} POSTs
 * due rows with 5 s timeouts; a non-2xx answer or an error is retried after base * 2^(attempts-1), at most 1 h, and
 * after {@code glossa.notifications.max-attempts} the row is DEAD: the owner lists and retries dead letters at
 * {@code /api/v1/publishing/dead-letters}. Claiming is a version-conditional UPDATE that moves
 * {@code next_attempt_at} to the end of a 60 s claim, committed before sending: no transaction waits on HTTP, each
 * attempt is made by one node, the same SQL runs on PostgreSQL and H2 (no {@code SKIP LOCKED}), and a node dying
 * mid-send leaves the row due again when the claim ends (at-least-once delivery; hubs and IndexNow are idempotent).</li>
 * <li>WebSub: with {@code glossa.websub.hub} set, feeds carry {@code atom:link rel="hub"} after the
 * self link and are served with {@code Link: <hub>; rel="hub", <feed>; rel="self"}, each locale its own topic.
 * IndexNow (key file and batch submission): with {@code glossa.indexnow.key} set, {@code /{key}.txt} is served at the root of every site
 * host, and each batch names its host and {@code keyLocation}, at most 10,000 URLs. A batch lists the pages whose
 * lastmod is newer than the previous run and the pages that left the site since (unpublished or moved to another
 * slug, and not live again): IndexNow asks for URLs "added, updated or deleted".</li>
 * <li>This component knows targets, payloads and delivery; what to announce and when stays with the callers
 * ({@code documents}' {@code DocumentStore} through {@code ChangeAnnouncements}, its SLA monitor through
 * {@code AlertWebhook}). The IndexNow key file is served on every site host, before
 * the public pages, by {@code serving} ({@code ChangeAnnouncements.indexNowKey}).</li>
 * <li>A malformed alert webhook URL turns the webhook off with a warning that does not repeat the URL (webhook URLs
 * often carry a secret) instead of failing the announcement.</li>
 * </ul>
 */
package org.glossa.notifications;
