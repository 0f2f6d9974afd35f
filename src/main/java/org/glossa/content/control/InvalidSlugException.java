package org.glossa.content.control;

import java.util.Map;

/**
 * A slug that cannot go live, or a title from which no slug can be built.
 * {@link #reason()} says what is wrong in English; {@link #slug()} is the offending slug (empty when a title yielded
 * nothing). {@link #problem()} names the rule for people (a UI message key under {@code refusal.}) and
 * {@link #arguments()} what that message shows.
 */
public final class InvalidSlugException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String slug;
    private final String reason;
    private final String problem;
    private final Map<String, String> arguments;

    public InvalidSlugException(String slug, String reason) {
        this(slug, reason, null, Map.of());
    }

    public InvalidSlugException(String slug, String reason, String problem, Map<String, String> arguments) {
        super(messageFor(slug, reason));
        this.slug = slug;
        this.reason = reason;
        this.problem = problem;
        this.arguments = Map.copyOf(arguments);
    }

    /** The rule the slug breaks, as a UI message key under {@code refusal.}; {@code null} when unnamed. */
    public String problem() {
        return problem;
    }

    public Map<String, String> arguments() {
        return arguments;
    }

    public String slug() {
        return slug;
    }

    public String reason() {
        return reason;
    }

    private static String messageFor(String slug, String reason) {
        return slug == null || slug.isEmpty() ? reason : reason + ": \"" + visible(slug) + "\"";
    }

    /** Invisible characters are written as \\uXXXX so that log lines show them. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT
                    || Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
