/**
 * The editorial workflow: translators draft and submit, the owner approves or rejects; revisions, audit and
 * outdated-translation tracking.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Moves and reads are apart.</b> {@code boundary.Workflow} makes the moves (a new item's first draft,
 * save, submit, approve or schedule, publish, reject, unpublish, archive, publish what fell due);
 * {@code boundary.Translations} answers what a viewer may read. Both are thin: every query is in
 * {@code control.TranslationQueries}, which carries the viewer's scope in its WHERE clauses, and the rules are
 * on the entities ({@code Translation}'s state table and outdated rule), on {@code control.Viewer} (who may do
 * what) and in {@code control.TextRules} and {@code control.SourceText}.</li>
 * <li><b>Kind-agnostic.</b> Items are {@code content.entity.TranslatableItem}s and every kind's specifics come
 * from {@code ItemKind}; adding a kind adds a resource here for its path and nothing else.</li>
 * </ul>
 */
package org.glossa.editorial;
