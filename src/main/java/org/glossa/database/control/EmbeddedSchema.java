package org.glossa.database.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A new embedded database's schema (the demo's, on the H2 inside Payara Micro) created from a script instead of by
 * Liquibase: the build applies the changelog to a new H2 database of the same version with {@link ChangelogUpdate}
 * and writes what it holds (tables, indexes, constraints, comments, Liquibase's own tables and their rows, the
 * recorded {@link ChangelogFingerprint}) with H2's {@code SCRIPT}. Running that script takes a fraction of what
 * Liquibase takes to create the schema change by change (about 2.3 s of the demo's start).
 *
 * <p>The script is used only where it is exactly what Liquibase would make: a database with no table yet, on the H2
 * version that wrote it, for the changelog whose fingerprint it carries. Anywhere else (PostgreSQL, an existing
 * database, a jar built without the script) Liquibase runs as before. A script that fails halfway leaves nothing
 * behind: the new database is emptied again, and Liquibase creates the schema.
 */
public final class EmbeddedSchema {

    /** Where the build writes the script, inside the application's classes. */
    public static final String SCRIPT = "database/h2-schema.sql";

    private static final String HEADER = "-- Glossa schema for H2 ";
    private static final String FINGERPRINT = " of the changelog ";

    private EmbeddedSchema() {}

    /**
     * The script's first line: which H2 version wrote it, for which changelog; {@code SCRIPT}'s own lines follow.
     */
    public static String header(String h2Version, String fingerprint) {
        return HEADER + h2Version + FINGERPRINT + fingerprint;
    }

    /**
     * Creates the schema from the script when the database behind {@code connection} is a new H2 database of the
     * script's version and {@code fingerprint} is the script's changelog.
     *
     * @return whether it did; false leaves the database as it was, for Liquibase
     * @throws SQLException when the script failed, once the database is emptied again so that Liquibase can still
     *                      create the schema (a failure to empty it is suppressed in this one, and Liquibase then
     *                      fails loudly on the tables left)
     */
    public static boolean createIfNew(Connection connection, ClassLoader classes, String fingerprint)
            throws SQLException, IOException {
        URL script = classes.getResource(SCRIPT);
        if (script == null || !"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return false;
        }
        String expected = header(h2Version(connection), fingerprint);
        if (!firstLine(script).filter(expected::equals).isPresent() || hasTables(connection)) {
            return false;
        }
        // H2 runs a script from a file: copied out of the jar, read by H2 in one statement, removed.
        Path file = Files.createTempFile("glossa-h2-schema", ".sql");
        try (InputStream in = script.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            try (Statement s = connection.createStatement()) {
                s.execute(
                        "RUNSCRIPT FROM '" + file.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
                commit(connection);
            } catch (SQLException e) {
                emptyAgain(connection, e);
                throw e;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return true;
    }

    /** The version H2 reports of itself, without its date: {@code 2.2.224 (2023-09-17)} is {@code 2.2.224}. */
    public static String h2Version(Connection connection) throws SQLException {
        String version = connection.getMetaData().getDatabaseProductVersion();
        int space = version.indexOf(' ');
        return space < 0 ? version : version.substring(0, space);
    }

    private static Optional<String> firstLine(URL script) throws IOException {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(script.openStream(), StandardCharsets.UTF_8))) {
            return Optional.ofNullable(lines.readLine());
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            r.next();
            return r.getLong(1) > 0;
        } finally {
            commit(connection);
        }
    }

    /** H2 commits each statement of DDL: what the failed script created goes, so that Liquibase starts from nothing. */
    private static void emptyAgain(Connection connection, SQLException failure) {
        try (Statement s = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            s.execute("DROP ALL OBJECTS");
            commit(connection);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
