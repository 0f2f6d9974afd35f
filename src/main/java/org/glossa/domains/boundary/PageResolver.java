package org.glossa.domains.boundary;

import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.PageStatus;

/**
 * The public site's page resolution, for components that must know what a URL answers without depending on the
 * site (the permalink check after a regeneration). Implemented by the component that serves the pages, so the
 * answers are its own.
 */
public interface PageResolver {

    /**
     * Page statuses from content read for the caller, never the copy that serves readers (which may be older): each
     * site's content as committed when the caller first asks about that site; the item pages of a batch
     * ({@link PageStatus#ofAll}), their rows as committed when the batch is asked. For one caller at a time.
     */
    PageStatus fresh();

    /**
     * As {@link #fresh()}, from the content of these items only (and every site's section pages): what a check of
     * the sitemap parts holding them asks, in a fraction of a whole site's reads. Any other item's page answers 404.
     */
    PageStatus fresh(ItemRanges only);

    /**
     * As {@link #fresh(ItemRanges)}, with every locale's content of these items read at once: for a check of one item
     * group, which asks about its items in every locale in turn. The read starts at this call, in the background where
     * it can, so that a caller may ask for the next group's statuses while it checks this one; the first status asked
     * waits for it (and throws what it threw). Holds the group's items in every locale; meant for a group (a few
     * thousand items), not for a whole site.
     */
    PageStatus freshForGroup(ItemRanges group);
}
