package org.glossa.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.glossa.content.control.RejectedImageException.Reason;
import org.glossa.content.entity.VerifiedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageInspectorTest {

    /** Real encoder output (cwebp 1.2.4 from a 300x200 gradient, resized): 30x20 lossy, a VP8 chunk. */
    private static final String LOSSY_30X20 =
            "UklGRlwAAABXRUJQVlA4IFAAAABwAwCdASoeABQAP3mkx12/rKikt+gD8C8JagCdMsvFAFKRF2gA"
                    + "/tXFtyBHxZ5oou0HeTJYAtPHd2c76vHC6W2KLPsX5JMEKCJbxwh8VgAAAA==";
    /** The same, lossless: a VP8L chunk. */
    private static final String LOSSLESS_30X20 =
            "UklGRlAAAABXRUJQVlA4TEQAAAAvHcAEAAmAIAb8J2uI6H/qAiAI/+EaIvqfCqWNpEB7PA"
                    + "76r/mCwilo24YNpe3uAIbCtG2Y7PaUTh7HygXw6GJwGg98Aw==";
    /** 1x1 with alpha: VP8X, ALPH and VP8 chunks (the extended format). */
    private static final String EXTENDED_1X1 =
            "UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDgg"
                    + "GAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==";
    /** 1x1 animation: VP8X with the animation flag, ANIM and one ANMF frame. */
    private static final String ANIMATED_1X1 =
            "UklGRlIAAABXRUJQVlA4WAoAAAASAAAAAAAAAAAAQU5JTQYAAAD/////AABBTk1GJgAAAAAA"
                    + "AAAAAAAAAAAAAGQAAABWUDhMDQAAAC8AAAAQBxAREYiI/gcA";

    @Test
    void aPngIsVerifiedWithTypeDimensionsLengthAndHashFromItsBytes() {
        byte[] png = encode("png", 40, 30);

        VerifiedImage image = ImageInspector.verify(png);

        assertThat(image.mimeType()).isEqualTo("image/png");
        assertThat(image.width()).isEqualTo(40);
        assertThat(image.height()).isEqualTo(30);
        assertThat(image.bytes()).isEqualTo(png).isNotSameAs(png);
        assertThat(image.sha256()).hasSize(64).isEqualTo(ImageInspector.sha256(png));
    }

    @Test
    void jpegAndGifAreVerifiedToo() {
        assertThat(ImageInspector.verify(encode("jpg", 64, 48)))
                .extracting(VerifiedImage::mimeType, VerifiedImage::width, VerifiedImage::height)
                .containsExactly("image/jpeg", 64, 48);
        assertThat(ImageInspector.verify(encode("gif", 17, 5)))
                .extracting(VerifiedImage::mimeType, VerifiedImage::width, VerifiedImage::height)
                .containsExactly("image/gif", 17, 5);
    }

    @Test
    void aLosslessWebpGivesTheDimensionsItEncodes() {
        byte[] webp = uniformLosslessWebp(300, 200);

        VerifiedImage image = ImageInspector.verify(webp);

        assertThat(image.mimeType()).isEqualTo("image/webp");
        assertThat(image.width()).isEqualTo(300);
        assertThat(image.height()).isEqualTo(200);
        assertThat(image.bytes()).hasSize(webp.length);
    }

    @Test
    void aWebpWhosePixelsDoNotDecodeIsRefusedThoughItsHeadersHoldTogether() {
        assertRejected(riff(chunk("VP8L", vp8l(300, 200), new byte[] {0x00, 0x01, 0x02})), Reason.UNREADABLE);
        assertRejected(withLastBytesCut(base64(LOSSLESS_30X20), 20), Reason.UNREADABLE);
        assertRejected(withLastBytesCut(base64(LOSSY_30X20), 40), Reason.UNREADABLE);
    }

    @Test
    void webpFilesFromAnEncoderAreReadInEachOfTheirFormats() {
        assertThat(ImageInspector.verify(base64(LOSSY_30X20)))
                .extracting(VerifiedImage::mimeType, VerifiedImage::width, VerifiedImage::height)
                .containsExactly("image/webp", 30, 20);
        assertThat(ImageInspector.verify(base64(LOSSLESS_30X20)))
                .extracting(VerifiedImage::width, VerifiedImage::height)
                .containsExactly(30, 20);
        assertThat(ImageInspector.verify(base64(EXTENDED_1X1)))
                .extracting(VerifiedImage::width, VerifiedImage::height)
                .containsExactly(1, 1);
        assertThat(ImageInspector.verify(base64(ANIMATED_1X1)))
                .extracting(VerifiedImage::width, VerifiedImage::height)
                .containsExactly(1, 1);
    }

    @Test
    void aWebpWhoseHeadersDoNotHoldTogetherIsRefused() {
        byte[] lossy = base64(LOSSY_30X20);
        assertRejected(Arrays.copyOf(lossy, lossy.length - 10), Reason.UNREADABLE);
        assertRejected(
                riff(chunk("VP8X", vp8x(99, 99, false), new byte[0]), chunk("VP8L", vp8l(30, 20), new byte[] {0})),
                Reason.UNREADABLE);
        assertRejected(riff(chunk("VP8L", new byte[] {0x2E, 0, 0, 0, 0}, new byte[0])), Reason.UNREADABLE);
        assertRejected(riff(chunk("EXIF", new byte[8], new byte[0])), Reason.UNREADABLE);
        assertRejected(riff(chunk("VP8X", vp8x(10, 10, true), new byte[0])), Reason.UNREADABLE);
        byte[] notKeyFrame = lossy.clone();
        notKeyFrame[20] |= 1;
        assertRejected(notKeyFrame, Reason.UNREADABLE);
    }

    @Test
    void aPngSignatureFollowedByGarbageIsNotAnImage() {
        byte[] garbage = new byte[200];
        Arrays.fill(garbage, (byte) 'x');
        byte[] fake = concat(Arrays.copyOf(encode("png", 4, 4), 8), garbage);

        assertThat(assertRejected(fake, Reason.UNREADABLE)).hasMessageContaining("PNG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif"})
    void aTruncatedImageIsRefused(String format) {
        byte[] whole = encode(format, 120, 90);

        assertRejected(Arrays.copyOf(whole, whole.length / 2), Reason.UNREADABLE);
        assertRejected(Arrays.copyOf(whole, whole.length - 3), Reason.UNREADABLE);
    }

    @Test
    void textIsNotAnImage() {
        assertThat(assertRejected(
                        "Hello, this is a plain text file.\n".getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_IMAGE))
                .hasMessageContaining("not a PNG, JPEG, GIF or WebP image");
        assertRejected(new byte[0], Reason.NOT_AN_IMAGE);
        assertRejected(null, Reason.NOT_AN_IMAGE);
    }

    @Test
    void svgIsRefusedBecauseItCanCarryScript() {
        byte[] svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>alert(document.cookie)</script><rect width="10" height="10"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(assertRejected(svg, Reason.NOT_AN_IMAGE)).hasMessageContaining("SVG");
    }

    @Test
    void htmlNamedPngIsNotAnImage() {
        byte[] html =
                "<!DOCTYPE html><html><body><script>steal()</script></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(assertRejected(html, Reason.NOT_AN_IMAGE)).hasMessageContaining("HTML");
        assertThat(ImageInspector.inspect(html)).isEmpty();
    }

    @Test
    void anImageWithTooManyPixelsIsRefusedBeforeItIsDecoded() {
        byte[] bomb = withPngSize(encode("png", 8, 8), 20_000, 20_000);

        assertThat(assertRejected(bomb, Reason.TOO_MANY_PIXELS)).hasMessageContaining("20000x20000");
        assertRejected(uniformLosslessWebp(16_000, 16_000), Reason.TOO_MANY_PIXELS);
    }

    @Test
    void inspectIsEmptyForWhatVerifyRefuses() {
        assertThat(ImageInspector.inspect("GIF89a but not really".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageInspector.inspect(encode("png", 2, 2))).isPresent();
    }

    private static RejectedImageException assertRejected(byte[] bytes, Reason reason) {
        RejectedImageException e =
                catchThrowableOfType(() -> ImageInspector.verify(bytes), RejectedImageException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        return e;
    }

    private static byte[] encode(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color((x * 37 + y * 11) % 256, (x * y) % 256, (x ^ y) * 7 % 256).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out))
                    .as("ImageIO writes " + format)
                    .isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG with its IHDR width and height replaced (and the chunk's CRC recomputed). */
    private static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer ihdr = ByteBuffer.wrap(patched, 16, 8);
        ihdr.putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 17);
        ByteBuffer.wrap(patched, 29, 4).putInt((int) crc.getValue());
        return patched;
    }

    /** A VP8L header: signature, then width-1 and height-1 in 14 bits each, no alpha, version 0. */
    private static byte[] vp8l(int width, int height) {
        int bits = (width - 1) | (height - 1) << 14;
        return ByteBuffer.allocate(5)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0x2F)
                .putInt(bits)
                .array();
    }

    /**
     * A lossless WebP of one colour, encoded here (RFC 9649, section 3): no transforms, no colour cache, and five
     * prefix codes of one symbol each, so the pixels take no bits at all whatever the size. Zero bytes follow, as
     * decoders read ahead.
     */
    private static byte[] uniformLosslessWebp(int width, int height) {
        LsbFirstBits bits = new LsbFirstBits();
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        for (int symbol : new int[] {0x80, 0x40, 0x20, 0xFF, 0}) { // green, red, blue, alpha, distance
            bits.write(1, 1); // a simple code
            bits.write(0, 1); // of one symbol
            bits.write(1, 1); // written in 8 bits
            bits.write(symbol, 8);
        }
        return riff(chunk("VP8L", vp8l(width, height), concat(bits.bytes(), new byte[8])));
    }

    /** The file with its last bytes cut off, and the sizes in its RIFF and (only) chunk header to match. */
    private static byte[] withLastBytesCut(byte[] webp, int cut) {
        byte[] shorter = Arrays.copyOf(webp, webp.length - cut);
        ByteBuffer sizes = ByteBuffer.wrap(shorter).order(ByteOrder.LITTLE_ENDIAN);
        sizes.putInt(4, sizes.getInt(4) - cut).putInt(16, sizes.getInt(16) - cut);
        return shorter;
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class LsbFirstBits {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int pending;
        private int pendingCount;

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                pending |= (value >> i & 1) << pendingCount++;
                if (pendingCount == 8) {
                    out.write(pending);
                    pending = 0;
                    pendingCount = 0;
                }
            }
        }

        byte[] bytes() {
            if (pendingCount > 0) {
                out.write(pending);
            }
            return out.toByteArray();
        }
    }

    private static byte[] vp8x(int width, int height, boolean animated) {
        ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) (animated ? 0x02 : 0x00)).put(new byte[3]);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return b.array();
    }

    private static byte[] chunk(String fourCc, byte[] header, byte[] data) {
        byte[] payload = concat(header, data);
        ByteBuffer b =
                ByteBuffer.allocate(8 + payload.length + payload.length % 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return b.array();
    }

    private static byte[] riff(byte[]... chunks) {
        byte[] body = concat("WEBP".getBytes(StandardCharsets.US_ASCII), concat(chunks));
        return concat(
                ByteBuffer.allocate(8)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .put("RIFF".getBytes(StandardCharsets.US_ASCII))
                        .putInt(body.length)
                        .array(),
                body);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] base64(String text) {
        return Base64.getDecoder().decode(text);
    }
}
