package org.glossa.editorial.control;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of an editorial list ends: the sort key ({@code updatedAt}, {@code id}) of its last row. The next page
 * is read from it by the index of the list's order ({@code WHERE (updated_at, id) < key}), so it costs the same at
 * any depth, where an offset would read and drop every row before it. Clients receive it opaque, in the list's
 * {@code Link: <...>; rel="next"}, and send it back as {@code after=}.
 */
public record ListCursor(Instant updatedAt, long id) {

    private static final Pattern FORM = Pattern.compile("1:(-?[0-9]{1,19}):([0-9]{1,9}):([0-9]{1,19})");

    /** The cursor after this row. */
    public static ListCursor after(Instant updatedAt, long id) {
        return new ListCursor(updatedAt, id);
    }

    /** The opaque form a client sends back: URL-safe, no padding. */
    public String encoded() {
        String plain = "1:" + updatedAt.getEpochSecond() + ":" + updatedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The cursor a client sent as {@code after=}; anything this class did not encode is refused, naming the
     * parameter.
     */
    public static ListCursor decode(String encoded) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        Matcher m = FORM.matcher(plain);
        if (!m.matches()) {
            throw refused();
        }
        try {
            return new ListCursor(
                    Instant.ofEpochSecond(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))),
                    Long.parseLong(m.group(3)));
        } catch (NumberFormatException | DateTimeException e) {
            throw refused();
        }
    }

    private static EditorialException refused() {
        return EditorialException.invalid(
                "after", "is not a position this list gave: take it from the 'next' link of the page before");
    }
}
