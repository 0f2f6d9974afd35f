package org.glossa.editorial.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The word-by-word difference between two revisions of a text: what a translator is shown when the source text
 * they translated from has been revised since.
 *
 * <p>Both texts are normalised to NFC, so canonically equivalent spellings are not reported as changes, and
 * {@code null} counts as the empty text. They are split with ICU's word {@link BreakIterator} for the locale:
 * every word is a token (including the dictionary words of Chinese, Japanese, Thai and the other scripts written
 * without spaces), and so is every run of spaces, every line break and every punctuation mark. The tokens are
 * compared with java-diff-utils' Myers diff, which finds the fewest tokens to delete and insert, and the result is
 * tidied for reading:
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
 * <p>Cost, for texts of N and M tokens: normalising, tokenising, setting aside the common prefix and suffix and
 * the tidying are O(N + M). Myers' algorithm takes O((N + M)·D) time for texts that differ in D tokens (and
 * java-diff-utils' implementation O(D²) memory), which for a long text largely rewritten means billions of steps.
 * So each comparison gives up after {@value #EDIT_BUDGET} edits, and the diff gets coarser instead of slower:
 * <ol>
 * <li>the tokens are compared, and if they differ in at most {@value #EDIT_BUDGET} tokens, that is the diff;</li>
 * <li>otherwise the lines are compared (a line being the text up to and including a line break), and then
 *     the tokens of each changed run of lines, each run on its own budget;</li>
 * <li>a run of lines whose tokens differ beyond the budget is shown as deleted and inserted as a whole, and so
 *     is the whole text between the common prefix and suffix if its lines differ beyond the budget.</li>
 * </ol>
 * A comparison of n elements costs O(n·{@value #EDIT_BUDGET}) time at most, and the runs of lines do not overlap,
 * so a diff costs O((N + M)·{@value #EDIT_BUDGET}) time, linear in the length of the texts, and
 * O(N + M + {@value #EDIT_BUDGET}²) memory. Where step 1 succeeds, the fewest tokens are marked changed; where it
 * does not, more are, but the changes still reconstruct both texts.
 *
 * <p>Instances are immutable.
 */
public final class WordDiff {

    /** The most edits (tokens deleted or inserted) one comparison looks for before it settles for a coarser one. */
    private static final int EDIT_BUDGET = 1_000;

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

        TokenAlignment alignment = TokenAlignment.between(beforeIds, afterIds, beforeTokens, afterTokens);
        List<Hunk> hunks = Hunk.align(alignment.deleted, alignment.inserted);
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

        /**
         * Where the lines of tokens [from, to) start (a line ends after a line break token), followed by
         * {@code to}: line i is tokens [starts[i], starts[i + 1]).
         */
        int[] lineStarts(int from, int to) {
            int[] starts = new int[lineBreaksBefore[to] - lineBreaksBefore[from] + 2];
            int lines = 0;
            starts[lines++] = from;
            for (int i = from; i < to - 1; i++) {
                if (isLineBreak(tokens[i])) {
                    starts[lines++] = i + 1;
                }
            }
            starts[lines++] = to;
            return Arrays.copyOf(starts, lines);
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
     * Marks the tokens of each side that are not part of the common subsequence found, comparing with
     * java-diff-utils' Myers diff under {@link EditBudget}: tokens first, and where they differ too much, lines,
     * then the tokens of each changed run of lines. Whatever still differs too much is marked as a whole.
     */
    private static final class TokenAlignment {

        final boolean[] deleted;
        final boolean[] inserted;
        private final int[] before;
        private final int[] after;
        private final Tokens beforeTokens;
        private final Tokens afterTokens;

        private TokenAlignment(int[] before, int[] after, Tokens beforeTokens, Tokens afterTokens) {
            this.before = before;
            this.after = after;
            this.beforeTokens = beforeTokens;
            this.afterTokens = afterTokens;
            deleted = new boolean[before.length];
            inserted = new boolean[after.length];
        }

        static TokenAlignment between(int[] before, int[] after, Tokens beforeTokens, Tokens afterTokens) {
            TokenAlignment alignment = new TokenAlignment(before, after, beforeTokens, afterTokens);
            alignment.alignAll();
            return alignment;
        }

        private void alignAll() {
            int beforeStart = 0;
            int afterStart = 0;
            int beforeEnd = before.length;
            int afterEnd = after.length;
            while (beforeStart < beforeEnd && afterStart < afterEnd && before[beforeStart] == after[afterStart]) {
                beforeStart++;
                afterStart++;
            }
            while (beforeStart < beforeEnd && afterStart < afterEnd && before[beforeEnd - 1] == after[afterEnd - 1]) {
                beforeEnd--;
                afterEnd--;
            }
            if (!alignTokens(beforeStart, beforeEnd, afterStart, afterEnd)) {
                alignLines(beforeStart, beforeEnd, afterStart, afterEnd);
            }
        }

        /** Aligns the tokens of the two ranges; false, with nothing marked, if they differ beyond the budget. */
        private boolean alignTokens(int beforeStart, int beforeEnd, int afterStart, int afterEnd) {
            Optional<List<AbstractDelta<Integer>>> deltas =
                    EditBudget.diff(boxed(before, beforeStart, beforeEnd), boxed(after, afterStart, afterEnd));
            if (deltas.isEmpty()) {
                return false;
            }
            for (AbstractDelta<Integer> delta : deltas.get()) {
                markChanged(delta, beforeStart, afterStart);
            }
            return true;
        }

        /**
         * Aligns the lines of the two ranges, then the tokens within each changed run of lines; a run whose
         * tokens differ beyond the budget is marked changed as a whole, and so are both ranges if their lines do.
         */
        private void alignLines(int beforeStart, int beforeEnd, int afterStart, int afterEnd) {
            Map<String, Integer> idsByLine = new HashMap<>();
            int[] beforeLines = beforeTokens.lineStarts(beforeStart, beforeEnd);
            int[] afterLines = afterTokens.lineStarts(afterStart, afterEnd);
            Optional<List<AbstractDelta<Integer>>> deltas = EditBudget.diff(
                    lineIds(beforeTokens, beforeLines, idsByLine), lineIds(afterTokens, afterLines, idsByLine));
            if (deltas.isEmpty()) {
                markReplaced(beforeStart, beforeEnd, afterStart, afterEnd);
                return;
            }
            for (AbstractDelta<Integer> delta : deltas.get()) {
                Chunk<Integer> source = delta.getSource();
                Chunk<Integer> target = delta.getTarget();
                int runBeforeStart = beforeLines[source.getPosition()];
                int runBeforeEnd = beforeLines[source.getPosition() + source.size()];
                int runAfterStart = afterLines[target.getPosition()];
                int runAfterEnd = afterLines[target.getPosition() + target.size()];
                if (!alignTokens(runBeforeStart, runBeforeEnd, runAfterStart, runAfterEnd)) {
                    markReplaced(runBeforeStart, runBeforeEnd, runAfterStart, runAfterEnd);
                }
            }
        }

        private void markChanged(AbstractDelta<Integer> delta, int beforeOffset, int afterOffset) {
            int deletedFrom = beforeOffset + delta.getSource().getPosition();
            int insertedFrom = afterOffset + delta.getTarget().getPosition();
            markReplaced(
                    deletedFrom,
                    deletedFrom + delta.getSource().size(),
                    insertedFrom,
                    insertedFrom + delta.getTarget().size());
        }

        private void markReplaced(int beforeStart, int beforeEnd, int afterStart, int afterEnd) {
            Arrays.fill(deleted, beforeStart, beforeEnd, true);
            Arrays.fill(inserted, afterStart, afterEnd, true);
        }

        private static List<Integer> boxed(int[] ids, int from, int to) {
            return Arrays.stream(ids, from, to).boxed().toList();
        }

        /** One id per line, equal for lines of equal text; {@code lineStarts} as from {@link Tokens#lineStarts}. */
        private static List<Integer> lineIds(Tokens tokens, int[] lineStarts, Map<String, Integer> idsByLine) {
            List<Integer> ids = new ArrayList<>(lineStarts.length - 1);
            for (int line = 0; line + 1 < lineStarts.length; line++) {
                ids.add(idsByLine.computeIfAbsent(
                        tokens.join(lineStarts[line], lineStarts[line + 1]), text -> idsByLine.size()));
            }
            return ids;
        }
    }

    /**
     * Runs java-diff-utils' Myers diff, giving up once it has tried {@value #EDIT_BUDGET} edits. The greedy
     * algorithm reports one step per edit distance d it tries; step d extends d + 1 diagonals, and how far it has
     * got along a diagonal only ever grows, so comparing n elements costs O(n·{@value #EDIT_BUDGET}) time and
     * O(n + {@value #EDIT_BUDGET}²) memory (its path nodes) at most. The listener is the library's only hook into
     * a running diff, hence the exception to stop it.
     */
    private static final class EditBudget implements DiffAlgorithmListener {

        private int steps;

        /** The deltas between the two sequences, or empty if they differ in more than the budget allows. */
        static Optional<List<AbstractDelta<Integer>>> diff(List<Integer> before, List<Integer> after) {
            try {
                return Optional.of(DiffUtils.diff(before, after, new MyersDiff<>(), new EditBudget())
                        .getDeltas());
            } catch (Exhausted e) {
                return Optional.empty();
            }
        }

        @Override
        public void diffStart() {}

        @Override
        public void diffStep(int value, int max) {
            if (steps++ > EDIT_BUDGET) {
                throw new Exhausted();
            }
        }

        @Override
        public void diffEnd() {}

        private static final class Exhausted extends RuntimeException {

            Exhausted() {
                super(null, null, false, false);
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
