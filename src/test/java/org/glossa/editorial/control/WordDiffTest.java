package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.glossa.editorial.control.WordDiff.Change;
import org.glossa.editorial.control.WordDiff.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static final ULocale ENGLISH = ULocale.ENGLISH;
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private static Change equal(String text) {
        return new Change(Kind.EQUAL, text);
    }

    private static Change deleted(String text) {
        return new Change(Kind.DELETED, text);
    }

    private static Change inserted(String text) {
        return new Change(Kind.INSERTED, text);
    }

    private static List<Change> diff(String before, String after, String languageTag) {
        return WordDiff.between(before, after, ULocale.forLanguageTag(languageTag))
                .changes();
    }

    @Test
    void identicalTextsAreUnchanged() {
        String text = "# Release notes\n\nWe shipped *version 2* today.  Enjoy!\n";

        WordDiff diff = WordDiff.between(text, text, ENGLISH);

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.changes()).containsExactly(equal(text));
        assertThat(diff.toMarkup()).isEqualTo(text);
    }

    @Test
    void nullIsTreatedAsEmpty() {
        assertThat(WordDiff.between(null, "", ENGLISH).unchanged()).isTrue();
        assertThat(WordDiff.between(null, null, ENGLISH).changes()).isEmpty();
        assertThat(WordDiff.between(null, "New post", ENGLISH).changes()).containsExactly(inserted("New post"));
        assertThat(WordDiff.between("Old post", null, ENGLISH).changes()).containsExactly(deleted("Old post"));
    }

    @Test
    void nfdAndNfcAreEqual() {
        String text = "Zoë’s café: déjà vu in Hà Nội, 한국어 웹사이트";
        assertThat(NFD.normalize(text)).isNotEqualTo(NFC.normalize(text));

        WordDiff diff = WordDiff.between(NFD.normalize(text), NFC.normalize(text), ENGLISH);

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.changes()).containsExactly(equal(NFC.normalize(text)));
    }

    @Test
    void englishWordReplacementIsOneDeletionAndOneInsertion() {
        assertThat(diff("The quick brown fox jumps.", "The quick red fox jumps.", "en"))
                .containsExactly(equal("The quick "), deleted("brown"), inserted("red"), equal(" fox jumps."));
    }

    @Test
    void chineseSplitsIntoWordsNotWholeSentence() {
        assertThat(diff("我们今天发布新版本", "我们明天发布新版本", "zh-Hans"))
                .containsExactly(equal("我们"), deleted("今天"), inserted("明天"), equal("发布新版本"));
    }

    @Test
    void japaneseLikewise() {
        assertThat(diff("今日は東京で新しい製品を発表しました。", "今日は大阪で新しい製品を発表しました。", "ja"))
                .containsExactly(equal("今日は"), deleted("東京"), inserted("大阪"), equal("で新しい製品を発表しました。"));
    }

    @Test
    void thaiSplitsIntoDictionaryWords() {
        assertThat(diff("วันนี้เราเปิดตัวเวอร์ชันใหม่", "พรุ่งนี้เราเปิดตัวเวอร์ชันใหม่", "th"))
                .containsExactly(deleted("วัน"), inserted("พรุ่ง"), equal("นี้เราเปิดตัวเวอร์ชันใหม่"));
    }

    @Test
    void arabicRightToLeftTextDiffsByWord() {
        assertThat(diff("أعلنت الشركة عن إصدار جديد اليوم.", "أعلنت الشركة عن إصدار جديد غدا.", "ar"))
                .containsExactly(equal("أعلنت الشركة عن إصدار جديد "), deleted("اليوم"), inserted("غدا"), equal("."));
    }

    @Test
    void insertionAtStartAndEnd() {
        assertThat(diff("middle of the post", "Update: middle of the post, revised", "en"))
                .containsExactly(inserted("Update: "), equal("middle of the post"), inserted(", revised"));
    }

    @Test
    void deletionOfParagraph() {
        String before = "First paragraph.\n\nSecond paragraph, to be removed.\n\nThird paragraph.";
        String after = "First paragraph.\n\nThird paragraph.";

        assertThat(diff(before, after, "en"))
                .containsExactly(
                        equal("First paragraph.\n\n"),
                        deleted("Second paragraph, to be removed.\n\n"),
                        equal("Third paragraph."));
    }

    @Test
    void insertedParagraphStartsAtTheStartOfALine() {
        String before = "Para one.\n\nPara three.";
        String after = "Para one.\n\nPara two.\n\nPara three.";

        assertThat(diff(before, after, "en"))
                .containsExactly(equal("Para one.\n\n"), inserted("Para two.\n\n"), equal("Para three."));
    }

    @Test
    void punctuationChangeIsIsolated() {
        assertThat(diff("Hello, world. Nothing else changed.", "Hello; world. Nothing else changed.", "en"))
                .containsExactly(equal("Hello"), deleted(","), inserted(";"), equal(" world. Nothing else changed."));
    }

    @Test
    void changedDoubleSpaceIsStillAChange() {
        assertThat(diff("One sentence.  Another one.", "One sentence. Another one.", "en"))
                .containsExactly(equal("One sentence."), deleted("  "), inserted(" "), equal("Another one."));
    }

    @Test
    void rewrittenPhraseIsOneReplacementNotAFloodOfWordChanges() {
        assertThat(diff("The quick brown fox jumps over the dog.", "A slow red fox jumps over the dog.", "en"))
                .containsExactly(deleted("The quick brown"), inserted("A slow red"), equal(" fox jumps over the dog."));
    }

    @Test
    void changesOnSeparateLinesStaySeparate() {
        assertThat(diff("- alpha\n- beta\n", "- gamma\n- delta\n", "en"))
                .containsExactly(
                        equal("- "),
                        deleted("alpha"),
                        inserted("gamma"),
                        equal("\n- "),
                        deleted("beta"),
                        inserted("delta"),
                        equal("\n"));
    }

    @Test
    void markupShowsDeletionsAndInsertionsInPlace() {
        WordDiff diff = WordDiff.between("The quick brown fox.", "The quick red fox.", ENGLISH);

        assertThat(diff.unchanged()).isFalse();
        assertThat(diff.toMarkup()).isEqualTo("The quick [-brown-]{+red+} fox.");
    }

    @Test
    void largeTextsDiffInReasonableTime() {
        Random random = new Random(42);
        String before = RandomText.words(random, 50_000);
        StringBuilder revised = new StringBuilder(before);
        for (int edit = 0; edit < 5; edit++) {
            int at = revised.indexOf(" ", random.nextInt(revised.length() - 100)) + 1;
            revised.insert(at, "REVISED ");
        }
        String after = revised.toString();
        String rewritten = RandomText.words(new Random(43), 50_000);

        WordDiff diff =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordDiff.between(before, after, ENGLISH));
        WordDiff rewrite =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordDiff.between(before, rewritten, ENGLISH));

        assertThat(diff.changes())
                .filteredOn(change -> change.kind() != Kind.EQUAL)
                .containsOnly(inserted("REVISED "))
                .hasSize(5);
        assertThat(rewrite.before()).isEqualTo(before);
        assertThat(rewrite.after()).isEqualTo(rewritten);
    }

    @Test
    void editsOnHundredsOfLinesOfALongTextAreStillShownWordByWord() {
        String before = RandomText.words(new Random(44), 200_000);
        StringBuilder revised = new StringBuilder(before);
        // 300 insertions of 6 tokens each: too many changed tokens for one comparison of all the tokens, so this
        // takes the way through the lines, then the words within each changed line.
        int paragraph = 0;
        int inserted = 0;
        for (int at = revised.indexOf("\n\n"); at >= 0 && inserted < 300; at = revised.indexOf("\n\n", at + 2)) {
            if (paragraph++ % 2 == 0) {
                revised.insert(at + 2, "REVISED AND EXPANDED ");
                inserted++;
            }
        }
        String after = revised.toString();
        assertThat(inserted).isEqualTo(300);

        WordDiff diff =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordDiff.between(before, after, ENGLISH));

        assertThat(diff.changes())
                .filteredOn(change -> change.kind() != Kind.EQUAL)
                .hasSize(300)
                .containsOnly(inserted("REVISED AND EXPANDED "));
        assertWellFormed(diff.changes(), before, after);
    }

    @Test
    void longTextsThatDifferThroughoutDiffInBoundedTimeAndStillReconstructBothTexts() {
        String paragraphs = RandomText.words(new Random(45), 200_000);
        String rewrittenParagraphs = RandomText.words(new Random(46), 200_000);
        // Paragraphs, one long line, every word different, every line different. The timeout is only a safety
        // net: the edit budget is what bounds the work (see WordDiff).
        String[][] pairs = {
            {paragraphs, rewrittenParagraphs},
            {paragraphs.replace('\n', ' '), rewrittenParagraphs.replace('\n', ' ')},
            {"x ".repeat(100_000), "y ".repeat(100_000)},
            {"a\n".repeat(100_000), "b\n".repeat(100_000)}
        };

        for (String[] pair : pairs) {
            WordDiff diff = assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> WordDiff.between(pair[0], pair[1], ENGLISH));

            assertWellFormed(diff.changes(), pair[0], pair[1]);
            assertThat(diff.unchanged()).isFalse();
        }
    }

    @Test
    void applyingChangesReconstructsBothTexts() {
        Random random = new Random(20240601);
        for (int round = 0; round < 500; round++) {
            String before = RandomText.mixedScripts(random, random.nextInt(60));
            String after = RandomText.edited(random, before);

            List<Change> changes = WordDiff.between(before, after, ENGLISH).changes();

            assertWellFormed(changes, before, after);
        }
    }

    /** The changes reconstruct both texts, none is empty, and kinds alternate with deletions first. */
    private static void assertWellFormed(List<Change> changes, String before, String after) {
        String context = before.length() > 200
                ? "texts of " + before.length() + " and " + after.length() + " chars"
                : "before=" + before + " after=" + after;
        assertThat(concatenationWithout(Kind.INSERTED, changes)).as(context).isEqualTo(NFC.normalize(before));
        assertThat(concatenationWithout(Kind.DELETED, changes)).as(context).isEqualTo(NFC.normalize(after));
        assertThat(changes)
                .as(context)
                .allSatisfy(change -> assertThat(change.text()).isNotEmpty());
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).kind())
                    .as(context)
                    .isNotEqualTo(changes.get(i - 1).kind());
            assertThat(changes.get(i - 1).kind() == Kind.INSERTED
                            && changes.get(i).kind() == Kind.DELETED)
                    .as("deletions come before insertions: " + context)
                    .isFalse();
        }
    }

    private static String concatenationWithout(Kind omitted, List<Change> changes) {
        return changes.stream()
                .filter(change -> change.kind() != omitted)
                .map(Change::text)
                .collect(Collectors.joining());
    }

    /** Texts for the property and performance tests, reproducible from the seed of the Random passed in. */
    private static final class RandomText {

        private static final String[] PIECES = {
            "the",
            "post",
            "site",
            "translation",
            "word",
            " ",
            " ",
            " ",
            "  ",
            "\n",
            "\n\n",
            "\r\n",
            ".",
            ",",
            "!",
            "*",
            "# ",
            "- ",
            "`code`",
            "我们",
            "今天",
            "发布",
            "新版本",
            "東京",
            "で",
            "発表",
            "しました",
            "。",
            "مرحبا",
            "بالعالم",
            "วันนี้",
            "เรา",
            "Привет",
            "мир",
            "café",
            "Zoë",
            "😀",
            "1.2",
            "2024"
        };
        private static final String[] WORDS = {
            "glossa", "site", "locale", "translator", "owner", "revision", "source", "draft", "approve", "reject",
            "markdown", "paragraph", "sentence", "outdated", "review", "publish", "career", "entry", "slug", "a",
            "the", "of", "and", "to", "in"
        };

        static String mixedScripts(Random random, int pieces) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return text.toString();
        }

        /** A few random insertions, deletions and replacements at random places, not only at word boundaries. */
        static String edited(Random random, String text) {
            StringBuilder edited = new StringBuilder(text);
            int edits = random.nextInt(6);
            for (int edit = 0; edit < edits; edit++) {
                int from = random.nextInt(edited.length() + 1);
                int to = Math.min(edited.length(), from + random.nextInt(12));
                switch (random.nextInt(3)) {
                    case 0 -> edited.insert(from, mixedScripts(random, 1 + random.nextInt(4)));
                    case 1 -> edited.delete(from, to);
                    default -> edited.replace(from, to, mixedScripts(random, 1 + random.nextInt(3)));
                }
            }
            return withoutBrokenSurrogates(edited.toString());
        }

        static String words(Random random, int length) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
                int separator = random.nextInt(25);
                text.append(separator == 0 ? ".\n\n" : separator == 1 ? ", " : separator == 2 ? ". " : " ");
            }
            return text.toString();
        }

        private static String withoutBrokenSurrogates(String text) {
            return text.codePoints()
                    .filter(c -> c > 0xFFFF || !Character.isSurrogate((char) c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString();
        }
    }
}
