package org.glossa.database.control;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.util.LiquibaseUtil;

/**
 * Writes the script a new embedded database's schema is created from ({@link EmbeddedSchema}): the changelog applied
 * by Liquibase to a new H2 database of the version Payara Micro runs (the test classpath's, pinned in the
 * pom), then everything it holds as H2's {@code SCRIPT} writes it, without users and settings. Run by the build
 * (exec-maven-plugin, after the test classes compile, so that the jar carries it); argument: the file to write.
 */
public final class EmbeddedSchemaScript {

    /** Kept, so that the level set on it stays: Liquibase reports every changeset at INFO, into the build's output. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private EmbeddedSchemaScript() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        ClassLoader classes = EmbeddedSchemaScript.class.getClassLoader();
        String fingerprint =
                ChangelogFingerprint.of(classes, ChangelogUpdate.CHANGELOG, LiquibaseUtil.getBuildVersion());
        // A database in a file, as the demo's is: its tables are written as disk-based (CACHED) ones, an in-memory
        // database's as MEMORY tables, which a file database would hold in the heap whole.
        Path directory = Files.createTempDirectory("glossa-schema-script");
        String url = "jdbc:h2:" + directory.resolve("glossa").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url)) {
            ChangelogUpdate.apply(DriverManager.getConnection(url), classes);
            // When the script was made, not when a database runs it: the start records its own time over it.
            SchemaFingerprint.record(connection, fingerprint, Instant.EPOCH);
            List<String> lines = new ArrayList<>();
            lines.add(EmbeddedSchema.header(EmbeddedSchema.h2Version(connection), fingerprint));
            try (Statement s = connection.createStatement();
                    ResultSet r = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                while (r.next()) {
                    String line = r.getString(1);
                    // The database that runs the script has its own users.
                    if (!line.startsWith("CREATE USER ")) {
                        lines.add(line);
                    }
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN");
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Path written = Files.createTempFile(out.toAbsolutePath().getParent(), "h2-schema", ".sql");
            Files.write(written, lines, StandardCharsets.UTF_8);
            Files.move(written, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }
}
