package org.glossa.database.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import liquibase.util.LiquibaseUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's script of a new embedded database (written into the classes before the tests run) against Liquibase
 * itself, on file databases of the H2 version Payara Micro runs, as the demo's is.
 */
class EmbeddedSchemaTest {

    private static final ClassLoader CLASSES = EmbeddedSchemaTest.class.getClassLoader();
    private static final String FINGERPRINT =
            ChangelogFingerprint.of(CLASSES, ChangelogUpdate.CHANGELOG, LiquibaseUtil.getBuildVersion());

    /**
     * What the catalog says of the schema, query by query, each row as text. The indexes H2 makes for a constraint
     * by itself have names of its own choosing, and one for a foreign key only where no index starts with its column
     * yet, which depends on the order the statements came in: they are compared by {@link #foreignKeysUnindexed}.
     */
    private static final Map<String, String> CATALOG = Map.of(
            "tables",
            "SELECT TABLE_NAME, TABLE_TYPE, STORAGE_TYPE, REMARKS FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC'",
            "columns",
            "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,"
                    + " IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, REMARKS FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC'",
            "indexes",
            "SELECT I.TABLE_NAME, I.INDEX_NAME, I.INDEX_TYPE_NAME, C.COLUMN_NAME, C.ORDINAL_POSITION, C.ORDERING_SPECIFICATION"
                    + " FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C"
                    + " ON C.INDEX_SCHEMA = I.INDEX_SCHEMA AND C.INDEX_NAME = I.INDEX_NAME"
                    + " WHERE I.TABLE_SCHEMA = 'PUBLIC' AND I.IS_GENERATED = FALSE",
            "constraints",
            "SELECT T.TABLE_NAME, T.CONSTRAINT_NAME, T.CONSTRAINT_TYPE, K.COLUMN_NAME, K.ORDINAL_POSITION,"
                    + " R.UNIQUE_CONSTRAINT_NAME, R.DELETE_RULE, CC.CHECK_CLAUSE"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS T"
                    + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE K ON K.CONSTRAINT_NAME = T.CONSTRAINT_NAME"
                    + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R ON R.CONSTRAINT_NAME = T.CONSTRAINT_NAME"
                    + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS CC ON CC.CONSTRAINT_NAME = T.CONSTRAINT_NAME"
                    + " WHERE T.TABLE_SCHEMA = 'PUBLIC'",
            "sequences",
            "SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES"
                    + " WHERE SEQUENCE_SCHEMA = 'PUBLIC'",
            "changesets",
            "SELECT ID, AUTHOR, FILENAME, MD5SUM, EXECTYPE FROM DATABASECHANGELOG");

    @TempDir
    Path directory;

    @Test
    void theScriptMakesWhatLiquibaseMakesAndLiquibaseFindsNothingLeftToDo() throws Exception {
        try (Connection byLiquibase = newDatabase("liquibase");
                Connection byScript = newDatabase("script")) {
            ChangelogUpdate.apply(newDatabase("liquibase"), CLASSES);

            assertThat(EmbeddedSchema.createIfNew(byScript, CLASSES, FINGERPRINT))
                    .isTrue();

            Map<String, List<String>> expected = catalog(byLiquibase);
            assertThat(expected.get("tables"))
                    .as("the changelog's tables are there to compare")
                    .hasSizeGreaterThan(30);
            assertThat(expected.get("constraints")).anyMatch(row -> row.contains("FOREIGN KEY"));
            assertThat(expected.get("indexes")).anyMatch(row -> row.contains("IX_PUBLICATION_BLOG"));
            assertThat(catalog(byScript)).isEqualTo(expected);
            assertThat(foreignKeysUnindexed(byLiquibase)).isEmpty();
            assertThat(foreignKeysUnindexed(byScript))
                    .as("every foreign key's lookups use an index")
                    .isEmpty();
            assertThat(SchemaFingerprint.recorded(byScript)).contains(FINGERPRINT);

            ChangelogUpdate.apply(newDatabase("script"), CLASSES);
            assertThat(catalog(byScript).get("changesets"))
                    .as("Liquibase ran nothing more")
                    .isEqualTo(expected.get("changesets"));
        }
    }

