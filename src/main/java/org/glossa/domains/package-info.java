/**
 * Where each locale's site lives and how a request reaches it: the configured base URLs ({@code GLOSSA_SITES},
 * {@code boundary.Sites}), host and path-prefix routing ({@code control.SiteDirectory}), the paths of the pages
 * ({@code control.SitePaths}), and what every public response shares ({@code boundary.PublicResponses}: security
 * headers, conditional requests).
 *
 * <p>Decisions: the request's Host and path prefix only <em>select</em> a site; every URL written anywhere (pages,
 * sitemaps, feeds, the API's public URLs) is built from the configured base URLs, so a forged Host header can
 * neither reach a response nor poison a cache. This component sits below the public pages ({@code site}) and the
 * stored documents ({@code documents}), which must agree on every URL, so neither depends on the other.
 */
package org.glossa.domains;
