package org.glossa.editorial.control;

import java.util.Optional;
import org.glossa.content.entity.Publication;
import org.glossa.content.entity.Translation;

/**
 * A translation as the API shows it, with the facts that need other rows.
 *
 * @param sourceLocale the locale of the item's source text
 * @param live         the publication readers see, if any
 * @param outdated     the source text went live in a newer revision than the one this was translated from
 */
public record TranslationState(
        Translation translation, String sourceLocale, Optional<Publication> live, boolean outdated) {}
