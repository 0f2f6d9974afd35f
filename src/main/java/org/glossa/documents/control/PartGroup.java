package org.glossa.documents.control;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.content.entity.ItemKind;

/**
 * The sitemap parts of one stable membership: a locale's section pages, or its live items of one kind whose ids fall
 * in one range. An item never moves to another group, so a change re-renders the group holding it and no other.
 * A group is normally one file; one that outgrows the sitemap limits continues in {@code -2}, {@code -3}, ...
 *
 * @param name    {@code pages}, {@code roles-N} or {@code posts-N} (N counts ranges from 1)
 * @param kind    the items' kind; null for the section pages
 * @param firstId the range's first item id (inclusive)
 * @param lastId  the range's last item id (inclusive)
 */
public record PartGroup(String name, ItemKind kind, long firstId, long lastId) {

    public static final PartGroup PAGES = new PartGroup("pages", null, 0, 0);

    /** Item groups as sitemap indexes list them: roles, then posts, each by range. */
    public static final Comparator<PartGroup> BY_KIND_AND_RANGE =
            Comparator.comparing((PartGroup g) -> g.kind() == ItemKind.POST).thenComparingLong(PartGroup::firstId);

    public PartGroup {
        Objects.requireNonNull(name, "name");
    }

    /** The group of items of {@code kind} in range {@code range} (0 for ids 1 to {@code itemsPerPart}). */
    public static PartGroup of(ItemKind kind, long range, int itemsPerPart) {
        String prefix = kind == ItemKind.POST ? "posts-" : "roles-";
        return new PartGroup(prefix + (range + 1), kind, range * itemsPerPart + 1, (range + 1) * itemsPerPart);
    }

    /** The range holding item {@code id}, 0 for ids 1 to {@code itemsPerPart}. */
    public static long rangeOf(long id, int itemsPerPart) {
        return Math.floorDiv(id - 1, itemsPerPart);
    }

    /** {@code sitemap-posts-3.xml}, then {@code sitemap-posts-3-2.xml}, ... for file index 0, 1, ... */
    public String partName(int index) {
        return index == 0 ? "sitemap-" + name + ".xml" : "sitemap-" + name + "-" + (index + 1) + ".xml";
    }

    /** Whether {@code document} is one of this group's files. */
    public boolean holds(String document) {
        String first = partName(0);
        if (document.equals(first)) {
            return true;
        }
        String prefix = "sitemap-" + name + "-";
        return document.startsWith(prefix)
                && document.endsWith(".xml")
                && document.substring(prefix.length(), document.length() - 4).matches("[1-9][0-9]{0,5}");
    }

    /** The file index of one of this group's files: 0 for the first. */
    public int indexOf(String document) {
        if (document.equals(partName(0))) {
            return 0;
        }
        String prefix = "sitemap-" + name + "-";
        return Integer.parseInt(document.substring(prefix.length(), document.length() - 4)) - 1;
    }

    private static final Pattern ITEM_PART =
            Pattern.compile("sitemap-(posts|roles)-([1-9][0-9]{0,9})(-[1-9][0-9]{0,5})?\\.xml");

    /** The item group whose file {@code document} is, for groups of {@code itemsPerPart} ids; empty for any other. */
    public static Optional<PartGroup> ofItemPart(String document, int itemsPerPart) {
        Matcher m = ITEM_PART.matcher(document);
        if (!m.matches()) {
            return Optional.empty();
        }
        ItemKind kind = m.group(1).equals("posts") ? ItemKind.POST : ItemKind.EXPERIENCE;
        return Optional.of(of(kind, Long.parseLong(m.group(2)) - 1, itemsPerPart));
    }

    /** Whether {@code name} is the file name of some group's part. */
    public static boolean isPartName(String name) {
        return name.matches("sitemap-(pages|(posts|roles)-[1-9][0-9]{0,9})(-[1-9][0-9]{0,5})?\\.xml");
    }
}
