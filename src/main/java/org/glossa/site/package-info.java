/**
 * The public pages: one site per locale, each at its own configured base URL ({@code domains}), plus an x-default
 * site with a language chooser.
 *
 * <p>Decisions: the request's Host and path prefix only <em>select</em> a site; every URL written into a
 * page comes from the configured base URLs, so a forged Host header can neither reach a response nor poison a
 * cache. Sitemaps and feeds are not pages: {@code documents} answers them before this servlet is reached.
 * Pages change only on publication, so each is rendered when first asked for, from what that page shows
 * ({@link org.glossa.site.control.SiteQueries}: a few indexed queries, the same number however large the site), and
 * served as cached bytes by a plain servlet, which creates no HTTP session. Nothing proportional to the site is held
 * or read at once: the page cache is bounded by bytes ({@link org.glossa.site.control.PageCache}), and a publication
 * marks stale only the pages it changes (the item's pages in every locale, its locale's lists, every list when the
 * site's totals moved), on this node after commit and on the others within a second. The permalink check resolves a
 * locale's sitemap URLs against that locale's {@link org.glossa.site.control.SiteSnapshot} instead, read in six
 * queries, so that checking 50,000 URLs costs no query per URL. The redirects of former base URLs learn from these pages
 * ({@code boundary.PageRedirects}, the {@code domains} component's {@code CurrentPages}) where a path now leads, so a
 * former slug on a former base is one hop away from its page, as on the current base.
 *
 * <p>A preview ({@code /preview} with a signed query, see {@code domains}) is the one page rendered per request: the
 * working version a valid link names goes through the same {@link org.glossa.site.control.Pages} and the same Markdown
 * renderer and sanitiser as at publication, so the translator and the owner see what readers will get; it is marked
 * {@code noindex}, answered {@code no-store} with no ETag, and never enters the page cache. A link that is altered,
 * expired, for another site or for a revision saved over since gets a page in the site's language, never the draft.
 */
package org.glossa.site;
