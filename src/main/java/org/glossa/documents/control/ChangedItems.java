package org.glossa.documents.control;

import java.util.Set;
import java.util.TreeSet;
import org.glossa.content.entity.ItemKind;

/**
 * The items whose publications a round of requests names (ids of posts and of roles): a run for them plans from the
 * item groups holding them only, and keeps every other group as stored (see {@link PartPlan}).
 */
public record ChangedItems(Set<Long> posts, Set<Long> roles) {

    public ChangedItems {
        posts = Set.copyOf(posts);
        roles = Set.copyOf(roles);
    }

    /** The item groups holding these items, for groups of {@code itemsPerPart} ids. */
    public Set<PartGroup> groups(int itemsPerPart) {
        Set<PartGroup> groups = new TreeSet<>(PartGroup.BY_KIND_AND_RANGE);
        posts.forEach(id -> groups.add(PartGroup.of(ItemKind.POST, PartGroup.rangeOf(id, itemsPerPart), itemsPerPart)));
        roles.forEach(
                id -> groups.add(PartGroup.of(ItemKind.EXPERIENCE, PartGroup.rangeOf(id, itemsPerPart), itemsPerPart)));
        return groups;
    }
}
