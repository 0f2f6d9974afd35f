package org.glossa.site.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.glossa.domains.boundary.PageResolver;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.PageStatus.Target;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SitePaths;
import org.glossa.site.control.ContentReadWhenAsked;
import org.glossa.site.control.Pages;
import org.glossa.site.control.QueriedContent;
import org.glossa.site.control.ReadAhead;
import org.glossa.site.control.SiteContent.SlugRef;
import org.glossa.site.control.SiteQueries;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshots;

/**
 * What the public pages answer for a path, from content read for the caller and the same {@link Pages#resolve}
 * dispatch that serves readers, without rendering: a status costs a few map lookups. For a whole site, a site's
 * content is read when the caller first asks about an item of that site (six queries, that locale's rows only; its
 * home, blog and experience index need none), and at most two sites' are held: a check of one locale reads that
 * locale and the few its links lead to, not the whole site. Item pages asked many at once
 * ({@link PageStatus#ofAll}: the links of a batch of bodies) are answered from the rows of their slugs alone. For one
 * item group ({@link #freshForGroup}), every locale's content of its items is read at once, in the background. The
 * language chooser (x-default) needs no content. Images ({@code /media/...}) are not pages and are answered 404 here;
 * no sitemap {@code loc} names one.
 *
 * <p>Not thread-safe: one caller, one run.
 */
@ApplicationScoped
public class PageStatuses implements PageResolver {

    @Inject
    SiteSnapshots snapshots;

    @Inject
    PublicSite site;

    @Inject
    SiteQueries queries;

    /**
     * Reads a group's content while the group before it renders ({@link #freshForGroup}), without the caller's
     * transaction (each of its queries sees what is committed when it runs, as the caller's own would); the caller
     * reads it itself when the executor has not started it by the time a status is asked ({@link ReadAhead}).
     */
    @Resource
    ManagedExecutorService executor;

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
        return new SitesReadWhenAsked(only);
    }

    /**
     * Statuses from each site's content read when an item of that site is first asked about. Many item pages asked
     * at once ({@link #ofAll}, whole sites only) are answered from their slugs' rows alone, read together
     * ({@link SiteSnapshots#readSlugs}); a page those rows do not show answering (200 or 301) is asked again of the
     * database page by page, so a partial read never makes a finding.
     */
    private final class SitesReadWhenAsked implements PageStatus {

        private final Optional<ItemRanges> only;
        private final Map<String, Pages> bySite = new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pages> eldest) {
                return size() > SITES_HELD;
            }
        };
        private Pages queried;

        SitesReadWhenAsked(Optional<ItemRanges> only) {
            this.only = only;
        }

        @Override
        public int of(Site target, String rawPath) {
            return bySite.computeIfAbsent(
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
        public int[] ofAll(List<Target> targets) {
            if (only.isPresent()) {
                return PageStatus.super.ofAll(targets);
            }
            int[] statuses = new int[targets.size()];
            Map<String, List<Integer>> itemsBySite = new LinkedHashMap<>();
            Map<String, Set<SlugRef>> refsBySite = new HashMap<>();
            for (int i = 0; i < statuses.length; i++) {
                Target target = targets.get(i);
                Optional<SlugRef> ref = itemRef(target);
                if (ref.isPresent()) {
                    itemsBySite
                            .computeIfAbsent(ref.get().locale(), k -> new ArrayList<>())
                            .add(i);
                    refsBySite
                            .computeIfAbsent(ref.get().locale(), k -> new HashSet<>())
                            .add(ref.get());
                } else {
                    statuses[i] = of(target.site(), target.rawPath());
                }
            }
            for (Map.Entry<String, List<Integer>> items : itemsBySite.entrySet()) {
                Pages read = site.pages(snapshots.readSlugs(items.getKey(), refsBySite.get(items.getKey())));
                for (int i : items.getValue()) {
                    Target target = targets.get(i);
                    int status = read.resolve(target.site(), target.rawPath()).status();
                    statuses[i] = status == 200 || status == 301 ? status : queried(target);
                }
            }
            return statuses;
        }

        /** The item a page of a locale's site names, by its slug there; empty for any other page. */
        private static Optional<SlugRef> itemRef(Target target) {
            if (target.site().xDefault()
                    || !(SitePaths.page(target.rawPath()).orElse(null) instanceof SitePaths.Item item)) {
                return Optional.empty();
            }
            return Optional.of(SlugRef.of(item, target.site().locale()));
        }

        /** The status of one page from the database, a few indexed queries: for what a partial read did not show. */
        private int queried(Target target) {
            if (queried == null) {
                queried =
                        site.pages(new QueriedContent(queries, queries::profile, queries::totals, queries::postCount));
            }
            return queried.resolve(target.site(), target.rawPath()).status();
        }
    }

    @Override
    public PageStatus freshForGroup(ItemRanges group) {
        Objects.requireNonNull(group, "group");
        Supplier<SiteSnapshot> items = ReadAhead.start(() -> snapshots.readItems(group), executor);
        Pages[] read = new Pages[2];
        return (target, rawPath) -> {
            int held = target.xDefault() ? 0 : 1;
            if (read[held] == null) {
                read[held] = site.pages(target.xDefault() ? SiteSnapshot.empty() : new ContentReadWhenAsked(items));
            }
            return read[held].resolve(target, rawPath).status();
        };
    }
}
