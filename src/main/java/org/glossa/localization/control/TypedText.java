package org.glossa.localization.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as people type and paste it, made fit to store in PostgreSQL and to write into XML 1.0 (sitemaps,
 * feeds, pages): the one normalisation every text field goes through before it is stored.
 *
 * <ul>
 *   <li>Line and paragraph breaks that word processors write (U+000B vertical tab, which Word writes for a manual
 *       line break, U+000C form feed, U+0085 next line, U+2028 line separator, U+2029 paragraph separator) and
 *       CR LF / CR become LF in multi-line fields; in single-line fields they and LF become one space, and so
 *       does TAB.
 *   <li>Every other C0 and C1 control character (and DEL) is removed, and so are Unicode noncharacters (U+FFFE,
 *       U+FFFF, U+FDD0..U+FDEF and the last two code points of every plane): nobody types them, they carry
 *       nothing a reader sees, and XML 1.0 refuses most of them.
 *   <li>Then NFC, so one word is one string however the keyboard composed it.
 * </ul>
 *
 * <p>Refused, not repaired: NUL and lone surrogates. PostgreSQL cannot store NUL in text at all, and a lone
 * surrogate cannot be written in UTF-8; either is a sign that the text was damaged on its way (a UTF-16 file read
 * as bytes, a string cut in the middle of a pair), so whatever is around it may be damaged too. Dropping them
 * silently would store text that only looks right; the writer is told, naming the field, and can paste again.
 *
 * <p>Text already stored before these rules (or put there by hand) is made writable with {@link #repaired},
 * which never refuses: documents and pages are generated from it, and one bad title must not stop a locale.
 */
public final class TypedText {

    /** Whether a field keeps line breaks. */
    public enum Lines {
        /** A title, a name, a slug, alt text: breaks and tabs become spaces. */
        SINGLE,
        /** A body or description: breaks become LF; TAB stays (Markdown indents code with it). */
        MULTIPLE
    }

    private TypedText() {}

    /** A single-line field as it will be stored (null stays null), or a refusal naming {@code field}. */
    public static String singleLine(String field, String raw) {
        return clean(field, raw, Lines.SINGLE);
    }

    /** A multi-line field as it will be stored (null stays null), or a refusal naming {@code field}. */
    public static String multiLine(String field, String raw) {
        return clean(field, raw, Lines.MULTIPLE);
    }

    /** {@code raw} as it will be stored (null stays null), or a refusal naming {@code field}. */
    public static String clean(String field, String raw, Lines lines) {
        if (raw == null) {
            return null;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 0) {
                throw new UnstorableTextException(
                        field,
                        "contains a NUL character (U+0000) at index " + i
                                + ", which cannot be stored; the text was probably damaged on its way, paste it again");
            }
            if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                            && i + 1 < raw.length()
                            && Character.isLowSurrogate(raw.charAt(i + 1)))) {
                throw new UnstorableTextException(
                        field,
                        String.format(
                                Locale.ROOT,
                                "contains a lone surrogate (U+%04X) at index %d, which is not a character; the text"
                                        + " was probably damaged on its way, paste it again",
                                (int) c,
                                i));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return normalized(raw, lines);
    }

    /**
     * Stored text made writable, never refused: what {@link #clean} does, with NUL removed and a lone surrogate
     * replaced by U+FFFD. The same text comes back (the same instance) when it needed nothing.
     */
    public static String repaired(String stored, Lines lines) {
        if (stored == null) {
            return null;
        }
        StringBuilder paired = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == 0) {
                continue;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < stored.length()
                    && Character.isLowSurrogate(stored.charAt(i + 1))) {
                paired.append(c).append(stored.charAt(++i));
            } else {
                paired.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        String repaired = normalized(paired.toString(), lines);
        return repaired.equals(stored) ? stored : repaired;
    }

    /** Whether {@link #repaired} would change the text. */
    public static boolean needsRepair(String stored, Lines lines) {
        return stored != null && !repaired(stored, lines).equals(stored);
    }

    /** Only well-formed UTF-16 without NUL gets here. */
    private static String normalized(String text, Lines lines) {
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                if (i < length && text.charAt(i) == '\n') {
                    i++;
                }
                out.append(lines == Lines.MULTIPLE ? '\n' : ' ');
            } else if (isLineBreak(c)) {
                out.append(lines == Lines.MULTIPLE ? '\n' : ' ');
            } else if (c == '\t') {
                out.append(lines == Lines.MULTIPLE ? '\t' : ' ');
            } else if (!Character.isISOControl(c) && !isNoncharacter(c)) {
                out.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** The 66 noncharacters: U+FDD0..U+FDEF and U+xxFFFE, U+xxFFFF in each of the 17 planes. */
    static boolean isNoncharacter(int c) {
        return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }
}
