package org.glossa.documents.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glossa.content.entity.ItemKind;

/**
 * What each item range's sitemap parts are rendered from, summarised: a digest of the range's publications in every
 * locale (a part lists its items' alternates, so every locale's rows are its input) and of its items' covers and
 * source locales, and the locales where something in the range is live. Read in one pass over the publications
 * ({@link PublishedContent#partInputs}); small (ranges times locales), whatever the content's size.
 */
public final class PartInputs {

    /** One range: its group, the digest of its inputs, and the locales where one of its items is live. */
    public record Range(PartGroup group, String digest, Set<String> liveIn) {}

    private final List<Range> ranges;

    private PartInputs(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Roles first, then posts, each by range. */
    public List<Range> ranges() {
        return ranges;
    }

    /** These ranges of {@code groups} only. */
    public PartInputs only(Set<PartGroup> groups) {
        return new PartInputs(
                ranges.stream().filter(r -> groups.contains(r.group())).toList());
    }

    /** Collects the rows of a range's summary, in any order; {@link #build} digests them. */
    public static final class Builder {
        private final int itemsPerPart;
        private final Map<PartGroup, List<String>> rows = new LinkedHashMap<>();
        private final Map<PartGroup, Set<String>> live = new LinkedHashMap<>();

        public Builder(int itemsPerPart) {
            this.itemsPerPart = itemsPerPart;
        }

        /** A summary line of range {@code range} of {@code kind} (one locale's publications, or the items). */
        public Builder row(ItemKind kind, long range, String row) {
            rows.computeIfAbsent(PartGroup.of(kind, range, itemsPerPart), g -> new ArrayList<>())
                    .add(row);
            return this;
        }

        /** Something of range {@code range} of {@code kind} is live in {@code locale}. */
        public Builder live(ItemKind kind, long range, String locale) {
            live.computeIfAbsent(PartGroup.of(kind, range, itemsPerPart), g -> new TreeSet<>())
                    .add(locale);
            return this;
        }

        public PartInputs build() {
            List<Range> ranges = new ArrayList<>();
            for (Map.Entry<PartGroup, Set<String>> entry : live.entrySet()) {
                List<String> lines = new ArrayList<>(rows.getOrDefault(entry.getKey(), List.of()));
                lines.sort(Comparator.naturalOrder());
                ranges.add(new Range(entry.getKey(), digest(lines), Set.copyOf(entry.getValue())));
            }
            ranges.sort(Comparator.comparing(Range::group, PartGroup.BY_KIND_AND_RANGE));
            return new PartInputs(ranges);
        }
    }

    static String digest(List<String> lines) {
        MessageDigest sha256 = sha256();
        for (String line : lines) {
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
