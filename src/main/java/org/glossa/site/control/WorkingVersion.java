package org.glossa.site.control;

import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;

/**
 * One locale's working version of an item (draft, in review or scheduled), as a preview shows it, with the facts of
 * its item. The item's live texts are not here: the pages take them from their snapshot.
 *
 * @param revision the revision the working version is at
 * @param text     its fields, Markdown body included, as stored
 * @param post     the post's facts (no texts) when {@code kind} is a post, else {@code null}
 * @param role     the experience entry's facts (no texts) when {@code kind} is an experience entry, else {@code null}
 */
public record WorkingVersion(
        ItemKind kind,
        long itemId,
        String locale,
        int revision,
        TranslatableText text,
        SiteSnapshot.PostItem post,
        SiteSnapshot.ExperienceItem role) {}
