package org.glossa.database.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A new in-memory H2 database (what the demo runs on) with the whole changelog applied, for tests of statements that
 * must run on both databases; PostgreSQL runs the same ones in the container tests.
 */
public final class MigratedH2 {

    private MigratedH2() {}

    /** A connection to a new database named after {@code name}; {@link #shutDown} drops it. */
    public static Connection open(String name) throws Exception {
        String url = "jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        ChangelogUpdate.apply(DriverManager.getConnection(url), MigratedH2.class.getClassLoader());
        return DriverManager.getConnection(url); // Liquibase closed its own
    }

    public static void shutDown(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
