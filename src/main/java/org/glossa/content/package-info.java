/**
 * Content: posts, experience entries and the owner's profile (the translatable items), their translations, immutable
 * publication snapshots, revisions, media, slugs and Markdown.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>One type for translatable items.</b> {@code entity.Post} and {@code entity.Experience} extend
 * {@code entity.TranslatableItem} (id, source locale, kind); {@code entity.ItemKind} knows each kind's entity
 * class, the attribute through which translations and publications refer to it, and which optional text
 * fields (summary, location) its translations have. The workflow, its queries and the text rules read these
 * and never branch on a kind, cast an item or hold one as {@code Object}.</li>
 * <li><b>The schema keeps a foreign key column per kind</b> ({@code post_id}, {@code experience_id} in
 * {@code translation} and {@code publication}), so {@code entity.Translation} and {@code entity.Publication}
 * map one relation per kind, exactly one of them set. An item sets its own ({@code referredBy}, answered with
 * {@code refer(this)}), chosen by its static type: no casts, and a kind without its relation does not
 * compile. {@code TranslatableItem} is a stateless abstract class, not a mapped superclass, so every entity's
 * mapping stays as it was.</li>
 * <li><b>Adding a kind</b> (the back office and portfolio sections will): its entity extends
 * {@code TranslatableItem}; a constant in {@code ItemKind} names its entity, attribute and text fields; its
 * foreign key columns (a Liquibase change) are mapped in {@code Translation} and {@code Publication} with
 * their {@code refer} methods; {@code boundary.Items} creates it; a resource extending the editorial
 * {@code TranslatableItemsResource} gives it the workflow over HTTP and creates it through
 * {@code Workflow.begin}. Nothing else in the workflow changes. (Publishing an item on the public sites is
 * another matter: {@code site} and {@code documents} read each kind with queries and paths of their own.)</li>
 * <li><b>The profile is a translatable item without pages.</b> {@code entity.Profile} is the third kind: its
 * translations' title, summary and body are the display name, headline and introduction, and its live translation in
 * a locale is what that locale's home page shows. {@code ItemKind.hasPages()} is false for it, so its slug is the
 * fixed {@code ItemKind.PAGELESS_SLUG} (the column is required and unique per kind and locale; the entity and the
 * text rules set it, whatever was sent), and sitemaps, feeds, former URLs, link targets and previews leave it out.
 * Sharing the workflow this way, rather than keeping its own per-locale table, gives it drafts, review, revisions,
 * the audit log, quality checks and the work list without a line of its own.</li>
 * <li><b>Creating items is content's, and content does not know the workflow.</b> {@code boundary.Items}
 * makes and stores an item from its input ({@code control.ExperienceFacts} reads an entry's organisation,
 * months, employment type and workplace); it requires a running transaction, because an item is never
 * stored without its source text. The editorial workflow owns that transaction: its resources check the
 * source text, and {@code Workflow.begin} checks its slug, has {@code Items} make the item and stores the text
 * as the item's first draft. Refusals of an item's own input are {@code control.InvalidFieldException},
 * mapped by {@code boundary.InvalidFieldProblem} to the same 400 document as the workflow's invalid input.</li>
 * </ul>
 */
package org.glossa.content;
