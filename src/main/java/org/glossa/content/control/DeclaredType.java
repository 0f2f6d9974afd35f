package org.glossa.content.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what an uploader said about a file (the part's Content-Type and the file name's extension) against
 * the type {@link ImageInspector} detected from its bytes. Saying nothing is fine: no Content-Type,
 * {@code application/octet-stream} or a name without an extension claims nothing. Saying something else is
 * refused rather than corrected, because a PNG named {@code .jpg} or HTML declared {@code image/png} is a
 * mistake or a trick, and either way the uploader should know.
 */
public final class DeclaredType {

    private static final String NO_CLAIM = "application/octet-stream";
    /** Non-standard names that clients still send, by the registered type they mean. */
    private static final Map<String, String> ALIASES = Map.of(
            "image/jpg", "image/jpeg",
            "image/pjpeg", "image/jpeg",
            "image/x-png", "image/png");

    private static final Map<String, String> EXTENSIONS = Map.of(
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "jpe", "image/jpeg",
            "jfif", "image/jpeg",
            "gif", "image/gif",
            "webp", "image/webp");

    private DeclaredType() {}

    /**
     * What disagrees with the detected type, in words for the uploader, or empty when nothing does.
     *
     * @param detectedType the MIME type read from the bytes
     * @param contentType  the part's declared Content-Type, possibly with parameters; may be null
     * @param fileName     the part's file name as the client sent it (possibly with a path); may be null
     */
    public static Optional<String> conflict(String detectedType, String contentType, String fileName) {
        Optional<String> declared = declaredType(contentType);
        if (declared.isPresent() && !declared.get().equals(detectedType)) {
            return Optional.of("declared as " + declared.get() + " but the bytes are " + detectedType);
        }
        Optional<String> extension = extension(fileName);
        if (extension.isPresent() && !detectedType.equals(EXTENSIONS.get(extension.get()))) {
            return Optional.of("named \"" + baseName(fileName) + "\" but the bytes are " + detectedType);
        }
        return Optional.empty();
    }

    private static Optional<String> declaredType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.equals(NO_CLAIM)) {
            return Optional.empty();
        }
        return Optional.of(ALIASES.getOrDefault(type, type));
    }

    private static Optional<String> extension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? Optional.empty()
                : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Browsers send a bare name, but some clients send a whole path, with either separator. */
    private static String baseName(String fileName) {
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }
}
