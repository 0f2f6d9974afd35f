package org.glossa.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.domains.boundary.PageResolver;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.Site;
import org.glossa.site.control.Pages;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshots;

/**
 * What the public pages answer for a path, from content read for the caller and the same {@link Pages#resolve}
 * dispatch that serves readers, without rendering: a status costs a few map lookups. A site's content is read when
 * the caller first asks about that site (six queries, that locale's rows only), and at most two sites' are held: a
 * check of one locale reads that locale and the few its links lead to, not the whole site. The language chooser (x-default) needs
 * no content. Images ({@code /media/...}) are not pages and are answered 404 here; no sitemap {@code loc} names one.
 *
 * <p>Not thread-safe: one caller, one run.
 */
@ApplicationScoped
public class PageStatuses implements PageResolver {

    @Inject
    SiteSnapshots snapshots;

    @Inject
    PublicSite site;

    /**
     * How many sites' content a check holds at once. The sitemap check asks about one locale after another, and the
     * links of a body lead mostly to its own site: two keep a full run's memory at two locales' content, not
     * seventeen. A site asked about again after it left is read again.
     */
    private static final int SITES_HELD = 2;

    @Override
    public PageStatus fresh() {
        return fresh(Optional.empty());
    }

    @Override
    public PageStatus fresh(ItemRanges only) {
        return fresh(Optional.of(only));
    }

    private PageStatus fresh(Optional<ItemRanges> only) {
        Map<String, Pages> bySite = new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pages> eldest) {
                return size() > SITES_HELD;
            }
        };
        return (target, rawPath) -> bySite.computeIfAbsent(
                        target.xDefault() ? Site.X_DEFAULT : target.locale().tag(),
                        key -> site.pages(
                                target.xDefault()
                                        ? new SiteSnapshot("", Map.of(), List.of(), List.of())
                                        : only.map(ranges -> snapshots.readLocale(key, ranges))
                                                .orElseGet(() -> snapshots.readLocale(key))))
                .resolve(target, rawPath)
                .status();
    }
}
