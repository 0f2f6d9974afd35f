/**
 * Demo content for a first look at the site ({@code GLOSSA_DEMO=true}): one fictional professional,
 * career entries and posts in several locales, some translated everywhere, some in a few, one draft.
 *
 * <p>Loaded only into a database that has no content yet, in one transaction, so a restart never loads it
 * twice and a failure leaves nothing half-loaded. The texts live in {@code demo/*.json}; the cover image is
 * drawn here, so no binary file of unknown origin ships with the project.
 */
package org.glossa.demo;
