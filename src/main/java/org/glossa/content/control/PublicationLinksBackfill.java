package org.glossa.content.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.glossa.content.entity.BodyLinks;

/**
 * A Liquibase change that gives every publication stored before {@code publication_link} existed its links, extracted
 * from its stored body by {@link BodyLinks}, and their count ({@code publication.link_count}), as a publication
 * written since gets them. It reads pages of publications in id order (a body without {@code href} has no link and
 * is skipped by the query) and writes each page's links in one batch, so memory holds one page whatever the content's
 * size. It runs once, in the changeset's transaction.
 */
public class PublicationLinksBackfill implements CustomTaskChange {

    static final int PAGE = 1_000;

    private Filled filled = new Filled(0, 0);

    /** What a backfill stored. */
    public record Filled(long publications, long links) {}

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            filled = fill(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("could not store the links of the stored publications", e);
        }
    }

    /**
     * Stores the links of every publication whose body holds an {@code href}, in the caller's transaction; for a
     * database whose {@code publication_link} is empty (the migration, and seeds that write publications in SQL).
     */
    public static Filled fill(Connection connection) throws SQLException {
        long publications = 0;
        long links = 0;
        try (PreparedStatement page = connection.prepareStatement("SELECT id, body_html FROM publication"
                        + " WHERE id > ? AND body_html LIKE '%href%' ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO publication_link (publication_id, ordinal, href) VALUES (?, ?, ?)");
                PreparedStatement count =
                        connection.prepareStatement("UPDATE publication SET link_count = ? WHERE id = ?")) {
            long after = 0;
            while (true) {
                page.setLong(1, after);
                int rows = 0;
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        rows++;
                        after = r.getLong(1);
                        List<String> hrefs = BodyLinks.of(r.getString(2));
                        for (int i = 0; i < hrefs.size(); i++) {
                            insert.setLong(1, after);
                            insert.setInt(2, i);
                            insert.setString(3, hrefs.get(i));
                            insert.addBatch();
                        }
                        if (!hrefs.isEmpty()) {
                            count.setInt(1, hrefs.size());
                            count.setLong(2, after);
                            count.addBatch();
                        }
                        links += hrefs.size();
                    }
                }
                insert.executeBatch();
                count.executeBatch();
                publications += rows;
                if (rows < PAGE) {
                    return new Filled(publications, links);
                }
            }
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Stored " + filled.links() + " link(s) of " + filled.publications()
                + " publication(s) whose body holds an href";
    }

    @Override
    public void setUp() {}

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {}

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
