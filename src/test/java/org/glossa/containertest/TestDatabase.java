package org.glossa.containertest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL the container tests use (127.0.0.1:5432 unless the build says otherwise). */
public final class TestDatabase {

    private TestDatabase() {}

    public static String serverUrl() {
        return System.getProperty("glossa.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    }

    public static String user() {
        return System.getProperty("glossa.it.pg.user", "postgres");
    }

    /** Drops and creates a database, so a deployment starts from an empty schema every run. */
    public static void recreate(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(name);
        }
        try (Connection c = DriverManager.getConnection(
                        serverUrl() + "postgres", user(), System.getProperty("glossa.it.pg.password", ""));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl() + " is needed for container tests", e);
        }
    }

    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(serverUrl() + name, user(), System.getProperty("glossa.it.pg.password", ""));
    }
}
