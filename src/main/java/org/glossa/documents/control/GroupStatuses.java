package org.glossa.documents.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.Site;

/**
 * The page statuses a run's sitemap check asks about, read for the item group being rendered when groups are rendered
 * one after another in every locale ({@link SiteDocuments#preRender}), else for every group the run renders. A group
 * is read once for every locale: its URLs are asked about in each locale in turn. The group rendered next is asked of
 * the source as soon as this one is focused, so that a source which reads in the background reads it while this one
 * renders: at most two groups' content is held. Every group the run renders is read site by site (a status source
 * holds two sites' content at a time), since together they may be the whole site.
 *
 * <p>Not thread-safe: one run, one thread.
 */
public final class GroupStatuses implements PageStatus {

    private final Function<ItemRanges, PageStatus> groupSource;
    private final Function<ItemRanges, PageStatus> source;
    private final ItemRanges rendered;
    private PageStatus current;
    private PartGroup nextGroup;
    private PageStatus next;

    /**
     * @param groupSource statuses from every locale's content of one group's items (and every site's section pages);
     *                    it may start reading them at once, in the background
     * @param source      statuses from content read site by site for these items only (and every site's section
     *                    pages)
     * @param rendered    the items of every group the run renders
     */
    public GroupStatuses(
            Function<ItemRanges, PageStatus> groupSource,
            Function<ItemRanges, PageStatus> source,
            ItemRanges rendered) {
        this.groupSource = Objects.requireNonNull(groupSource, "groupSource");
        this.source = Objects.requireNonNull(source, "source");
        this.rendered = Objects.requireNonNull(rendered, "rendered");
    }

    /**
     * From now on, statuses come from content read for {@code group}'s items; {@code after}, the group rendered next,
     * is asked of the group source now (see {@link SiteDocuments.GroupStart}).
     */
    public void focus(PartGroup group, Optional<PartGroup> after) {
        current = group.equals(nextGroup) ? next : groupSource.apply(items(group));
        nextGroup = after.orElse(null);
        next = after.map(g -> groupSource.apply(items(g))).orElse(null);
    }

    private static ItemRanges items(PartGroup group) {
        ItemRanges.Range range = new ItemRanges.Range(group.firstId(), group.lastId());
        return group.kind() == ItemKind.POST
                ? new ItemRanges(List.of(range), List.of())
                : new ItemRanges(List.of(), List.of(range));
    }

    /** From now on, statuses come from content read for every group the run renders. */
    public void unfocus() {
        current = null;
        nextGroup = null;
        next = null;
    }

    @Override
    public int of(Site site, String rawPath) {
        if (current == null) {
            current = source.apply(rendered);
        }
        return current.of(site, rawPath);
    }
}
