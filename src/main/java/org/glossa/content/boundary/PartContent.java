package org.glossa.content.boundary;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a multipart part without trusting its size: never more than one byte past what is accepted. */
final class PartContent {

    private PartContent() {}

    /** The part's bytes, or empty when it holds more than {@code maxBytes}. */
    static Optional<byte[]> bytes(EntityPart part, int maxBytes) throws IOException {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
        }
    }

    /** The part as UTF-8 text, or an {@link IllegalArgumentException} when it is longer or not UTF-8. */
    static String utf8(EntityPart part, int maxBytes, String tooLong) throws IOException {
        byte[] bytes = bytes(part, maxBytes).orElseThrow(() -> new IllegalArgumentException(tooLong));
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not UTF-8 text");
        }
    }
}
