package org.glossa.domains.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranges of post and role ids (inclusive): the items whose pages a check asks about, so that the content read for
 * it can leave the others out. Adjacent and overlapping ranges are merged.
 *
 * @param posts ranges of post ids
 * @param roles ranges of experience entry ids
 */
public record ItemRanges(List<Range> posts, List<Range> roles) {

    /** Ids {@code first} to {@code last}, both included. */
    public record Range(long first, long last) {
        public Range {
            if (last < first) {
                throw new IllegalArgumentException("empty range " + first + ".." + last);
            }
        }
    }

    public ItemRanges {
        posts = merged(Objects.requireNonNull(posts, "posts"));
        roles = merged(Objects.requireNonNull(roles, "roles"));
    }

    private static List<Range> merged(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(Range::first));
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.first() <= last.last() + 1) {
                merged.set(merged.size() - 1, new Range(last.first(), Math.max(last.last(), range.last())));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }
}
