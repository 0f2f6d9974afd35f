package org.glossa.documents.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.ItemRanges;

/**
 * Which sitemap groups a run renders and which it keeps as stored. Each locale's group has a stamp: a digest of the
 * range's inputs ({@link PartInputs}), the locale, and the generator's configuration. A group is rendered when, in
 * some locale of the run where it is live, its stored files are missing or carry another stamp; it is then rendered
 * in every locale of the run where it is live, so that the permalink check pairs the alternates of a cluster from
 * pages rendered together. Everything else is kept without reading its items.
 *
 * <p>A run for a few changed items ({@link #forGroups}) plans the groups holding them only, from their ranges' inputs,
 * and keeps every other group of a locale as stored, with its stored stamp: reading every range's inputs takes a
 * second at 850,000 publications, most of what a publication's run costs. What no request names (a row edited by
 * hand) is left to the full runs, which plan every group.
 */
public final class PartPlan {

    /** A stored file a locale keeps: its name and the lastmod its index entry carries. */
    public record KeptPart(String name, Instant lastModified) {}

    /** One locale's stored sitemap files, as the run that keeps them sees them. */
    @FunctionalInterface
    public interface StoredParts {
        StoredParts NONE = (group, stamp) -> Optional.empty();

        /** The stored files of {@code group}, in order, when there are some and each carries {@code stamp}. */
        Optional<List<KeptPart>> unchanged(PartGroup group, String stamp);

        /**
         * The Last-Modified a rendered part will be stored with, which its index entry carries too (a kept part's
         * entry carries its stored one): without a store, the newest lastmod inside it.
         */
        default Instant lastModified(GeneratedDocument part) {
            return part.contentTimestamp();
        }

        /** The input stamp of each stored sitemap part (null where it has none), by name: what a plan compares. */
        default Map<String, String> partStamps() {
            return Map.of();
        }
    }

    private final Map<String, List<PartGroup>> groupsByLocale;
    private final Map<String, Map<String, String>> stamps;
    private final Set<String> rendered;
    /** Locales with stored parts of a group no longer live there: its items went off that site. */
    private final Set<String> dropping;
    /** Per locale, the stamps of the stored parts the plan was made from. */
    private final Map<String, Map<String, String>> stored;

    private PartPlan(
            Map<String, List<PartGroup>> groupsByLocale,
            Map<String, Map<String, String>> stamps,
            Set<String> rendered,
            Set<String> dropping,
            Map<String, Map<String, String>> stored) {
        this.groupsByLocale = groupsByLocale;
        this.stamps = stamps;
        this.rendered = rendered;
        this.dropping = dropping;
        this.stored = stored;
    }

    /**
     * Plans a run over {@code locales}.
     *
     * @param configuration what else the parts depend on (base URLs, limits, generator version)
     * @param stored        per locale, the input stamp of each stored document that has one (name to stamp)
     */
    public static PartPlan of(
            PartInputs inputs,
            String configuration,
            Collection<String> locales,
            Map<String, Map<String, String>> stored) {
        return plan(inputs, Optional.empty(), configuration, locales, stored);
    }

    /**
     * Plans a run over {@code locales} for the item groups {@code planned} only: {@code inputs} summarises their ranges
     * (as {@link PartInputs} summarises every range, so their stamps are those a full plan computes); every other group
     * a locale has stored is kept, under its stored stamp. Only for stored parts that all carry a stamp
     * ({@link #keepsAsStored}).
     */
    public static PartPlan forGroups(
            PartInputs inputs,
            Set<PartGroup> planned,
            int itemsPerPart,
            String configuration,
            Collection<String> locales,
            Map<String, Map<String, String>> stored) {
        if (!keepsAsStored(stored, locales, itemsPerPart)) {
            throw new IllegalArgumentException("some stored part has no stamp, or some locale no stored part");
        }
        return plan(inputs, Optional.of(new Planned(planned, itemsPerPart)), configuration, locales, stored);
    }

