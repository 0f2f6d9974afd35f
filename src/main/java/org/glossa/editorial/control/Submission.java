package org.glossa.editorial.control;

import java.util.Optional;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.Translation;

/**
 * What the owner reviews: a translation's working version beside its source text, and the text readers see now
 * when a version of it is live.
 *
 * @param source   the item's source text (the translation itself when it is the source)
 * @param live     the text of the live version, as it was when it went live
 * @param outdated the source text went live again since the revision the translation was made from
 */
public record Submission(
        Translation translation, Translation source, Optional<TranslatableText> live, boolean outdated) {}
