package org.glossa.editorial.control;

import org.glossa.content.entity.Translation;

/**
 * A translation waiting for the owner's review, with what the queue shows beside it.
 *
 * @param sourceTitle the working title of the item's source text
 * @param translator  who wrote the submitted revision
 */
public record ReviewQueueEntry(Translation translation, String sourceTitle, String translator) {}
