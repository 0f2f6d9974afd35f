package org.glossa.editorial.control;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.ItemKind.TextField;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.Finding.Code;

/**
 * The fields a text cannot go to review without, and the lengths where search engines cut it. Lengths are counted
 * in characters as readers see them (grapheme clusters: a Devanagari syllable with its vowel sign is one).
 *
 * <ul>
 *   <li>Title and body are required (errors). The summary is not: a post without one still has a page, but lists,
 *       feeds and search results show the summary, so an empty one is a warning; experience entries have none.</li>
 *   <li>A title above {@value #TITLE_SHOWN} characters is cut in search results; a summary above
 *       {@value #SNIPPET_SHOWN} in a result's snippet (warnings: the text is still correct).</li>
 * </ul>
 */
final class TextLengths {

    static final int TITLE_SHOWN = 60;
    static final int SNIPPET_SHOWN = 160;

    private TextLengths() {}

    static List<Finding> findings(ItemKind kind, TranslatableText text) {
        List<Finding> found = new ArrayList<>();
        if (blank(text.title())) {
            found.add(Finding.error("title", Code.REQUIRED, Map.of()));
        } else if (length(text.title()) > TITLE_SHOWN) {
            found.add(Finding.warning(
                    "title", Code.TITLE_TOO_LONG, Map.of("length", length(text.title()), "max", TITLE_SHOWN)));
        }
        if (kind.has(TextField.SUMMARY)) {
            if (blank(text.summary())) {
                found.add(Finding.warning("summary", Code.SUMMARY_EMPTY, Map.of()));
            } else if (length(text.summary().strip()) > SNIPPET_SHOWN) {
                found.add(Finding.warning(
                        "summary",
                        Code.SUMMARY_TOO_LONG,
                        Map.of("length", length(text.summary().strip()), "max", SNIPPET_SHOWN)));
            }
        }
        if (blank(text.body())) {
            found.add(Finding.error("body", Code.REQUIRED, Map.of()));
        }
        return found;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** User-perceived characters. */
    static int length(String s) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(s);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
