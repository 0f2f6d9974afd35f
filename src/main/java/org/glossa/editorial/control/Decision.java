package org.glossa.editorial.control;

import java.time.Instant;
import org.glossa.content.entity.ItemKind;

/**
 * The owner's decision on one submitted translation, as its translator's home lists it.
 *
 * @param approved approved (now or for a later time) rather than sent back
 * @param comment  the owner's comment to the translator; null on an approval
 * @param title    the translation's working title now, in its own locale
 */
public record Decision(
        ItemKind kind, long itemId, String locale, boolean approved, String comment, Instant decidedAt, String title) {}
