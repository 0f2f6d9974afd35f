package org.glossa.containertest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * The environment that points a {@link GlossaProcess} at the database {@code name}, with {@code settings} added:
     * pairs of a variable and its value.
     */
    public static Map<String, String> processEnvironment(String name, String... settings) {
        if (settings.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "settings come in pairs of a variable and its value: " + String.join(", ", settings));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("GLOSSA_DB_URL", serverUrl() + name);
        environment.put("GLOSSA_DB_USER", user());
        environment.put("GLOSSA_DB_PASSWORD", "unused");
        for (int i = 0; i < settings.length; i += 2) {
            environment.put(settings[i], settings[i + 1]);
        }
        return Map.copyOf(environment);
    }

    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(serverUrl() + name, user(), System.getProperty("glossa.it.pg.password", ""));
    }
}
