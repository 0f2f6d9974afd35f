package org.glossa.editorial.control;

import java.time.Instant;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslationStatus;

/**
 * Which audit entries to list; every part is optional (null: any).
 *
 * @param kind   with {@code itemId}: one item's entries
 * @param locale a BCP 47 tag as stored
 * @param actor  a username, matched exactly (entries outlive accounts, so no key)
 * @param from   the period's first instant, inclusive
 * @param until  the period's end, exclusive
 */
public record AuditFilter(
        ItemKind kind,
        Long itemId,
        String locale,
        String actor,
        TranslationStatus.Action action,
        Instant from,
        Instant until) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null, null);
}
