package org.glossa.content.boundary;

import java.util.Set;

/**
 * Fired after a change to what readers can see has been committed (publication, unpublication, demo load).
 *
 * @param locales the locales whose public pages changed
 */
public record ContentChanged(Set<String> locales) {
}
