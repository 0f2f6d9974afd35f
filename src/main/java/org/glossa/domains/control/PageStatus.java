package org.glossa.domains.control;

import java.util.List;

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

    /** A page asked about: the site a URL was routed to and the path within it, percent-encoded. */
    record Target(Site site, String rawPath) {}

    /**
     * The statuses of many pages, in the order asked, each as {@link #of} answers it. An implementation may read what
     * they need together: the links of thousands of bodies are checked in a few queries instead of a read of every
     * site they lead to.
     */
    default int[] ofAll(List<Target> targets) {
        int[] statuses = new int[targets.size()];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = of(targets.get(i).site(), targets.get(i).rawPath());
        }
        return statuses;
    }
}
