package org.glossa.editorial.boundary;

import java.util.Optional;
import org.glossa.content.entity.Translation;

/** Strong ETags for translations, from their optimistic-lock version, and parsing of If-Match. */
public final class ETags {

    private ETags() {}

    public static String of(Translation t) {
        return "\"t" + t.id() + "-v" + t.version() + "\"";
    }

    /** The version an If-Match header names for this translation, or empty when absent. */
    public static Optional<Integer> version(String ifMatch, long translationId) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        String prefix = "\"t" + translationId + "-v";
        String value = ifMatch.trim();
        if (value.startsWith(prefix) && value.endsWith("\"")) {
            try {
                return Optional.of(Integer.parseInt(value.substring(prefix.length(), value.length() - 1)));
            } catch (NumberFormatException ignored) {
                return Optional.of(-1);
            }
        }
        return Optional.of(-1);
    }
}
