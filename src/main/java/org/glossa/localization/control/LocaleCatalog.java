package org.glossa.localization.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The locales of {@code i18n/locales.tsv}, in file order. Immutable; read once from the class path.
 * Lookups are by exact tag and also case-insensitively, because tags arrive from URLs and
 * environment variables in any case ({@code pt-br}, {@code zh-hans}).
 */
public final class LocaleCatalog {

    public static final String RESOURCE = "i18n/locales.tsv";

    private static final LocaleCatalog DEFAULT = load();

    private final List<LocaleDefinition> locales;
    private final Map<String, LocaleDefinition> byLowerCaseTag = new LinkedHashMap<>();

    LocaleCatalog(List<LocaleDefinition> locales) {
        this.locales = List.copyOf(locales);
        for (LocaleDefinition locale : locales) {
            if (byLowerCaseTag.put(locale.tag().toLowerCase(Locale.ROOT), locale) != null) {
                throw new IllegalStateException("Locale defined twice: " + locale.tag());
            }
        }
    }

    /** The catalogue shipped with the application. */
    public static LocaleCatalog standard() {
        return DEFAULT;
    }

    public List<LocaleDefinition> all() {
        return locales;
    }

    public List<String> tags() {
        return locales.stream().map(LocaleDefinition::tag).toList();
    }

    /** The locale with this tag, compared case-insensitively. */
    public Optional<LocaleDefinition> find(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLowerCaseTag.get(tag.toLowerCase(Locale.ROOT)));
    }

    public LocaleDefinition get(String tag) {
        return find(tag).orElseThrow(() -> new UnknownLocaleException(tag));
    }

    public boolean contains(String tag) {
        return find(tag).isPresent();
    }

    private static LocaleCatalog load() {
        try (InputStream in = LocaleCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new LocaleCatalog(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LocaleDefinition> parse(BufferedReader reader) throws IOException {
        List<LocaleDefinition> result = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalStateException(
                        RESOURCE + ":" + number + ": expected 7 tab-separated fields, found " + f.length);
            }
            LocaleDefinition.SlugScript script = LocaleDefinition.SlugScript.valueOf(f[5].toUpperCase(Locale.ROOT));
            result.add(new LocaleDefinition(
                    f[0],
                    f[1],
                    LocaleDefinition.Direction.valueOf(f[2].toUpperCase(Locale.ROOT)),
                    f[3],
                    f[4],
                    script,
                    script == LocaleDefinition.SlugScript.ASCII ? f[6] : null));
        }
        return Collections.unmodifiableList(result);
    }
}
