package org.glossa.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * What the public pages' cache holds (its pages and their bytes, bounded by {@code glossa.page-cache-mib}), and how
 * many responses it could not answer.
 */
@ApplicationScoped
public class PageCacheMetrics {

    @Inject
    PublicSite site;

    /** Gauges are registered when their bean is created: create it at start-up, not at first use. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pages();
    }

    @Gauge(
            name = "glossa_page_cache_pages",
            unit = "none",
            absolute = true,
            description = "Rendered public pages held in memory")
    public long pages() {
        return site.cache().size();
    }

    @Gauge(
            name = "glossa_page_renders",
            unit = "none",
            absolute = true,
            description = "Public responses rendered since start: the requests the page cache could not answer")
    public long renders() {
        return site.renders();
    }

    @Gauge(
            name = "glossa_page_cache_bytes",
            unit = "bytes",
            absolute = true,
            description = "Bytes the rendered public pages held in memory take, as the cache bounds them")
    public long bytes() {
        return site.cache().bytes();
    }
}
