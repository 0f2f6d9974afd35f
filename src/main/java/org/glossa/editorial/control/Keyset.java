package org.glossa.editorial.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a page at a position of a list is read without scanning the rows before it: from the page read before it by
 * its sort key ("next": after its last row; "previous": before its first, read backwards; "again": from its first),
 * the first page from the start, the last page backwards from the end. A jump reads with an offset from whichever
 * is nearest: the start, the end, or the page read before (so a page number near the current page costs a short
 * skip at any depth; only a jump into the middle of a long list skips many rows).
 */
final class Keyset {

    private Keyset() {}

    /** A page that was read: where it starts, and the sort keys of its first and last rows. */
    record Window(int first, int count, List<Object> firstKey, List<Object> lastKey) implements Serializable {}

    /**
     * A read: forward or backward, from a key (null: from the start or end), skipping {@code offset} rows, at most
     * {@code limit}; {@code inclusive} reads from the key's own row.
     */
    record Read(boolean forward, List<Object> key, boolean inclusive, int offset, int limit) {}

    static Read plan(int first, int max, long size, Window previous) {
        if (first <= 0) {
            return new Read(true, null, false, 0, max);
        }
        if (first + max >= size) {
            return new Read(false, null, false, 0, (int) Math.max(0, size - first));
        }
        // A jump: skip as few rows as possible, from the start, the end, or the page before (a page number near
        // the current one is a short skip at any depth).
        Read best = new Read(true, null, false, first, max);
        long fromEnd = size - first - max;
        if (fromEnd < best.offset()) {
            best = new Read(false, null, false, (int) fromEnd, max);
        }
        if (previous != null && previous.count() > 0) {
            int after = previous.first() + previous.count();
            if (first == previous.first()) {
                return new Read(true, previous.firstKey(), true, 0, max);
            }
            if (first >= after && first - after < best.offset()) {
                best = new Read(true, previous.lastKey(), false, first - after, max);
            }
            int before = previous.first() - (first + max);
            if (first < previous.first() && before >= 0 && before < best.offset()) {
                best = new Read(false, previous.firstKey(), false, before, max);
            }
        }
        return best;
    }

    /**
     * The condition that the row comes after (forward) or before (backward) the key, a row comparison the
     * index of the same columns answers; the key's values are appended to {@code parameters}.
     */
    static String beyond(Read read, List<String> columns, List<Object> parameters) {
        StringBuilder values = new StringBuilder();
        for (Object value : read.key()) {
            parameters.add(value);
            values.append(values.isEmpty() ? "" : ", ").append('?').append(parameters.size());
        }
        String op = (read.forward() ? ">" : "<") + (read.inclusive() ? "=" : "");
        return "(" + String.join(", ", columns) + ") " + op + " (" + values + ")";
    }

    static String order(Read read, List<String> columns) {
        String direction = read.forward() ? "" : " DESC";
        return " ORDER BY " + columns.stream().map(c -> c + direction).collect(Collectors.joining(", "));
    }

    /** The rows in the list's order (a backward read comes in reverse). */
    static <T> List<T> inOrder(Read read, List<T> rows) {
        List<T> ordered = new ArrayList<>(rows);
        if (!read.forward()) {
            Collections.reverse(ordered);
        }
        return ordered;
    }
}
