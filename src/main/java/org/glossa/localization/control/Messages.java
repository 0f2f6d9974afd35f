package org.glossa.localization.control;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The UI strings of one locale: ICU MessageFormat patterns from {@code i18n/messages_<tag>.properties}
 * over the English root {@code i18n/messages.properties}. A key the locale file lacks falls back to
 * English; {@code MessageBundlesTest} makes that a build failure, so at run time it only softens a defect.
 *
 * <p>Instances are cached per locale and thread-safe. Each pattern is parsed once; because ICU
 * {@link MessageFormat} is not thread-safe, formatting synchronizes on the parsed instance (formatting
 * takes microseconds, and {@code clone()} would still share the sub-formatters of number/date arguments).
 */
public final class Messages {

    /** The tag of the language of the root bundle; it has no file of its own. */
    public static final String ROOT_TAG = "en";

    public static final String ROOT_RESOURCE = "i18n/messages.properties";

    private static final ConcurrentMap<String, Messages> BY_TAG = new ConcurrentHashMap<>();

    private final LocaleDefinition locale;
    private final ULocale uLocale;
    private final Map<String, String> patterns;
    private final ConcurrentMap<String, MessageFormat> parsed = new ConcurrentHashMap<>();

    private Messages(LocaleDefinition locale, Map<String, String> patterns) {
        this.locale = locale;
        this.uLocale = locale.uLocale();
        this.patterns = Collections.unmodifiableMap(patterns);
    }

    /**
     * The messages of this locale.
     *
     * @throws IllegalStateException if the locale has no bundle file on the class path
     */
    public static Messages of(LocaleDefinition locale) {
        return BY_TAG.computeIfAbsent(locale.tag(), tag -> load(locale));
    }

    /** The class-path resource holding this locale's messages ({@link #ROOT_RESOURCE} for English). */
    public static String resourceName(LocaleDefinition locale) {
        if (locale.tag().equals(ROOT_TAG)) {
            return ROOT_RESOURCE;
        }
        return "i18n/messages_" + locale.tag().replace('-', '_') + ".properties";
    }

    /** The keys of the English root bundle, which every locale must define. */
    public static Set<String> rootKeys() {
        return Root.BUNDLE.entries().keySet();
    }

    public LocaleDefinition locale() {
        return locale;
    }

    /** Every key this locale can format (the root keys plus any extras of the locale file). */
    public Set<String> keys() {
        return patterns.keySet();
    }

    /** The raw ICU pattern of a key. */
    public String pattern(String key) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("Unknown message key '" + key + "' (locale " + locale.tag() + ")");
        }
        return pattern;
    }

    /** A message without arguments; still formatted by ICU, so {@code ''} becomes {@code '}. */
    public String text(String key) {
        return format(key, Map.of());
    }

    /**
     * The message formatted with named arguments. Extra arguments are ignored; a missing one is an
     * error, because ICU would otherwise print the placeholder ({@code {name}}) to the reader.
     */
    public String format(String key, Map<String, ?> arguments) {
        MessageFormat format = parsed(key);
        Set<String> missing = new TreeSet<>(format.getArgumentNames());
        missing.removeAll(arguments.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Message '" + key + "' needs the arguments " + missing
                    + (arguments.isEmpty() ? "; use format(key, arguments) instead of text(key)" : ""));
        }
        @SuppressWarnings("unchecked") // ICU only reads the map
        Map<String, Object> values = (Map<String, Object>) arguments;
        synchronized (format) {
            return format.format(values);
        }
    }

    private MessageFormat parsed(String key) {
        return parsed.computeIfAbsent(key, k -> {
            String pattern = pattern(k);
            try {
                return new MessageFormat(pattern, uLocale);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "Message '" + k + "' of locale " + locale.tag() + " is not a valid ICU MessageFormat pattern: "
                                + e.getMessage(),
                        e);
            }
        });
    }

    private static Messages load(LocaleDefinition locale) {
        Map<String, String> patterns = new LinkedHashMap<>(Root.BUNDLE.entries());
        if (!locale.tag().equals(ROOT_TAG)) {
            String resource = resourceName(locale);
            MessageBundleFile file = MessageBundleFile.read(resource)
                    .orElseThrow(() ->
                            new IllegalStateException("No message bundle " + resource + " for locale " + locale.tag()));
            patterns.putAll(file.entries());
        }
        return new Messages(locale, patterns);
    }

    /** Read on first use, so that a missing root bundle fails with its own message. */
    private static final class Root {
        static final MessageBundleFile BUNDLE = MessageBundleFile.read(ROOT_RESOURCE)
                .orElseThrow(() -> new IllegalStateException(ROOT_RESOURCE + " is not on the class path"));
    }
}
