package org.glossa.serving.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.glossa.documents.boundary.ServedDocument;
import org.glossa.documents.boundary.ServedDocuments;
import org.glossa.documents.control.SiteDocuments;
import org.glossa.domains.boundary.CurrentPages;
import org.glossa.domains.boundary.FormerSiteRedirects;
import org.glossa.domains.boundary.PublicCaching;
import org.glossa.domains.boundary.PublicResponses;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.FormerSites;
import org.glossa.domains.control.PreviewLink;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.notifications.boundary.ChangeAnnouncements;
import org.glossa.notifications.control.WebSubPing;
import org.glossa.problem.ServiceUnavailable;
import org.glossa.serving.control.PublicRequest;
import org.glossa.site.boundary.PublicSite;
import org.glossa.site.control.RenderedPage;

/**
 * What a public host answers to GET and HEAD, decided in one place for both servers: the servlet container (the
 * filters and servlet of the key file, the stored documents and the pages) and the public listener. The Host header
 * and path only select a site and what to send; nothing of the request is reflected.
 *
 * <p>Each method can be asked not to wait ({@code mayWait} false): it then answers only from what is in memory, and
 * otherwise returns {@link PublicAnswer#NOT_IN_HAND}, so an event loop never waits for the database or a render.
 */
@ApplicationScoped
public class PublicAnswers {

    private static final byte[] UNKNOWN_SITE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>No site is served at this address.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private static final byte[] PAGE_UNAVAILABLE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Temporarily unavailable</title></head>
            <body><h1>Temporarily unavailable</h1><p>This page cannot be shown just now. Please try again in a             moment.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private static final byte[] DOCUMENT_UNAVAILABLE =
            "Temporarily unavailable; please try again in a moment.\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    Sites sites;

    @Inject
    PublicSite site;

    @Inject
    PublicCaching caching;

    @Inject
    ServedDocuments documents;

    @Inject
    ChangeAnnouncements announcements;

    @Inject
    CurrentPages currentPages;

    /**
     * What this bean reads of the configuration on every request, read once (it does not change while running), and
     * the beans it asks without waiting, called directly rather than through their proxies.
     */
    private record Settings(
            SiteDirectory directory,
            FormerSites former,
            Optional<String> indexNowKey,
            Optional<String> hub,
            String documentsCacheControl,
            String immutableCacheControl,
            PublicSite site,
            ServedDocuments documents) {}

    private volatile Settings settings;

    /**
     * Everything a public host serves: a former base URL's redirect, the key file, a stored document, else a page.
     * Methods other than GET and HEAD are refused before, except on a former base, which redirects them too.
     */
    public PublicAnswer answer(PublicRequest request, boolean mayWait) {
        PublicAnswer answer = formerSite(request, mayWait);
        if (answer == null && !"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
            return PublicAnswer.status(405).header("Allow", "GET, HEAD");
        }
        if (answer == null) {
            answer = keyFile(request);
        }
        if (answer == null) {
            answer = document(request, mayWait);
        }
        return answer != null ? answer : page(request, mayWait);
    }

    /**
     * A request on a former base URL ({@code GLOSSA_FORMER_SITES}): one redirect to the current base (see
     * {@link FormerSiteRedirects}); null for any other request. Asking where a read leads may take the database.
     */
    private PublicAnswer formerSite(PublicRequest request, boolean mayWait) {
        FormerSites former = settings().former();
        if (former.isEmpty()
                || former.target(request.header("Host"), request.path()).isEmpty()) {
            return null;
        }
        if (!mayWait) {
            return PublicAnswer.NOT_IN_HAND;
        }
        return FormerSiteRedirects.moved(
                        former, currentPages, request.method(), request.header("Host"), request.path(), request.query())
                .map(moved -> secured(moved.status())
                        .header("Location", moved.location())
                        .header("Cache-Control", FormerSiteRedirects.CACHE_CONTROL)
                        .body(null, new byte[0]))
                .orElse(null);
    }

    /** The IndexNow key file ({@code /{key}.txt} on every served host), or null for any other request. */
    public PublicAnswer keyFile(PublicRequest request) {
        Optional<String> key = settings().indexNowKey();
        if (key.isEmpty() || !("/" + key.get() + ".txt").equals(request.path()) || servedHost(request) == null) {
            return null;
        }
        return secured(200)
                .header("Cache-Control", "public, max-age=3600")
                .body("text/plain; charset=utf-8", key.get().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A stored document (a locale's sitemaps, news sitemap and feed, robots.txt at a host's root) with validators and,
     * when the client accepts it, its stored gzip bytes; null when the request names none.
     */
    public PublicAnswer document(PublicRequest request, boolean mayWait) {
        Optional<Located> located;
        try {
            located = locate(request, mayWait);
        } catch (ServedDocuments.Unavailable e) {
            // A document this node holds no copy of, while the database is away.
            return secured(503)
                    .header("Retry-After", String.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS))
                    .header("Cache-Control", "no-store")
                    .body("text/plain; charset=UTF-8", DOCUMENT_UNAVAILABLE);
        }
        if (located == null) {
            return PublicAnswer.NOT_IN_HAND;
        }
        return located.map(l -> send(request, l)).orElse(null);
    }

    /** Every page of every site, or a 404 for a host no site is served on. */
    public PublicAnswer page(PublicRequest request, boolean mayWait) {
        Optional<SiteDirectory.Route> route = settings().directory().route(request.header("Host"), request.path());
        if (route.isEmpty()) {
            return secured(404).body("text/html; charset=UTF-8", UNKNOWN_SITE);
        }
        boolean preview = PreviewLink.PATH.equals(route.get().path());
        RenderedPage page;
        if (!mayWait) {
            page = preview ? null : settings().site().inHand(route.get());
            if (page == null) {
                return PublicAnswer.NOT_IN_HAND;
            }
        } else {
            try {
                page = preview ? site.preview(route.get().site(), request.query()) : site.respond(route.get());
            } catch (PublicSite.Unavailable e) {
                // A page this node never rendered, while the database is away: no stale copy to fall back on.
                return secured(503)
                        .header("Retry-After", String.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS))
                        .header("Cache-Control", "no-store")
                        .body("text/html; charset=UTF-8", PAGE_UNAVAILABLE);
            }
        }
        PublicAnswer answer = secured(page.status());
        if (preview) {
            // A working version: for the people holding the link only, never cached, indexed or passed on.
            return answer.header("Cache-Control", "no-store")
                    .header("X-Robots-Tag", "noindex, nofollow")
                    .header("Referrer-Policy", "no-referrer")
                    .body(page.contentType(), page.body());
        }
        if (page.location() != null) {
            return answer.header("Location", page.location()).body(null, new byte[0]);
        }
        if (page.etag() != null) {
            answer.header("ETag", page.etag())
                    .header(
                            "Cache-Control",
                            page.contentType().startsWith("image/")
                                    ? settings().immutableCacheControl()
                                    : settings().documentsCacheControl());
            if (page.status() == 200 && PublicResponses.etagMatches(request.header("If-None-Match"), page.etag())) {
                return answer.notModified();
            }
        }
        return answer.body(page.contentType(), page.body());
    }

