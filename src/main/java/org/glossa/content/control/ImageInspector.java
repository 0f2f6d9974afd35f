package org.glossa.content.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.glossa.content.entity.VerifiedImage;

/**
 * Establishes what an uploaded file really is from its bytes: the signature decides the MIME type, and
 * the image must then decode, which also yields its dimensions. A file name or a declared type is never
 * trusted, because feeds announce the type and length to aggregators that drop feeds that lie.
 */
public final class ImageInspector {

    private ImageInspector() {
    }

    /** The verified image, or empty when the bytes are not a PNG, JPEG or GIF that decodes. */
    public static Optional<VerifiedImage> inspect(byte[] bytes) {
        Optional<String> type = signatureType(bytes);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                return Optional.empty();
            }
            return Optional.of(new VerifiedImage(bytes.clone(), type.get(), image.getWidth(), image.getHeight(),
                    sha256(bytes)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> signatureType(byte[] b) {
        if (b == null || b.length < 12) {
            return Optional.empty();
        }
        if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
                && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return Optional.of("image/gif");
        }
        return Optional.empty();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
