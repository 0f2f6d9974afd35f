package org.glossa.database.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Liquibase's lock ({@code databasechangeloglock}) left behind by a process that died while it held it (a
 * {@code kill -9} or a crash during a migration): Liquibase would wait for it and then refuse to start, on every
 * node, until someone cleared the row by hand. A lock granted longer ago than a configured time is released; a
 * younger one is respected, since another node may be migrating right now.
 *
 * <p>The age is measured with the database's own clock ({@code LOCALTIMESTAMP}, the clock Liquibase wrote
 * {@code lockgranted} with), so the application server's clock and time zone play no part. The release is a
 * compare-and-set on the grant time read: a lock granted anew meanwhile is left alone.
 */
public final class StaleMigrationLock {

    static final String TABLE = "databasechangeloglock";

    private StaleMigrationLock() {}

    /** What was released: who held the lock, since when (the database's local time), and for how long. */
    public record Released(String lockedBy, Timestamp granted, Duration age) {}

    /** Releases the lock if it is held and older than {@code staleAfter}; nothing when there is no lock table. */
    public static Optional<Released> releaseIfOlderThan(Connection connection, Duration staleAfter)
            throws SQLException {
        Optional<String> table = lockTable(connection);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Timestamp granted;
        Timestamp now;
        String lockedBy;
        try (PreparedStatement read = connection.prepareStatement("SELECT lockgranted, lockedby, LOCALTIMESTAMP FROM "
                + table.get() + " WHERE id = 1 AND locked = ?"); ) {
            read.setBoolean(1, true);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                granted = rs.getTimestamp(1);
                lockedBy = rs.getString(2);
                now = rs.getTimestamp(3);
            }
        }
        Duration age = granted == null
                ? Duration.ofDays(36_500)
                : Duration.between(granted.toLocalDateTime(), now.toLocalDateTime());
        if (age.compareTo(staleAfter) < 0) {
            return Optional.empty();
        }
        String sql = "UPDATE " + table.get() + " SET locked = ?, lockgranted = NULL, lockedby = NULL"
                + " WHERE id = 1 AND locked = ? AND "
                + (granted == null ? "lockgranted IS NULL" : "lockgranted = ?");
        try (PreparedStatement release = connection.prepareStatement(sql)) {
            release.setBoolean(1, false);
            release.setBoolean(2, true);
            if (granted != null) {
                release.setTimestamp(3, granted);
            }
            return release.executeUpdate() == 1 ? Optional.of(new Released(lockedBy, granted, age)) : Optional.empty();
        }
    }

    /** The lock table's name as the database spells it (PostgreSQL folds to lower case, H2 to upper), if it exists. */
    private static Optional<String> lockTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return Optional.of(rs.getString("TABLE_NAME"));
                }
            }
        }
        return Optional.empty();
    }
}