    @Test
    void aDatabaseWithATableIsLeftToLiquibase() throws Exception {
        try (Connection existing = newDatabase("existing")) {
            try (Statement s = existing.createStatement()) {
                s.execute("CREATE TABLE kept (id INT)");
            }

            assertThat(EmbeddedSchema.createIfNew(existing, CLASSES, FINGERPRINT))
                    .isFalse();

            assertThat(catalog(existing).get("tables")).hasSize(1);
        }
    }

    @Test
    void anotherChangelogIsLeftToLiquibase() throws Exception {
        try (Connection empty = newDatabase("other")) {
            assertThat(EmbeddedSchema.createIfNew(empty, CLASSES, "0".repeat(64)))
                    .isFalse();

            assertThat(catalog(empty).get("tables")).isEmpty();
        }
    }

    @Test
    void aScriptThatFailsHalfwayLeavesTheDatabaseEmptyForLiquibase() throws Exception {
        Path classes = Files.createDirectories(directory.resolve("classes/database"));
        Files.writeString(
                classes.resolve("h2-schema.sql"),
                String.join(
                        "\n",
                        EmbeddedSchema.header("2.2.224", FINGERPRINT),
                        "CREATE CACHED TABLE \"PUBLIC\".\"FIRST\"(\"ID\" INTEGER);",
                        "CREATE CACHED TABLE \"PUBLIC\".\"SECOND\"(\"ID\" NO SUCH TYPE);",
                        ""));
        try (Connection empty = newDatabase("broken");
                URLClassLoader broken = new URLClassLoader(
                        new URL[] {directory.resolve("classes").toUri().toURL()}, null)) {
            assertThat(EmbeddedSchema.h2Version(empty)).isEqualTo("2.2.224");

            assertThatThrownBy(() -> EmbeddedSchema.createIfNew(empty, broken, FINGERPRINT))
                    .isInstanceOf(SQLException.class);

            assertThat(catalog(empty).get("tables"))
                    .as("the first table went again")
                    .isEmpty();
        }
    }

    @Test
    void theScriptWasWrittenByTheH2VersionTheTestsRun() throws Exception {
        try (Connection any = newDatabase("version")) {
            assertThat(new String(
                            CLASSES.getResourceAsStream(EmbeddedSchema.SCRIPT).readNBytes(200),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith(EmbeddedSchema.header(EmbeddedSchema.h2Version(any), FINGERPRINT));
        }
    }

    private Connection newDatabase(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + directory.resolve(name).toAbsolutePath());
    }

    /** The foreign keys whose first column starts no index of their table: lookups by them would scan it. */
    private static List<String> foreignKeysUnindexed(Connection connection) throws SQLException {
        List<String> unindexed = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT K.TABLE_NAME, K.CONSTRAINT_NAME, K.COLUMN_NAME"
                        + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS T JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE K"
                        + " ON K.CONSTRAINT_NAME = T.CONSTRAINT_NAME AND K.ORDINAL_POSITION = 1"
                        + " WHERE T.TABLE_SCHEMA = 'PUBLIC' AND T.CONSTRAINT_TYPE = 'FOREIGN KEY'"
                        + " AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.INDEX_COLUMNS C"
                        + " WHERE C.TABLE_SCHEMA = 'PUBLIC' AND C.TABLE_NAME = K.TABLE_NAME"
                        + " AND C.COLUMN_NAME = K.COLUMN_NAME AND C.ORDINAL_POSITION = 1)")) {
            while (r.next()) {
                unindexed.add(r.getString(1) + "." + r.getString(3) + " (" + r.getString(2) + ")");
            }
        }
        return unindexed;
    }

    private static Map<String, List<String>> catalog(Connection connection) throws SQLException {
        Map<String, List<String>> catalog = new TreeMap<>();
        for (Map.Entry<String, String> query : CATALOG.entrySet()) {
            List<String> rows = new ArrayList<>();
            try (Statement s = connection.createStatement();
                    ResultSet r = s.executeQuery(query.getValue())) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(r.getString(i)).append(" | ");
                    }
                    rows.add(row.toString());
                }
            } catch (SQLException e) {
                if (!query.getKey().equals("changesets")) {
                    throw e;
                }
            }
            rows.sort(null);
            catalog.put(query.getKey(), rows);
        }
        return catalog;
    }
}
