package org.glossa.editorial.control;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import org.glossa.content.entity.TranslatableText;
import org.glossa.localization.control.LocaleCatalog;

/** What changed in the source text between two of its revisions, word by word in each translatable field. */
public record SourceDiff(String sourceLocale, int fromRevision, int toRevision, Map<String, WordDiff> fields) {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();

    /** Words are told apart by the source locale's rules. */
    public static SourceDiff between(
            String sourceLocale, int fromRevision, TranslatableText before, int toRevision, TranslatableText after) {
        ULocale words = CATALOG.get(sourceLocale).uLocale();
        return new SourceDiff(
                sourceLocale,
                fromRevision,
                toRevision,
                Map.of(
                        "title",
                        WordDiff.between(before.title(), after.title(), words),
                        "summary",
                        WordDiff.between(before.summary(), after.summary(), words),
                        "body",
                        WordDiff.between(before.body(), after.body(), words),
                        "location",
                        WordDiff.between(before.location(), after.location(), words)));
    }
}
