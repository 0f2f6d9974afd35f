package org.glossa.documents.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.LocaleDefinition;

/**
 * The links of the live bodies of some locales (the live publications' bodies, the profile's introductions among
 * them), read over a JDBC connection the caller owns in one streaming query per locale from {@code publication_link},
 * where each publication's links were stored when it was written: the bodies themselves stay in the database, and
 * only the live publications that have links are visited ({@code ix_publication_live_with_links}). Memory
 * holds one fetch of rows when the connection is in a transaction (PostgreSQL streams only then). A body without
 * links has no rows and is not handed on. Portable SQL (PostgreSQL and the embedded H2).
 */
public final class LiveBodies {

    /** Rows per round trip. */
    static final int FETCH_SIZE = 1_000;

    private LiveBodies() {}

    public static void read(Connection connection, List<LocaleDefinition> locales, Consumer<LiveBody> body) {
        if (locales.isEmpty()) {
            return;
        }
        // One locale after another: the statuses a body's links are checked against are read per site and only a
        // few sites are held at once, so bodies of all locales interleaved would read the sites again and again.
        try (PreparedStatement p = connection.prepareStatement("SELECT p.id, p.kind, p.slug, l.href"
                + " FROM publication p JOIN publication_link l ON l.publication_id = p.id"
                + " WHERE p.locale = ? AND p.withdrawn_at IS NULL AND p.link_count > 0 ORDER BY p.id, l.ordinal")) {
            p.setFetchSize(FETCH_SIZE);
            for (LocaleDefinition locale : locales) {
                p.setString(1, locale.tag());
                try (ResultSet r = p.executeQuery()) {
                    Links links = null;
                    while (r.next()) {
                        long id = r.getLong(1);
                        if (links == null || links.publication != id) {
                            if (links != null) {
                                body.accept(links.body(locale));
                            }
                            links = new Links(id, ItemKind.valueOf(r.getString(2)), r.getString(3));
                        }
                        links.hrefs.add(r.getString(4));
                    }
                    if (links != null) {
                        body.accept(links.body(locale));
                    }
                }
            }
        } catch (SQLException e) {
            throw new DocumentTable.DocumentStorageException("reading the links of the live bodies", e);
        }
    }

    /** One publication's rows as they arrive. */
    private static final class Links {
        final long publication;
        final ItemKind kind;
        final String slug;
        final List<String> hrefs = new ArrayList<>();

        Links(long publication, ItemKind kind, String slug) {
            this.publication = publication;
            this.kind = kind;
            this.slug = slug;
        }

        LiveBody body(LocaleDefinition locale) {
            // The profile's live text is the home page's introduction: no page of its own, no slug.
            return kind.hasPages() ? new LiveBody(locale, kind, slug, hrefs) : LiveBody.introduction(locale, hrefs);
        }
    }
}
