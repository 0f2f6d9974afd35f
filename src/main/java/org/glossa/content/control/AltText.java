package org.glossa.content.control;

import java.util.regex.Pattern;
import org.glossa.localization.control.TypedText;
import org.glossa.localization.control.UnstorableTextException;

/**
 * An image's text alternative as it is stored: a single line as {@link TypedText} cleans it, runs of white space
 * folded into one space, trimmed, at most {@value #MAX_CODE_POINTS} code points (the column is
 * {@code varchar(300)}, which PostgreSQL counts in characters).
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
        String cleaned;
        try {
            cleaned = TypedText.singleLine("alt", raw);
        } catch (UnstorableTextException e) {
            throw new IllegalArgumentException(e.reason(), e);
        }
        String text = WHITE_SPACE.matcher(cleaned).replaceAll(" ").strip();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CODE_POINTS) {
            throw new IllegalArgumentException(
                    "is " + length + " characters long; at most " + MAX_CODE_POINTS + " are allowed");
        }
        return text;
    }
}
