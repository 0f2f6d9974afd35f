package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.glossa.content.control.PublicationLinksBackfill;
import org.glossa.content.entity.ItemKind;
import org.glossa.database.control.MigratedH2;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The links the permalink check reads, on the embedded database (H2, what the demo runs on): the migration's backfill
 * of publications written before {@code publication_link} existed, and {@link LiveBodies} handing on each live body's
 * links, one body at a time. PostgreSQL runs the same statements in the container tests and the benchmark.
 */
class LiveBodiesOnH2Test {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final LocaleDefinition DE = CATALOG.get("de");
    private static final LocaleDefinition EN = CATALOG.get("en");

    private Connection c;

    @BeforeEach
    void migrated() throws Exception {
        c = MigratedH2.open("livebodies");
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO profile (source_locale) VALUES ('en')");
        }
    }

    @AfterEach
    void close() throws Exception {
        MigratedH2.shutDown(c);
    }

    /** A publication written in SQL, as before the links were stored: none stored. */
    private long publication(String kind, long item, String locale, String slug, String html, boolean live)
            throws Exception {
        String owner = kind.equals("PROFILE") ? "profile_id" : "post_id";
        try (Statement s = c.createStatement()) {
            if (kind.equals("POST")) {
                s.execute("MERGE INTO post (id, source_locale, created_at, updated_at) KEY (id) VALUES (" + item
                        + ", 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
        }
        long translation;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO translation (kind, " + owner + ", locale, status, slug, title, body, created_at,"
                        + " updated_at) VALUES (?, ?, ?, 'PUBLISHED', ?, 'Title', 'Body', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, kind);
            p.setLong(2, item);
            p.setString(3, locale);
            p.setString(4, slug);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                translation = keys.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO publication (translation_id, kind, " + owner + ", locale, slug, live_slug, title,"
                        + " body_html, first_published_at, published_at, withdrawn_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'Title', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
                        + (live ? "NULL" : "CURRENT_TIMESTAMP") + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, translation);
            p.setString(2, kind);
            p.setLong(3, item);
            p.setString(4, locale);
            p.setString(5, slug);
            p.setString(6, live ? slug : null);
            p.setString(7, html);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private List<LiveBody> read(LocaleDefinition... locales) {
        List<LiveBody> bodies = new ArrayList<>();
        LiveBodies.read(c, List.of(locales), bodies::add);
        return bodies;
    }

    @Test
    void theBackfillStoresTheLinksOfEveryStoredBodyAndTheCheckReadsThoseOfTheLiveOnesPerLocale() throws Exception {
        publication("POST", 1, "de", "erster", "<p><a href=\"/blog/zweiter\">b</a> <a href=\"/\">h</a></p>", true);
        publication("POST", 2, "de", "zweiter", "<p>No link.</p>", true);
        publication("POST", 4, "de", "alt", "<p><a href=\"/blog/weg\">withdrawn</a></p>", false);
        publication("POST", 3, "de", "neu", "<p><a href=\"/blog/erster\">live</a></p>", true);
        publication("POST", 1, "en", "first", "<p><a href=\"https://example.com/blog/second\">x</a></p>", true);
        publication("PROFILE", 1, "de", "profile", "<p><a href=\"/experience\">Lebenslauf</a></p>", true);

        PublicationLinksBackfill.Filled filled = PublicationLinksBackfill.fill(c);

        assertThat(filled.links()).as("the withdrawn body's link is stored too").isEqualTo(6);
        assertThat(read(DE))
                .as("live bodies with links only, each with its own, in order; the introduction without a slug")
                .containsExactly(
                        new LiveBody(DE, ItemKind.POST, "erster", List.of("/blog/zweiter", "/")),
                        new LiveBody(DE, ItemKind.POST, "neu", List.of("/blog/erster")),
                        LiveBody.introduction(DE, List.of("/experience")));
        assertThat(read(EN, DE))
                .hasSize(4)
                .first()
                .isEqualTo(new LiveBody(EN, ItemKind.POST, "first", List.of("https://example.com/blog/second")));
        assertThat(read()).isEmpty();
    }

    @Test
    void aBackfillOverMorePublicationsThanOnePageMissesNone() throws Exception {
        int posts = 1_500;
        for (int i = 1; i <= posts; i++) {
            publication("POST", i, "de", "p-" + i, "<p><a href=\"/blog/p-" + (i + 1) + "\">next</a></p>", true);
        }

        PublicationLinksBackfill.fill(c);

        List<LiveBody> bodies = read(DE);
        assertThat(bodies).hasSize(posts);
        assertThat(bodies.get(posts - 1).hrefs()).containsExactly("/blog/p-" + (posts + 1));
    }
}
