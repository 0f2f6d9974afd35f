package org.glossa.editorial.control;

import org.glossa.content.entity.Translation;

/**
 * A translation approved to go live at a future time, with what the owner's calendar shows beside it.
 *
 * @param sourceTitle the working title of the item's source text
 */
public record ScheduledPublication(Translation translation, String sourceTitle) {}
