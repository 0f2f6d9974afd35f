package org.glossa.editorial.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The word-by-word difference between two revisions of a text: what a translator is shown when the source text
 * they translated from has been revised since.
 *
 * <p>Both texts are normalised to NFC, so canonically equivalent spellings are not reported as changes, and
 * {@code null} counts as the empty text. They are split with ICU's word {@link BreakIterator} for the locale:
 * every word is a token (including the dictionary words of Chinese, Japanese, Thai and the other scripts written
 * without spaces), and so is every run of spaces, every line break and every punctuation mark. The token diff is
 * minimal (Myers), then tidied for reading:
 * <ul>
 * <li>an insertion or deletion that could equally sit at several places (a deleted paragraph can take the blank
 *     line before it or the one after it) is put at the most natural boundary, preferring the start of a line,
 *     then a space;</li>
 * <li>a short equal stretch between two changes on the same line (a space, a comma, a word no longer than the
 *     changes on either side) is folded into them, so a rewritten sentence reads as one replacement instead of a
 *     flood of one-word changes; whitespace that itself changed, such as a double space, is still a change;</li>
 * <li>within one run of changes, the deleted text comes first as one {@link Kind#DELETED} change, then the
 *     inserted text as one {@link Kind#INSERTED} change. No two adjacent changes have the same kind and none is
 *     empty.</li>
 * </ul>
 * The {@code EQUAL} and {@code DELETED} texts concatenated give the text before (NFC); the {@code EQUAL} and
 * {@code INSERTED} texts give the text after.
 *
 * <p>Cost, for texts of N and M tokens that differ in D tokens: normalising, tokenising, stripping the common
 * prefix and suffix and the tidying are O(N + M). Myers' bisecting algorithm then takes O((N + M)·D) time and
 * O(N + M) space. A bisection that has not met in the middle after 1,024 edit steps (which happens only where a
 * stretch of the texts has been largely rewritten) splits at the point of furthest progress instead, as GNU diff
 * does; that bounds the time by roughly O((N + M)·1024) per level of bisection instead of O((N + M)²), at the
 * price of a diff that may no longer be minimal inside such a stretch.
 *
 * <p>Instances are immutable.
 */
public final class WordDiff {

    /** Edit steps after which a bisection gives up on finding the exact middle of the shortest edit script. */
    private static final int COST_LIMIT = 1024;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    public enum Kind {
        EQUAL,
        INSERTED,
        DELETED
    }

    /** A stretch of text that both revisions share ({@code EQUAL}) or only one has. Never empty. */
    public record Change(Kind kind, String text) {

        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("A change has text");
            }
        }
    }

    private final List<Change> changes;

    private WordDiff(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** The changes that turn {@code before} into {@code after}, both read as text in {@code locale}. */
    public static WordDiff between(String before, String after, ULocale locale) {
        Objects.requireNonNull(locale, "locale");
        Tokens beforeTokens = Tokens.of(nfc(before), locale);
        Tokens afterTokens = Tokens.of(nfc(after), locale);
        Map<String, Integer> idsByToken = new HashMap<>();
        int[] beforeIds = beforeTokens.ids(idsByToken);
        int[] afterIds = afterTokens.ids(idsByToken);

        ShortestEditScript script = ShortestEditScript.between(beforeIds, afterIds);
        List<Hunk> hunks = Hunk.align(script.deleted, script.inserted);
        EditPlacement.moveToNaturalBoundaries(hunks, beforeIds, afterIds, beforeTokens, afterTokens);
        return new WordDiff(ReadableChanges.of(hunks, beforeTokens, afterTokens));
    }

    private static String nfc(String text) {
        return text == null ? "" : NFC.normalize(text);
    }

    public List<Change> changes() {
        return changes;
    }

    /** Whether both texts are the same after NFC normalisation. */
    public boolean unchanged() {
        return changes.stream().allMatch(change -> change.kind() == Kind.EQUAL);
    }

    /** The text before, NFC-normalised. */
    public String before() {
        return textWithout(Kind.INSERTED);
    }

    /** The text after, NFC-normalised. */
    public String after() {
        return textWithout(Kind.DELETED);
    }

    private String textWithout(Kind omitted) {
        StringBuilder text = new StringBuilder();
        changes.stream().filter(change -> change.kind() != omitted).forEach(change -> text.append(change.text()));
        return text.toString();
    }

    /**
     * The text after with the changes marked up as {@code git diff --word-diff=plain} does:
     * {@code [-deleted-]{+inserted+}}. For logs and plain-text displays; the markers are not escaped, so use
     * {@link #changes()} (a list of kind/text pairs) wherever the result is processed further.
     */
    public String toMarkup() {
        StringBuilder markup = new StringBuilder();
        for (Change change : changes) {
            switch (change.kind()) {
                case EQUAL -> markup.append(change.text());
                case DELETED -> markup.append("[-").append(change.text()).append("-]");
                case INSERTED -> markup.append("{+").append(change.text()).append("+}");
            }
        }
        return markup.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WordDiff diff && changes.equals(diff.changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }

    @Override
    public String toString() {
        return "WordDiff" + changes;
    }

    /** One text split into word, whitespace and punctuation tokens, with running totals for O(1) range queries. */
    private static final class Tokens {

        private final String[] tokens;
        private final int[] codePointsBefore;
        private final int[] lineBreaksBefore;
        private final int[] whitespaceTokensBefore;

        private Tokens(String[] tokens) {
            this.tokens = tokens;
            codePointsBefore = new int[tokens.length + 1];
            lineBreaksBefore = new int[tokens.length + 1];
            whitespaceTokensBefore = new int[tokens.length + 1];
            for (int i = 0; i < tokens.length; i++) {
                String token = tokens[i];
                codePointsBefore[i + 1] = codePointsBefore[i] + token.codePointCount(0, token.length());
                lineBreaksBefore[i + 1] = lineBreaksBefore[i] + (isLineBreak(token) ? 1 : 0);
                whitespaceTokensBefore[i + 1] = whitespaceTokensBefore[i] + (isWhitespace(token) ? 1 : 0);
            }
        }

        static Tokens of(String text, ULocale locale) {
            // A BreakIterator is stateful, so each call gets its own; ICU caches the compiled rules per locale.
            BreakIterator words = BreakIterator.getWordInstance(locale);
            words.setText(text);
            List<String> tokens = new ArrayList<>();
            for (int start = words.first(), end = words.next();
                    end != BreakIterator.DONE;
                    start = end, end = words.next()) {
                tokens.add(text.substring(start, end));
            }
            return new Tokens(tokens.toArray(String[]::new));
        }

        int[] ids(Map<String, Integer> idsByToken) {
            int[] ids = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                ids[i] = idsByToken.computeIfAbsent(tokens[i], token -> idsByToken.size());
            }
            return ids;
        }

        /** The token at {@code index}, or {@code null} beyond either end of the text. */
        String at(int index) {
            return index >= 0 && index < tokens.length ? tokens[index] : null;
        }

        String join(int from, int to) {
            return String.join("", Arrays.asList(tokens).subList(from, to));
        }

        int codePoints(int from, int to) {
            return codePointsBefore[to] - codePointsBefore[from];
        }

        boolean containsLineBreak(int from, int to) {
            return lineBreaksBefore[to] > lineBreaksBefore[from];
        }

        boolean isAllWhitespace(int from, int to) {
            return whitespaceTokensBefore[to] - whitespaceTokensBefore[from] == to - from;
        }

        static boolean isLineBreak(String token) {
            return token.chars()
                    .allMatch(c -> c == '\n'
                            || c == '\r'
                            || c == '\u000B'
                            || c == '\f'
                            || c == '\u0085'
                            || c == '\u2028'
                            || c == '\u2029');
        }

        static boolean isWhitespace(String token) {
            return token.codePoints().allMatch(UCharacter::isUWhiteSpace);
        }

        static boolean isWordLike(String token) {
            return token.codePoints().anyMatch(UCharacter::isLetterOrDigit);
        }
    }

    /**
     * Myers' O((N + M)·D) difference algorithm in linear space ("An O(ND) Difference Algorithm and Its
     * Variations", 1986, section 4b): find the middle snake of the shortest edit script, split there, repeat on
     * both halves. Marks the tokens of each side that are not part of the longest common subsequence found.
     * Bisections that exceed {@link #COST_LIMIT} edit steps split at the furthest progress instead (GNU diff's
     * "too expensive" heuristic).
     */
    private static final class ShortestEditScript {

        final boolean[] deleted;
        final boolean[] inserted;
        private final int[] before;
        private final int[] after;
        // Furthest x reached on each diagonal k = x - y, searching forward from the top left and backward from the
        // bottom right. Indexed k + diagonalOffset; one slot of margin on both sides holds sentinels.
        private final int[] forward;
        private final int[] backward;
        private final int diagonalOffset;
        private int splitX;
        private int splitY;

        private ShortestEditScript(int[] before, int[] after) {
            this.before = before;
            this.after = after;
            deleted = new boolean[before.length];
            inserted = new boolean[after.length];
            forward = new int[before.length + after.length + 3];
            backward = new int[before.length + after.length + 3];
            diagonalOffset = after.length + 1;
        }

        static ShortestEditScript between(int[] before, int[] after) {
            ShortestEditScript script = new ShortestEditScript(before, after);
            script.compareAll();
            return script;
        }

        private void compareAll() {
            // An explicit stack of boxes {xStart, xEnd, yStart, yEnd}: heuristic splits can be lopsided, which
            // would make recursion deep.
            Deque<int[]> boxes = new ArrayDeque<>();
            boxes.push(new int[] {0, before.length, 0, after.length});
            while (!boxes.isEmpty()) {
                int[] box = boxes.pop();
                int xStart = box[0];
                int xEnd = box[1];
                int yStart = box[2];
                int yEnd = box[3];
                while (xStart < xEnd && yStart < yEnd && before[xStart] == after[yStart]) {
                    xStart++;
                    yStart++;
                }
                while (xStart < xEnd && yStart < yEnd && before[xEnd - 1] == after[yEnd - 1]) {
                    xEnd--;
                    yEnd--;
                }
                if (xStart == xEnd) {
                    Arrays.fill(inserted, yStart, yEnd, true);
                } else if (yStart == yEnd) {
                    Arrays.fill(deleted, xStart, xEnd, true);
                } else {
                    findSplit(xStart, xEnd, yStart, yEnd);
                    boxes.push(new int[] {xStart, splitX, yStart, splitY});
                    boxes.push(new int[] {splitX, xEnd, splitY, yEnd});
                }
            }
        }

        /**
         * Sets {@link #splitX}, {@link #splitY} to a point strictly inside the box through which a shortest edit
         * script passes (or, past the cost limit, a good guess). The box has no common prefix or suffix.
         */
        private void findSplit(int xStart, int xEnd, int yStart, int yEnd) {
            int offset = diagonalOffset;
            int minDiagonal = xStart - yEnd;
            int maxDiagonal = xEnd - yStart;
            int forwardCentre = xStart - yStart;
            int backwardCentre = xEnd - yEnd;
            int forwardMin = forwardCentre;
            int forwardMax = forwardCentre;
            int backwardMin = backwardCentre;
            int backwardMax = backwardCentre;
            // With an odd difference the paths can first overlap after a forward step, else after a backward one.
            boolean odd = ((forwardCentre - backwardCentre) & 1) != 0;
            forward[forwardCentre + offset] = xStart;
            backward[backwardCentre + offset] = xEnd;

            for (int cost = 1; ; cost++) {
                if (forwardMin > minDiagonal) {
                    forward[--forwardMin - 1 + offset] = -1;
                } else {
                    forwardMin++;
                }
                if (forwardMax < maxDiagonal) {
                    forward[++forwardMax + 1 + offset] = -1;
                } else {
                    forwardMax--;
                }
                for (int k = forwardMax; k >= forwardMin; k -= 2) {
                    int fromBelow = forward[k - 1 + offset];
                    int fromAbove = forward[k + 1 + offset];
                    int x = fromBelow >= fromAbove ? fromBelow + 1 : fromAbove;
                    int y = x - k;
                    while (x < xEnd && y < yEnd && before[x] == after[y]) {
                        x++;
                        y++;
                    }
                    forward[k + offset] = x;
                    if (odd && backwardMin <= k && k <= backwardMax && backward[k + offset] <= x) {
                        splitX = x;
                        splitY = y;
                        return;
                    }
                }

                if (backwardMin > minDiagonal) {
                    backward[--backwardMin - 1 + offset] = Integer.MAX_VALUE;
                } else {
                    backwardMin++;
                }
                if (backwardMax < maxDiagonal) {
                    backward[++backwardMax + 1 + offset] = Integer.MAX_VALUE;
                } else {
                    backwardMax--;
                }
                for (int k = backwardMax; k >= backwardMin; k -= 2) {
                    int fromBelow = backward[k - 1 + offset];
                    int fromAbove = backward[k + 1 + offset];
                    int x = fromBelow < fromAbove ? fromBelow : fromAbove - 1;
                    int y = x - k;
                    while (x > xStart && y > yStart && before[x - 1] == after[y - 1]) {
                        x--;
                        y--;
                    }
                    backward[k + offset] = x;
                    if (!odd && forwardMin <= k && k <= forwardMax && x <= forward[k + offset]) {
                        splitX = x;
                        splitY = y;
                        return;
                    }
                }

                if (cost >= COST_LIMIT) {
                    splitAtFurthestProgress(
                            xStart, xEnd, yStart, yEnd, forwardMin, forwardMax, backwardMin, backwardMax);
                    return;
                }
            }
        }

        private void splitAtFurthestProgress(
                int xStart,
                int xEnd,
                int yStart,
                int yEnd,
                int forwardMin,
                int forwardMax,
                int backwardMin,
                int backwardMax) {
            int offset = diagonalOffset;
            int forwardBestSum = -1;
            int forwardBestX = xStart;
            for (int k = forwardMax; k >= forwardMin; k -= 2) {
                int x = Math.min(forward[k + offset], xEnd);
                int y = x - k;
                if (y > yEnd) {
                    x = yEnd + k;
                    y = yEnd;
                }
                if (x + y > forwardBestSum) {
                    forwardBestSum = x + y;
                    forwardBestX = x;
                }
            }
            int backwardBestSum = Integer.MAX_VALUE;
            int backwardBestX = xEnd;
            for (int k = backwardMax; k >= backwardMin; k -= 2) {
                int x = Math.max(xStart, backward[k + offset]);
                int y = x - k;
                if (y < yStart) {
                    x = yStart + k;
                    y = yStart;
                }
                if (x + y < backwardBestSum) {
                    backwardBestSum = x + y;
                    backwardBestX = x;
                }
            }
            if (forwardBestSum - (xStart + yStart) > (xEnd + yEnd) - backwardBestSum) {
                splitX = forwardBestX;
                splitY = forwardBestSum - forwardBestX;
            } else {
                splitX = backwardBestX;
                splitY = backwardBestSum - backwardBestX;
            }
        }
    }

    /**
     * A stretch of the alignment of the two token sequences: tokens [beforeStart, beforeEnd) of the text before
     * against [afterStart, afterEnd) of the text after, either equal token for token or an edit (deleted and/or
     * inserted tokens).
     */
    private static final class Hunk {

        final boolean equal;
        int beforeStart;
        int beforeEnd;
        int afterStart;
        int afterEnd;

        private Hunk(boolean equal, int beforeStart, int beforeEnd, int afterStart, int afterEnd) {
            this.equal = equal;
            this.beforeStart = beforeStart;
            this.beforeEnd = beforeEnd;
            this.afterStart = afterStart;
            this.afterEnd = afterEnd;
        }

        /**
         * Equal and edit hunks, alternating, starting and ending with an equal hunk (possibly empty there;
         * never empty in between).
         */
        static List<Hunk> align(boolean[] deleted, boolean[] inserted) {
            List<Hunk> hunks = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (true) {
                int equalFrom = i;
                int equalFromAfter = j;
                while (i < deleted.length && j < inserted.length && !deleted[i] && !inserted[j]) {
                    i++;
                    j++;
                }
                hunks.add(new Hunk(true, equalFrom, i, equalFromAfter, j));
                if (i == deleted.length && j == inserted.length) {
                    return hunks;
                }
                int editFrom = i;
                int editFromAfter = j;
                while (i < deleted.length && deleted[i]) {
                    i++;
                }
                while (j < inserted.length && inserted[j]) {
                    j++;
                }
                hunks.add(new Hunk(false, editFrom, i, editFromAfter, j));
            }
        }

        static Hunk editSpanning(Hunk first, Hunk last) {
            return new Hunk(false, first.beforeStart, last.beforeEnd, first.afterStart, last.afterEnd);
        }

        boolean isEmpty() {
            return beforeStart == beforeEnd && afterStart == afterEnd;
        }

        void shift(int tokens) {
            beforeStart += tokens;
            beforeEnd += tokens;
            afterStart += tokens;
            afterEnd += tokens;
        }
    }

    /**
     * Slides pure insertions and deletions along runs of identical tokens to where a reader expects them: a
     * deleted paragraph takes the blank line after it, not the one before it, and does not start with it.
     */
    private static final class EditPlacement {

        private EditPlacement() {}

        static void moveToNaturalBoundaries(
                List<Hunk> hunks, int[] beforeIds, int[] afterIds, Tokens beforeTokens, Tokens afterTokens) {
            for (int h = 1; h < hunks.size() - 1; h += 2) {
                Hunk previous = hunks.get(h - 1);
                Hunk edit = hunks.get(h);
                Hunk next = hunks.get(h + 1);
                boolean deletion = edit.afterStart == edit.afterEnd;
                boolean insertion = edit.beforeStart == edit.beforeEnd;
                if (deletion == insertion) {
                    continue; // a replacement stays anchored where it is
                }
                int[] ids = deletion ? beforeIds : afterIds;
                Tokens tokens = deletion ? beforeTokens : afterTokens;
                int start = deletion ? edit.beforeStart : edit.afterStart;
                int end = deletion ? edit.beforeEnd : edit.afterEnd;
                // Equal hunks between edits must keep at least one token, or two edits would touch.
                int leftmost = (deletion ? previous.beforeStart : previous.afterStart) + (h == 1 ? 0 : 1);
                int rightmost = (deletion ? next.beforeEnd : next.afterEnd) - (h + 2 == hunks.size() ? 0 : 1);

                int originalStart = start;
                while (start > leftmost && ids[start - 1] == ids[end - 1]) {
                    start--;
                    end--;
                }
                int bestStart = start;
                int bestScore = score(tokens, start, end);
                while (end < rightmost && ids[start] == ids[end]) {
                    start++;
                    end++;
                    int score = score(tokens, start, end);
                    if (score >= bestScore) {
                        bestScore = score;
                        bestStart = start;
                    }
                }
                int shift = bestStart - originalStart;
                previous.beforeEnd += shift;
                previous.afterEnd += shift;
                edit.shift(shift);
                next.beforeStart += shift;
                next.afterStart += shift;
            }
        }

        private static int score(Tokens tokens, int start, int end) {
            return boundaryScore(tokens.at(start - 1), tokens.at(start))
                    + boundaryScore(tokens.at(end - 1), tokens.at(end));
        }

        /** How natural a place the boundary between two adjacent tokens is for an edit to start or end. */
        private static int boundaryScore(String left, String right) {
            if (left == null || right == null) {
                return 6;
            }
            boolean leftIsLineBreak = Tokens.isLineBreak(left);
            boolean rightIsLineBreak = Tokens.isLineBreak(right);
            if (leftIsLineBreak && !rightIsLineBreak) {
                return 5; // the start of a line
            }
            if (leftIsLineBreak || rightIsLineBreak) {
                return 4;
            }
            if (Tokens.isWhitespace(left) || Tokens.isWhitespace(right)) {
                return 2;
            }
            if (!Tokens.isWordLike(left) || !Tokens.isWordLike(right)) {
                return 1;
            }
            return 0;
        }
    }

    /** Folds short equal stretches between edits into them and turns the hunks into changes. */
    private static final class ReadableChanges {

        private ReadableChanges() {}

        static List<Change> of(List<Hunk> hunks, Tokens before, Tokens after) {
            List<Change> changes = new ArrayList<>();
            for (Hunk hunk : foldShortEqualStretches(hunks, before, after)) {
                if (hunk.equal) {
                    changes.add(new Change(Kind.EQUAL, before.join(hunk.beforeStart, hunk.beforeEnd)));
                    continue;
                }
                if (hunk.beforeStart < hunk.beforeEnd) {
                    changes.add(new Change(Kind.DELETED, before.join(hunk.beforeStart, hunk.beforeEnd)));
                }
                if (hunk.afterStart < hunk.afterEnd) {
                    changes.add(new Change(Kind.INSERTED, after.join(hunk.afterStart, hunk.afterEnd)));
                }
            }
            return changes;
        }

        /**
         * A stack that merges edit, equal, edit into one edit whenever the equal stretch is foldable; a merge can
         * make the equal stretch before it foldable in turn, so it is checked again. Linear overall.
         */
        private static List<Hunk> foldShortEqualStretches(List<Hunk> hunks, Tokens before, Tokens after) {
            List<Hunk> folded = new ArrayList<>();
            for (Hunk hunk : hunks) {
                if (hunk.isEmpty()) {
                    continue;
                }
                folded.add(hunk);
                while (folded.size() >= 3
                        && !top(folded, 0).equal
                        && top(folded, 1).equal
                        && !top(folded, 2).equal
                        && isFoldable(top(folded, 1), top(folded, 2), top(folded, 0), before, after)) {
                    Hunk last = folded.remove(folded.size() - 1);
                    folded.remove(folded.size() - 1);
                    Hunk first = folded.remove(folded.size() - 1);
                    folded.add(Hunk.editSpanning(first, last));
                }
            }
            return folded;
        }

        private static Hunk top(List<Hunk> stack, int depth) {
            return stack.get(stack.size() - 1 - depth);
        }

        private static boolean isFoldable(Hunk equal, Hunk editBefore, Hunk editAfter, Tokens before, Tokens after) {
            int from = equal.beforeStart;
            int to = equal.beforeEnd;
            if (before.containsLineBreak(from, to)) {
                return false; // keep the changes of separate lines and paragraphs apart
            }
            if (before.isAllWhitespace(from, to)) {
                return true;
            }
            int length = before.codePoints(from, to);
            return length <= size(editBefore, before, after) && length <= size(editAfter, before, after);
        }

        private static int size(Hunk edit, Tokens before, Tokens after) {
            return Math.max(
                    before.codePoints(edit.beforeStart, edit.beforeEnd),
                    after.codePoints(edit.afterStart, edit.afterEnd));
        }
    }
}
