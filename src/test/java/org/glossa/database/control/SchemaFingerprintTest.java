package org.glossa.database.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** On H2, what the demo runs on; {@code RestartIT} shows the same on PostgreSQL through a restart. */
class SchemaFingerprintTest {

    @Test
    void aMigratedDatabaseRecordsItsFingerprintAndReplacesIt() throws Exception {
        Connection connection = MigratedH2.open("fingerprint");
        try {
            assertThat(SchemaFingerprint.recorded(connection))
                    .as("none recorded yet")
                    .isEmpty();
            SchemaFingerprint.record(connection, "a".repeat(64), Instant.parse("2026-12-08T00:00:00Z"));
            assertThat(SchemaFingerprint.recorded(connection)).contains("a".repeat(64));
            SchemaFingerprint.record(connection, "b".repeat(64), Instant.parse("2026-12-08T00:01:00Z"));
            assertThat(SchemaFingerprint.recorded(connection)).contains("b".repeat(64));
        } finally {
            MigratedH2.shutDown(connection);
        }
    }

    @Test
    void aDatabaseWithoutTheTableHasNoFingerprint() throws Exception {
        try (Connection empty = DriverManager.getConnection("jdbc:h2:mem:empty" + System.nanoTime())) {
            assertThat(SchemaFingerprint.recorded(empty)).isEmpty();
        }
    }

    @Test
    void theReadLeavesNoTransactionOpenOnAConnectionOutsideAutoCommit() throws Exception {
        try (Connection empty = DriverManager.getConnection("jdbc:h2:mem:manual" + System.nanoTime())) {
            empty.setAutoCommit(false);
            try (Statement s = empty.createStatement()) {
                s.execute("CREATE TABLE other (id INT)");
                s.execute("INSERT INTO other VALUES (1)");
            }
            assertThat(SchemaFingerprint.recorded(empty)).isEmpty();
            try (Statement s = empty.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM other")) {
                r.next();
                assertThat(r.getInt(1))
                        .as("the insert's transaction (H2 commits the CREATE) was ended: rolled back")
                        .isZero();
            }
        }
    }
}
