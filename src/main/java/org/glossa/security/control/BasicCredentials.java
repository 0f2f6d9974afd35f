package org.glossa.security.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A username and password from an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8).
 * Anything else (another scheme, bad Base64, bytes that are not UTF-8, no colon, an absurd length) is
 * not credentials at all.
 */
public record BasicCredentials(String username, String password) {

    /** Room for the longest password allowed (1024 code points of up to 4 bytes) in Base64, and a username. */
    static final int MAX_HEADER_LENGTH = 6000;

    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null || authorization.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            return Optional.empty();
        }
        try {
            byte[] bytes =
                    Base64.getDecoder().decode(header.substring(space + 1).strip());
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + username + "]";
    }
}
