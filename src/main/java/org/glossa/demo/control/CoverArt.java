package org.glossa.demo.control;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a demo cover image (a soft diagonal gradient with bands) as PNG bytes, pixel by pixel, so no fonts or display are needed. */
public final class CoverArt {

    private CoverArt() {}

    public static byte[] png(int hue, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        float h = (hue % 360) / 360f;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float t = (x + y) / (float) (width + height);
                boolean band = ((x * 3 + y * 5) / 90) % 2 == 0;
                float brightness = 0.55f + 0.4f * t + (band ? 0.03f : 0f);
                image.setRGB(x, y, Color.HSBtoRGB(h + 0.08f * t, 0.45f, Math.min(1f, brightness)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
