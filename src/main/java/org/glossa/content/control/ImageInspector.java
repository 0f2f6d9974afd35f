package org.glossa.content.control;

import static org.glossa.content.control.RejectedImageException.Reason.NOT_AN_IMAGE;
import static org.glossa.content.control.RejectedImageException.Reason.TOO_MANY_PIXELS;
import static org.glossa.content.control.RejectedImageException.Reason.UNREADABLE;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.glossa.content.entity.VerifiedImage;

/**
 * Establishes what an uploaded file really is from its bytes: the signature decides the MIME type, and
 * the image must then decode, which also yields its dimensions. A file name or a declared type is never
 * trusted, because feeds announce the type and length to aggregators that drop feeds that lie.
 *
 * <p>Every image is decoded in full by an ImageIO reader (the first frame of an animation), and any decoder warning
 * such as a premature end of a JPEG rejects it; so does a file that does not end where its format says it ends.
 * PNG, JPEG and GIF are decoded by the JDK's readers into a subsampled raster, so a large image costs decoding time
 * but little memory. WebP is decoded by the TwelveMonkeys reader, which holds a lossless image (and the alpha of a
 * lossy one) at full size while decoding: up to 4 bytes a pixel.
 * SVG is never accepted: it is a document that can carry script, not an image.
 * Images above {@value #MAX_PIXELS} pixels or {@value #MAX_SIDE} pixels a side are refused before decoding.
 */
public final class ImageInspector {

    public static final long MAX_PIXELS = 50_000_000L;
    public static final int MAX_SIDE = 16_384;
    /** The raster decoded to prove that an image decodes is at most this many pixels a side. */
    private static final int CHECK_RASTER_SIDE = 256;
    /**
     * ImageIO's registry of readers is one for the whole JVM, filled from the class loader of whichever code first
     * used it, so the WebP reader bundled with this application may be missing from it, and registering it there
     * would keep this application's classes loaded after it is undeployed. Its provider is used directly instead.
     */
    private static final ImageReaderSpi WEBP_READER = new WebPImageReaderSpi();

    private ImageInspector() {}

    /** The verified image, or empty when the bytes are not a PNG, JPEG, GIF or WebP image that decodes. */
    public static Optional<VerifiedImage> inspect(byte[] bytes) {
        try {
            return Optional.of(verify(bytes));
        } catch (RejectedImageException e) {
            return Optional.empty();
        }
    }

    /** The verified image, or a {@link RejectedImageException} saying what the bytes are not. */
    public static VerifiedImage verify(byte[] bytes) {
        String type = signatureType(bytes)
                .orElseThrow(() -> new RejectedImageException(
                        NOT_AN_IMAGE, "the content is not a PNG, JPEG, GIF or WebP image" + lookalike(bytes)));
        PixelSize size = decodedSize(bytes, type);
        return new VerifiedImage(bytes.clone(), type, size.width(), size.height(), sha256(bytes));
    }

    static Optional<String> signatureType(byte[] b) {
        if (b == null || b.length < 12) {
            return Optional.empty();
        }
        if ((b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return Optional.of("image/gif");
        }
        if (b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private record PixelSize(int width, int height) {}

    private static PixelSize decodedSize(byte[] bytes, String type) {
        ImageReader reader = readerFor(type);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            requireAcceptableSize(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            int period = Math.max(1, (Math.max(width, height) + CHECK_RASTER_SIDE - 1) / CHECK_RASTER_SIDE);
            param.setSourceSubsampling(period, period, 0, 0);
            if (reader.canReadRaster()) {
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
            if (!warnings.isEmpty()) {
                throw unreadable(type, warnings.get(0));
            }
            requireComplete(bytes, type);
            return new PixelSize(width, height);
        } catch (RejectedImageException e) {
            throw e;
        } catch (EOFException e) {
            throw unreadable(type, "its data ends too early");
        } catch (IOException | RuntimeException e) {
            throw unreadable(type, e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(String type) {
        if (type.equals("image/webp")) {
            try {
                return WEBP_READER.createReaderInstance();
            } catch (IOException e) {
                throw new IllegalStateException("the WebP reader cannot be created", e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no ImageIO reader for " + type);
        }
        return readers.next();
    }

    /** Decoders stop at the last pixel; a file cut off after it still lacks the end its format requires. */
    private static void requireComplete(byte[] b, String type) {
        int n = b.length;
        boolean complete = switch (type) {
            case "image/png" -> n >= 12 && b[n - 8] == 'I' && b[n - 7] == 'E' && b[n - 6] == 'N' && b[n - 5] == 'D';
            case "image/gif" -> b[n - 1] == 0x3B;
            case "image/webp" -> riffFileLength(b) == n;
            default -> true;
        };
        if (!complete) {
            throw unreadable(type, "the file does not end where its format says it ends");
        }
    }

    /** The length of a RIFF file as its header gives it: 8 bytes, then as many as its little-endian size. */
    private static long riffFileLength(byte[] b) {
        return 8
                + Integer.toUnsignedLong(
                        ByteBuffer.wrap(b, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    private static void requireAcceptableSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new RejectedImageException(UNREADABLE, "the image has no pixels");
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new RejectedImageException(
                    TOO_MANY_PIXELS,
                    "the image is " + width + "x" + height + " pixels; at most " + MAX_SIDE + " a side and "
                            + MAX_PIXELS / 1_000_000 + " megapixels are accepted");
        }
    }

    private static RejectedImageException unreadable(String type, String why) {
        String format = type.substring("image/".length()).toUpperCase(Locale.ROOT);
        return new RejectedImageException(
                UNREADABLE,
                "starts like a " + format + " image but does not decode"
                        + (why == null || why.isBlank() ? "" : ": " + why));
    }

    /** A hint for the uploader when the bytes are a kind of file people mistake for an image. */
    private static String lookalike(byte[] b) {
        if (b == null || b.length == 0) {
            return " (it is empty)";
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        if (head.contains("<svg")) {
            return " (it is SVG, which can carry script and is not accepted)";
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<script")) {
            return " (it is HTML)";
        }
        if (head.startsWith("%pdf-")) {
            return " (it is a PDF)";
        }
        return "";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
