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
 * </ul>
 */
package org.glossa.publishing;