    /**
     * Whether every locale of {@code locales} has stored item parts and each carries its stamp: what a plan for some
     * groups needs to keep the others as stored. A locale whose stamps were forgotten (a permalink finding) or that
     * has no parts yet is planned whole.
     */
    public static boolean keepsAsStored(
            Map<String, Map<String, String>> stored, Collection<String> locales, int itemsPerPart) {
        for (String locale : locales) {
            boolean any = false;
            for (Map.Entry<String, String> document :
                    stored.getOrDefault(locale, Map.of()).entrySet()) {
                if (PartGroup.ofItemPart(document.getKey(), itemsPerPart).isPresent()) {
                    if (document.getValue() == null) {
                        return false;
                    }
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The groups a plan for some groups plans, and the size of every group. */
    private record Planned(Set<PartGroup> groups, int itemsPerPart) {}

    private static PartPlan plan(
            PartInputs inputs,
            Optional<Planned> only,
            String configuration,
            Collection<String> locales,
            Map<String, Map<String, String>> stored) {
        Map<String, List<PartGroup>> groupsByLocale = new HashMap<>();
        Map<String, Map<String, String>> stamps = new HashMap<>();
        Set<String> rendered = new HashSet<>();
        Set<String> dropping = new HashSet<>();
        for (String locale : locales) {
            List<PartGroup> groups = new ArrayList<>();
            Map<String, String> stampOf = new HashMap<>();
            Map<String, String> storedStamps = stored.getOrDefault(locale, Map.of());
            for (PartInputs.Range range : inputs.ranges()) {
                if (!range.liveIn().contains(locale)) {
                    continue;
                }
                PartGroup group = range.group();
                String stamp = stamp(configuration, locale, group, range.digest());
                groups.add(group);
                stampOf.put(group.name(), stamp);
                if (!storedUnder(group, stamp, storedStamps)) {
                    rendered.add(group.name());
                }
            }
            if (only.isPresent()) {
                Map<PartGroup, String> asStored = keptAsStored(only.get(), storedStamps);
                groups.addAll(asStored.keySet());
                groups.sort(PartGroup.BY_KIND_AND_RANGE);
                asStored.forEach((group, stamp) -> stampOf.put(group.name(), stamp));
            }
            if (storedStamps.entrySet().stream()
                    .filter(document -> document.getValue() != null) // item groups' parts: the others have no stamp
                    .anyMatch(document -> groups.stream().noneMatch(g -> g.holds(document.getKey())))) {
                dropping.add(locale);
            }
            groupsByLocale.put(locale, List.copyOf(groups));
            stamps.put(locale, stampOf);
        }
        Map<String, Map<String, String>> storedCopy = new HashMap<>();
        stored.forEach((locale, documents) -> storedCopy.put(locale, new HashMap<>(documents)));
        return new PartPlan(groupsByLocale, stamps, Set.copyOf(rendered), Set.copyOf(dropping), storedCopy);
    }

    /** The groups live in {@code locale}, roles then posts, each by range. */
    public List<PartGroup> groups(String locale) {
        return groupsByLocale.getOrDefault(locale, List.of());
    }

    /** The stamp {@code locale}'s files of {@code group} carry once rendered. */
    public String stamp(String locale, PartGroup group) {
        String stamp = stamps.getOrDefault(locale, Map.of()).get(group.name());
        if (stamp == null) {
            throw new IllegalArgumentException(group.name() + " is not live in " + locale);
        }
        return stamp;
    }

    /**
     * The stamps of {@code locale}'s stored parts when the plan was made (name to stamp, null where a part has none):
     * parts stored since, by another node, change them.
     */
    public Map<String, String> storedStamps(String locale) {
        return stored.getOrDefault(locale, Map.of());
    }

    /** Whether this run renders {@code group} (in every locale of the run where it is live). */
    public boolean renders(PartGroup group) {
        return rendered.contains(group.name());
    }

    /**
     * Whether anything listed in {@code locale} may have changed: this run renders some item group of it, or drops one
     * whose items all went off that site (a withdrawal: the links to them, in the live bodies, must be checked).
     */
    public boolean rendersItems(String locale) {
        return dropping.contains(locale) || groups(locale).stream().anyMatch(this::renders);
    }

    /** The item ids of the groups this run renders: what its permalink check asks about. */
    public ItemRanges renderedRanges() {
        List<ItemRanges.Range> posts = new ArrayList<>();
        List<ItemRanges.Range> roles = new ArrayList<>();
        groupsByLocale.values().stream()
                .flatMap(List::stream)
                .filter(this::renders)
                .distinct()
                .forEach(g ->
                        (g.kind() == ItemKind.POST ? posts : roles).add(new ItemRanges.Range(g.firstId(), g.lastId())));
        return new ItemRanges(posts, roles);
    }

    /** How many groups this run renders, over all locales. */
    public int renderedGroups() {
        return groupsByLocale.values().stream()
                .mapToInt(groups -> (int) groups.stream().filter(this::renders).count())
                .sum();
    }

    /** How many groups this run keeps, over all locales. */
    public int keptGroups() {
        return groupsByLocale.values().stream()
                .mapToInt(
                        groups -> (int) groups.stream().filter(g -> !renders(g)).count())
                .sum();
    }

    /** The groups of a locale's stored parts that {@code planned} leaves out, each with its stored stamp. */
    private static Map<PartGroup, String> keptAsStored(Planned planned, Map<String, String> storedStamps) {
        Map<PartGroup, String> kept = new TreeMap<>(PartGroup.BY_KIND_AND_RANGE);
        storedStamps.forEach((document, stamp) -> PartGroup.ofItemPart(document, planned.itemsPerPart())
                .filter(group -> !planned.groups().contains(group))
                .ifPresent(group -> kept.putIfAbsent(group, stamp)));
        return kept;
    }

    private static boolean storedUnder(PartGroup group, String stamp, Map<String, String> storedStamps) {
        boolean any = false;
        for (Map.Entry<String, String> document : storedStamps.entrySet()) {
            if (group.holds(document.getKey())) {
                if (!stamp.equals(document.getValue())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String stamp(String configuration, String locale, PartGroup group, String digest) {
        MessageDigest sha256 = PartInputs.sha256();
        sha256.update(
                (configuration + "\n" + locale + "\n" + group.name() + "\n" + digest).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
