package org.glossa.localization.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * One {@code i18n/messages*.properties} file exactly as it is on the class path, without any fallback:
 * its entries in file order and the keys it defines more than once (which {@link Properties} would
 * silently resolve to the last value).
 */
record MessageBundleFile(String resourceName, Map<String, String> entries, Set<String> duplicateKeys) {

    MessageBundleFile {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        duplicateKeys = Collections.unmodifiableSet(new LinkedHashSet<>(duplicateKeys));
    }

    /** The file, or empty when the class path has no resource of that name. */
    static Optional<MessageBundleFile> read(String resourceName) {
        try (InputStream in = MessageBundleFile.class.getClassLoader().getResourceAsStream(resourceName)) {
            if (in == null) {
                return Optional.empty();
            }
            RecordingProperties properties = new RecordingProperties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(new MessageBundleFile(resourceName, properties.inFileOrder, properties.duplicates));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resourceName, e);
        }
    }

    /** Keeps {@link Properties}' parsing (escapes, continuations, comments) but observes every key it reads. */
    private static final class RecordingProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, String> inFileOrder = new LinkedHashMap<>();
        private final transient Set<String> duplicates = new LinkedHashSet<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (inFileOrder.put((String) key, (String) value) != null) {
                duplicates.add((String) key);
            }
            return super.put(key, value);
        }
    }
}
