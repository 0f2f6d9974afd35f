/**
 * Where each locale's site lives and how a request reaches it: the configured base URLs ({@code GLOSSA_SITES},
 * {@code boundary.Sites}), host and path-prefix routing ({@code control.SiteDirectory}), the paths of the pages
 * ({@code control.SitePaths}), a translation's public URL ({@code control.PublicUrl}), a page's hreflang alternates
 * ({@code control.Alternates}), and what every public response shares ({@code boundary.PublicResponses}: security
 * headers, conditional requests).
 *
 * <p>Decisions: the request's Host and path prefix only <em>select</em> a site; every URL written anywhere (pages,
 * sitemaps, feeds, the API's public URLs) is built from the configured base URLs, so a forged Host header can
 * neither reach a response nor poison a cache. This component sits below the public pages ({@code site}) and the
 * stored documents ({@code documents}), which must agree on every URL, so neither depends on the other.
 *
 * <p>A site that moved keeps its former base URLs ({@code GLOSSA_FORMER_SITES}, {@code control.FormerSites}): a
 * filter registered ahead of every other ({@code boundary.FormerSiteRedirects}) answers each of their paths with one
 * redirect to the same path on the current base, or, when the current site redirects that path itself (a former slug,
 * a trailing slash), straight to where it leads. The public pages sit above this component, so the filter asks them
 * through an interface of its own ({@code boundary.CurrentPages}) that {@code site} implements. Former bases live
 * outside {@code SiteDirectory} on purpose, so no link, alternate, sitemap or feed can ever name one.
 *
 * <p>Links inside content are read with the same knowledge ({@code control.InternalLinks}): which href leads to
 * which site (current or former base, or a root-relative path on the text's own site) and which page
 * ({@code SitePaths.page}, the inverse of the path builders). The editorial workflow checks them before a text goes
 * live; the public pages write links to former URLs as current ones.
 *
 * <p>One rule, one place: which versions a page declares as alternates, in which order, and which one is its
 * x-default are decided by {@code Alternates} alone (pure: the site directory and the live slugs in, the links out),
 * so a page's {@code <link rel="alternate">}, its language switcher and its sitemap entry cannot drift apart; the
 * URL of a post's or experience entry's version is built by {@code PublicUrl} alone, for those and for the editorial
 * API's {@code publicUrl}. An item's x-default is its page in its source locale (which need not be English), else,
 * when that version is not live, its first live version in catalogue order; a section's is
 * {@code SiteDirectory.xDefaultUrl}.
 *
 * <p>{@code boundary.PageResolver} (implemented by {@code site}) answers what a site's path resolves to (200, 301, 404
 * or 410, {@code control.PageStatus}) without rendering, from content read for the caller: the permalink check that
 * follows every regeneration of the documents asks it for each URL of the sitemaps and each internal link of the live
 * bodies, so {@code documents} learns the
 * pages' own answers without an edge to {@code site}.
 */
package org.glossa.domains;
