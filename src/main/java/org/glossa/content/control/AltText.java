package org.glossa.content.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * An image's text alternative as it is stored: NFC, runs of white space (line breaks included) folded into one
 * space, trimmed, at most {@value #MAX_CODE_POINTS} code points (the column is {@code varchar(300)}, which
 * PostgreSQL counts in characters), and no other control characters.
 */
public final class AltText {

    public static final int MAX_CODE_POINTS = 300;
    /** Enough bytes for the longest acceptable text in UTF-8 plus white space that folding removes. */
    public static final int MAX_UTF8_BYTES = 4 * 1024;

    private static final Pattern WHITE_SPACE =
            Pattern.compile("[\\s\\u00A0\\u2028\\u2029]+", Pattern.UNICODE_CHARACTER_CLASS);

    private AltText() {}

    /** The stored form of {@code raw} (empty for null), or an {@link IllegalArgumentException} saying why not. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = WHITE_SPACE
                .matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CODE_POINTS) {
            throw new IllegalArgumentException(
                    "is " + length + " characters long; at most " + MAX_CODE_POINTS + " are allowed");
        }
        return text;
    }
}
