package org.glossa.domains.control;

/**
 * What a site answers for a path, decided as its pages decide it but without rendering: 200, 301, 404 or 410. One
 * instance answers from one content state, so every question put to it sees the same content.
 */
@FunctionalInterface
public interface PageStatus {

    /**
     * @param site    the site the request was routed to ({@link SiteDirectory#route})
     * @param rawPath the path within the site, percent-encoded as in the request
     */
    int of(Site site, String rawPath);
}
