package org.glossa.content.entity;

/**
 * The translatable fields of one version: title (role title for an entry), slug, summary (posts only),
 * Markdown body (description for an entry) and location (entries only).
 */
public record TranslatableText(String title, String slug, String summary, String body, String location) {

    public TranslatableText {
        body = body == null ? "" : body;
    }
}
