package org.glossa.documents.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.LocaleDefinition;

/**
 * The live bodies of some locales, read over a JDBC connection the caller owns in one streaming query per locale (the
 * live publications' bodies, the profile's introductions among them), whatever the number of items: memory holds one fetch
 * of rows when the connection is in a transaction (PostgreSQL streams only then). A body without {@code href}
 * cannot hold a link and is left in the database. Portable SQL (PostgreSQL and the embedded H2).
 */
public final class LiveBodies {

    /** Rows per round trip. */
    static final int FETCH_SIZE = 200;

    private LiveBodies() {}

    public static void read(Connection connection, List<LocaleDefinition> locales, Consumer<LiveBody> body) {
        if (locales.isEmpty()) {
            return;
        }
        // One locale after another: the statuses a body's links are checked against are read per site and only a
        // few sites are held at once, so bodies of all locales interleaved would read the sites again and again.
        try (PreparedStatement p = connection.prepareStatement("SELECT kind, slug, body_html FROM publication"
                + " WHERE withdrawn_at IS NULL AND body_html LIKE '%href%' AND locale = ?")) {
            p.setFetchSize(FETCH_SIZE);
            for (LocaleDefinition locale : locales) {
                p.setString(1, locale.tag());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ItemKind kind = ItemKind.valueOf(r.getString(1));
                        // The profile's live text is the home page's introduction: no page of its own, no slug.
                        body.accept(
                                kind.hasPages()
                                        ? new LiveBody(locale, kind, r.getString(2), r.getString(3))
                                        : LiveBody.introduction(locale, r.getString(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new DocumentTable.DocumentStorageException("reading the live bodies", e);
        }
    }
}
