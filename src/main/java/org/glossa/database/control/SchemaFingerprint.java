package org.glossa.database.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@link ChangelogFingerprint} a database recorded after its last successful migration (changeset 038). */
public final class SchemaFingerprint {

    private SchemaFingerprint() {}

    /**
     * The fingerprint recorded, or empty when there is none: a new database, or one migrated before changeset 038
     * (the table is missing, which is no error here). A connection that is not in auto-commit mode has its
     * transaction ended after the read: on PostgreSQL the missing table's error aborts it, and the pool would hand
     * the connection on to the migration in that state.
     */
    public static Optional<String> recorded(Connection connection) {
        try (PreparedStatement s =
                        connection.prepareStatement("SELECT changelog_sha256 FROM schema_fingerprint WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        } finally {
            endTransaction(connection);
        }
    }

    private static void endTransaction(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // the connection is broken: the migration that gets one next finds out and says so
        }
    }

    /** Records {@code fingerprint} as the changelog last applied in full. */
    public static void record(Connection connection, String fingerprint, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE schema_fingerprint SET changelog_sha256 = ?, recorded_at = ? WHERE id = 1")) {
            update.setString(1, fingerprint);
            update.setTimestamp(2, Timestamp.from(at));
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_fingerprint (id, changelog_sha256, recorded_at) VALUES (1, ?, ?)")) {
            insert.setString(1, fingerprint);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.executeUpdate();
        }
    }
}
