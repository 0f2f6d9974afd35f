package org.glossa.serving.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The request target's path as the public listener accepts it. A path that no page can have is refused with 400
 * before anything is looked up, as the servlet container refuses it: a broken percent-encoding, bytes that are not
 * UTF-8, a control character (an encoded NUL, say), or a dot segment ({@code .} or {@code ..}, spelt out or encoded).
 */
public final class RequestTarget {

    private RequestTarget() {}

    /** Whether {@code rawPath} (the target before {@code ?}, not decoded) is a path a page could have. */
    public static boolean acceptable(String rawPath) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return false;
        }
        if (plain(rawPath)) {
            return true;
        }
        int start = 1;
        while (start <= rawPath.length()) {
            int end = rawPath.indexOf('/', start);
            if (end < 0) {
                end = rawPath.length();
            }
            String segment = decoded(rawPath.substring(start, end));
            if (segment == null || segment.equals(".") || segment.equals("..")) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** The common case, told without decoding: printable ASCII, nothing encoded, no segment starting with a dot. */
    private static boolean plain(String rawPath) {
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '%' || (c == '.' && rawPath.charAt(i - 1) == '/')) {
                return false;
            }
        }
        return true;
    }

    /** The segment decoded, or null when it is not well-formed percent-encoded UTF-8 free of control characters. */
    private static String decoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return null; // a request target is ASCII; anything else arrived unencoded
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return null;
            }
        }
        return text;
    }
}