    /**
     * This bean itself rather than its client proxy, for a caller answering tens of thousands of requests a second on
     * an event loop (the proxy's per-call lookup was a sixth of a 304's time). Safe: the bean is application-scoped and
     * has no interceptors. Public, or the proxy would not forward it; a supplier, since Weld returns its proxy for a
     * method that returns the bean itself.
     */
    public Supplier<PublicAnswers> unproxied() {
        PublicAnswers self = this; // returned as it is, Weld would hand out its proxy again
        return () -> self;
    }

    private Settings settings() {
        Settings read = settings;
        if (read == null) {
            read = new Settings(
                    sites.directory(),
                    sites.former(),
                    announcements.indexNowKey(),
                    announcements.hub(),
                    caching.policy().documents(),
                    caching.policy().immutable(),
                    site.unproxied().get(),
                    documents.unproxied().get());
            settings = read;
        }
        return read;
    }

    /** A stored document and, for a feed, its own URL (the WebSub topic). */
    private record Located(ServedDocument document, String selfLink) {}

    /** Empty when the request names no stored document; null when it may, but that takes the database. */
    private Optional<Located> locate(PublicRequest request, boolean mayWait) {
        String path = request.path();
        SiteDirectory directory = settings().directory();
        if (("/" + SiteDocuments.ROBOTS).equals(path)) {
            String host = servedHost(request);
            return host != null ? stored(host, SiteDocuments.ROBOTS, null, mayWait) : Optional.empty();
        }
        if (path == null || !path.endsWith(".xml")) {
            return Optional.empty();
        }
        Optional<SiteDirectory.Route> route = directory.route(request.header("Host"), path);
        if (route.isEmpty()) {
            return Optional.empty();
        }
        String name = route.get().path().substring(1);
        boolean xDefault = route.get().site().xDefault();
        if (!(xDefault ? SiteDocuments.isXDefaultDocument(name) : SiteDocuments.isSiteDocument(name))) {
            return Optional.empty();
        }
        String selfLink = SiteDocuments.FEED.equals(name) ? route.get().site().url("/" + SiteDocuments.FEED) : null;
        return stored(route.get().site().key(), name, selfLink, mayWait);
    }

    private Optional<Located> stored(String siteKey, String name, String selfLink, boolean mayWait) {
        if (!mayWait) {
            ServedDocument inHand = settings().documents().inHand(siteKey, name);
            return inHand == null ? null : Optional.of(new Located(inHand, selfLink));
        }
        return documents.find(siteKey, name).map(d -> new Located(d, selfLink));
    }

    private PublicAnswer send(PublicRequest request, Located located) {
        ServedDocument d = located.document();
        PublicAnswer answer = secured(200);
        Optional<String> hub = settings().hub();
        if (located.selfLink() != null && hub.isPresent()) {
            answer.header("Link", WebSubPing.linkHeader(hub.get(), located.selfLink()));
        }
        answer.header("ETag", d.etag())
                .header("Last-Modified", d.lastModifiedHeader())
                .header("Cache-Control", settings().documentsCacheControl())
                .header("Vary", "Accept-Encoding");
        if (PublicResponses.notModified(
                request.header("If-None-Match"), request.header("If-Modified-Since"), d.etag(), d.lastModified())) {
            return answer.notModified();
        }
        if (acceptsGzip(request.header("Accept-Encoding"))) {
            return answer.header("Content-Encoding", "gzip").body(d.contentType(), d.gzip());
        }
        return answer.body(d.contentType(), d.content());
    }

    /** The request's host name when a site is served on it, else null. */
    private String servedHost(PublicRequest request) {
        String host = SiteDirectory.hostName(request.header("Host"));
        return host != null && settings().directory().serves(host) ? host : null;
    }

    private static PublicAnswer secured(int status) {
        return PublicAnswer.status(status)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", PublicResponses.REFERRER_POLICY)
                .header("Content-Security-Policy", PublicResponses.CONTENT_SECURITY_POLICY);
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.startsWith("q=")) {
                        try {
                            return Double.parseDouble(p.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }
}
