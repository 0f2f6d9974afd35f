package org.glossa.documents.control;

import java.util.Locale;
import java.util.Objects;

/**
 * Text that can be written into an XML 1.0 document. A StAX writer escapes {@code &}, {@code <} and
 * {@code >} but passes control characters such as U+0001 or a lone surrogate straight through, which makes
 * the whole file malformed, and crawlers then drop every entry in it. Rejecting such text when a value is
 * built names the entry at fault instead.
 */
final class XmlText {

    private XmlText() {}

    /** Non-blank text made only of characters XML 1.0 allows. */
    static String require(String text, String field) {
        Objects.requireNonNull(text, field);
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isXmlChar(c)) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT, "%s contains U+%04X at index %d, which XML 1.0 does not allow", field, c, i));
            }
            i += Character.charCount(c);
        }
        return text;
    }

    /** XML 1.0 production [2] Char; lone surrogates arrive here as code points D800-DFFF and fail. */
    private static boolean isXmlChar(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
