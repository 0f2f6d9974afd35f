package org.glossa.documents.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.TypedText;
import org.glossa.localization.control.TypedText.Lines;

/**
 * What one generation had to do about items whose stored text it cannot write as it is: the text is repaired (as
 * {@link TypedText#repaired} does it: the characters XML 1.0 cannot carry go, line breaks in a title become
 * spaces), and an item whose title is empty once repaired is left out of the news sitemap and feed (the sitemap
 * needs no title). Either way the run goes on, so one bad title never stops a locale's sitemaps and feed; each case
 * is logged once with the item and the locale, and kept for the run's record.
 *
 * <p>Only text is handled here. Other broken data (a cover whose stored type is not a MIME type, say) still fails
 * the run loudly: the publishing monitor reports it, and the previous documents stay served.
 *
 * <p>Repaired rather than skipped: the character at fault is almost always invisible (a manual line break from a
 * word processor), so the repaired title is what the writer meant, and leaving the article out of the news sitemap
 * and feed would hurt readers more than the repair.
 */
final class ItemNotices {

    private static final Logger LOG = Logger.getLogger(SiteDocuments.class.getName());

    private final Set<String> notices = new LinkedHashSet<>();

    /** {@code stored} as it can be written (null stays null); a repair is noted. */
    String writable(ItemKind kind, long id, String locale, String field, String stored, Lines lines) {
        String repaired = TypedText.repaired(stored, lines);
        if (!Objects.equals(repaired, stored)) {
            note(
                    locale,
                    describe(kind, id) + ": its " + field + " holds characters that cannot be written ("
                            + offending(stored) + "); written repaired, correct the text in the editor");
        }
        return repaired;
    }

    /**
     * An item's title as {@code document} can carry it, or nothing (noted) when nothing is left of it once
     * repaired: a news sitemap or feed entry needs a title, so the item is left out of that one document.
     */
    Optional<String> title(ItemKind kind, long id, String locale, String document, String stored) {
        String title = writable(kind, id, locale, "title", stored, Lines.SINGLE);
        if (title == null || title.isBlank()) {
            note(locale, describe(kind, id) + " was left out of " + document + ": its title is empty once repaired");
            return Optional.empty();
        }
        return Optional.of(title);
    }

    /** Text that is not an item's (the publication name), repaired the same way. */
    String writable(String locale, String what, String stored) {
        String repaired = TypedText.repaired(stored, Lines.SINGLE);
        if (!Objects.equals(repaired, stored)) {
            note(
                    locale,
                    what + " holds characters that cannot be written (" + offending(stored) + "); written repaired");
        }
        return repaired;
    }

    /** Everything noted so far, oldest first. */
    List<String> all() {
        return new ArrayList<>(notices);
    }

    private void note(String locale, String notice) {
        String line = locale + ": " + notice;
        if (notices.add(line)) {
            LOG.warning(() -> "Generating the documents of " + line);
        }
    }

    private static String describe(ItemKind kind, long id) {
        return kind.name().toLowerCase(Locale.ROOT) + " " + id;
    }

    /** The code points a repair removes or replaces, as U+XXXX, at most five. */
    private static String offending(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i++);
                if ((cp & 0xFFFE) == 0xFFFE) {
                    found.add(String.format(Locale.ROOT, "U+%04X", cp));
                }
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t'
                    || Character.isSurrogate(c)
                    || c >= 0xFDD0 && c <= 0xFDEF
                    || c >= 0xFFFE
                    || c == 0x2028
                    || c == 0x2029) {
                found.add(String.format(Locale.ROOT, "U+%04X", (int) c));
            }
        }
        return found.isEmpty()
                ? "line breaks or a form NFC changes"
                : found.stream().distinct().limit(5).collect(Collectors.joining(", "));
    }
}
