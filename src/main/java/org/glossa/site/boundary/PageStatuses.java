package org.glossa.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.glossa.domains.boundary.PageResolver;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.Site;
import org.glossa.site.control.ContentReadWhenAsked;
import org.glossa.site.control.Pages;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshots;

/**
 * What the public pages answer for a path, from content read for the caller and the same {@link Pages#resolve}
 * dispatch that serves readers, without rendering: a status costs a few map lookups. For a whole site, a site's
 * content is read when the caller first asks about an item of that site (six queries, that locale's rows only; its
 * home, blog and experience index need none), and at most two sites' are held: a check of one locale reads that
 * locale and the few its links lead to, not the whole site. For one item group ({@link #freshForGroup}), every
 * locale's content of its items is read at once. The language chooser (x-default) needs no content. Images
 * ({@code /media/...}) are not pages and are answered 404 here; no sitemap {@code loc} names one.
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
                                        ? SiteSnapshot.empty()
                                        : new ContentReadWhenAsked(
                                                () -> only.map(ranges -> snapshots.readLocale(key, ranges))
                                                        .orElseGet(() -> snapshots.readLocale(key)))))
                .resolve(target, rawPath)
                .status();
    }

    @Override
    public PageStatus freshForGroup(ItemRanges group) {
        Objects.requireNonNull(group, "group");
        Pages[] read = new Pages[2];
        return (target, rawPath) -> {
            int held = target.xDefault() ? 0 : 1;
            if (read[held] == null) {
                read[held] = site.pages(
                        target.xDefault()
                                ? SiteSnapshot.empty()
                                : new ContentReadWhenAsked(() -> snapshots.readItems(group)));
            }
            return read[held].resolve(target, rawPath).status();
        };
    }
}
