package org.glossa.content.control;

import static org.glossa.content.control.RejectedImageException.Reason.UNREADABLE;

import java.nio.charset.StandardCharsets;

/**
 * What a WebP file's RIFF container and frame headers say: its canvas size and whether it is animated.
 * ImageIO has no WebP reader, so this reads the headers the WebP container specification defines (RFC 9649)
 * and checks their structure (every chunk inside the RIFF size, a key frame with the VP8 start code, the VP8L
 * signature and version, a still image as large as its VP8X canvas); the compressed pixels themselves are not
 * decoded.
 */
record WebpHeader(int width, int height, boolean animated) {

    private static final int RIFF_HEADER = 12;
    private static final int CHUNK_HEADER = 8;
    private static final int VP8X_ANIMATION = 0x02;

    static boolean hasSignature(byte[] b) {
        return b.length >= RIFF_HEADER
                && fourCc(b, 0).equals("RIFF")
                && fourCc(b, 8).equals("WEBP");
    }

    static WebpHeader read(byte[] b) {
        if (!hasSignature(b)) {
            throw unreadable("no RIFF/WEBP header");
        }
        long riffSize = uint32(b, 4);
        if (riffSize + 8 != b.length) {
            throw unreadable("its RIFF header announces " + (riffSize + 8) + " bytes but there are " + b.length);
        }
        int offset = RIFF_HEADER;
        WebpHeader canvas = null;
        WebpHeader frame = null;
        boolean firstChunk = true;
        boolean animationFrame = false;
        while (offset < b.length) {
            if (offset + CHUNK_HEADER > b.length) {
                throw unreadable("a chunk header is cut off");
            }
            String type = fourCc(b, offset);
            long size = uint32(b, offset + 4);
            int payload = offset + CHUNK_HEADER;
            if (size > b.length - payload) {
                throw unreadable("chunk " + type.strip() + " runs past the end of the file");
            }
            switch (type) {
                case "VP8X" -> {
                    if (!firstChunk) {
                        throw unreadable("VP8X is not the first chunk");
                    }
                    canvas = vp8x(b, payload, (int) size);
                }
                case "VP8 " -> frame = frame == null ? vp8(b, payload, (int) size) : frame;
                case "VP8L" -> frame = frame == null ? vp8l(b, payload, (int) size) : frame;
                case "ANMF" -> animationFrame = true;
                default -> {
                    if (firstChunk) {
                        throw unreadable("it starts with chunk " + printable(type) + " instead of VP8, VP8L or VP8X");
                    }
                }
            }
            firstChunk = false;
            offset = payload + (int) size + (int) (size & 1);
        }
        if (canvas == null) {
            if (frame == null) {
                throw unreadable("there is no image data");
            }
            return frame;
        }
        if (canvas.animated()) {
            if (!animationFrame) {
                throw unreadable("it is marked animated but has no frames");
            }
            return canvas;
        }
        if (frame == null) {
            throw unreadable("there is no image data");
        }
        if (frame.width() != canvas.width() || frame.height() != canvas.height()) {
            throw unreadable("its image is " + frame.width() + "x" + frame.height() + " but its canvas is "
                    + canvas.width() + "x" + canvas.height());
        }
        return canvas;
    }

    /** Lossy: a 3-byte frame tag (key frame, version, shown, first partition size), start code, 14-bit sizes. */
    private static WebpHeader vp8(byte[] b, int at, int size) {
        if (size < 10) {
            throw unreadable("its VP8 frame header is cut off");
        }
        int tag = (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
        boolean keyFrame = (tag & 1) == 0;
        int version = (tag >> 1) & 7;
        boolean shown = (tag >> 4 & 1) == 1;
        int firstPartition = tag >>> 5;
        if (!keyFrame || version > 3 || !shown || firstPartition >= size) {
            throw unreadable("its VP8 frame tag is not that of a still key frame");
        }
        if ((b[at + 3] & 0xFF) != 0x9D || (b[at + 4] & 0xFF) != 0x01 || (b[at + 5] & 0xFF) != 0x2A) {
            throw unreadable("its VP8 start code is missing");
        }
        int width = uint16(b, at + 6) & 0x3FFF;
        int height = uint16(b, at + 8) & 0x3FFF;
        return sized(width, height, false);
    }

    /** Lossless: signature 0x2F, then width-1 and height-1 in 14 bits each, an alpha bit and a 3-bit version 0. */
    private static WebpHeader vp8l(byte[] b, int at, int size) {
        if (size < 5) {
            throw unreadable("its VP8L header is cut off");
        }
        if ((b[at] & 0xFF) != 0x2F) {
            throw unreadable("its VP8L signature is missing");
        }
        long bits = uint32(b, at + 1);
        if (bits >>> 29 != 0) {
            throw unreadable("its VP8L version is not 0");
        }
        int width = (int) (bits & 0x3FFF) + 1;
        int height = (int) (bits >>> 14 & 0x3FFF) + 1;
        return sized(width, height, false);
    }

    /** Extended: flags, 3 reserved bytes, canvas width-1 and height-1 in 24 bits each. */
    private static WebpHeader vp8x(byte[] b, int at, int size) {
        if (size < 10) {
            throw unreadable("its VP8X header is cut off");
        }
        int flags = b[at] & 0xFF;
        int width = uint24(b, at + 4) + 1;
        int height = uint24(b, at + 7) + 1;
        if ((long) width * height > 0xFFFF_FFFFL) {
            throw unreadable("its canvas is larger than WebP allows");
        }
        return sized(width, height, (flags & VP8X_ANIMATION) != 0);
    }

    private static WebpHeader sized(int width, int height, boolean animated) {
        if (width <= 0 || height <= 0) {
            throw unreadable("it has no pixels");
        }
        return new WebpHeader(width, height, animated);
    }

    private static RejectedImageException unreadable(String why) {
        return new RejectedImageException(UNREADABLE, "starts like a WebP image but does not decode: " + why);
    }

    private static String fourCc(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    private static String printable(String fourCc) {
        return fourCc.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? fourCc.strip() : "(binary)";
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int uint24(byte[] b, int at) {
        return uint16(b, at) | (b[at + 2] & 0xFF) << 16;
    }

    private static long uint32(byte[] b, int at) {
        return (uint24(b, at) | (long) (b[at + 3] & 0xFF) << 24);
    }
}
