package org.glossa.documents.control;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.Site;

/**
 * The page statuses a run's sitemap check asks about, read for the item group being rendered when groups are rendered
 * one after another in every locale ({@link SiteDocuments#preRender}), else for every group the run renders. A status
 * source holds two sites' content at a time: read whole, group after group, each group would read all seventeen sites
 * again; read for one group's items, a site costs a few small queries and a few thousand entries.
 *
 * <p>Not thread-safe: one run, one thread.
 */
public final class GroupStatuses implements PageStatus {

    private final Function<ItemRanges, PageStatus> source;
    private final ItemRanges rendered;
    private PageStatus current;

    /**
     * @param source   statuses from content read for these items only (and every site's section pages)
     * @param rendered the items of every group the run renders
     */
    public GroupStatuses(Function<ItemRanges, PageStatus> source, ItemRanges rendered) {
        this.source = Objects.requireNonNull(source, "source");
        this.rendered = Objects.requireNonNull(rendered, "rendered");
    }

    /** From now on, statuses come from content read for {@code group}'s items. */
    public void focus(PartGroup group) {
        ItemRanges.Range range = new ItemRanges.Range(group.firstId(), group.lastId());
        current = source.apply(
                group.kind() == ItemKind.POST
                        ? new ItemRanges(List.of(range), List.of())
                        : new ItemRanges(List.of(), List.of(range)));
    }

    /** From now on, statuses come from content read for every group the run renders. */
    public void unfocus() {
        current = null;
    }

    @Override
    public int of(Site site, String rawPath) {
        if (current == null) {
            current = source.apply(rendered);
        }
        return current.of(site, rawPath);
    }
}
