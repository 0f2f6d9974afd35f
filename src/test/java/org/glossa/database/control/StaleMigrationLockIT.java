package org.glossa.database.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Liquibase's lock row on a real PostgreSQL (no container): released when old, respected when young. */
class StaleMigrationLockIT {

    private static final String DATABASE = Deployments.DATABASE + "_lock";
    private static final Duration STALE_AFTER = Duration.ofMinutes(5);

    @BeforeAll
    static void freshDatabase() {
        TestDatabase.recreate(DATABASE);
    }

    @Test
    void withoutALockTableThereIsNothingToRelease() throws Exception {
        try (Connection c = TestDatabase.connect(DATABASE)) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS databasechangeloglock");
            }
            assertThat(StaleMigrationLock.releaseIfOlderThan(c, STALE_AFTER)).isEmpty();
        }
    }

    @Test
    void aLockOlderThanTheConfiguredTimeIsReleasedAndOneYoungerIsRespected() throws Exception {
        try (Connection c = TestDatabase.connect(DATABASE);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS databasechangeloglock");
            s.execute("CREATE TABLE databasechangeloglock (id INTEGER NOT NULL PRIMARY KEY, locked BOOLEAN NOT NULL,"
                    + " lockgranted TIMESTAMP WITHOUT TIME ZONE, lockedby VARCHAR(255))");

            s.execute(
                    "INSERT INTO databasechangeloglock VALUES (1, TRUE, LOCALTIMESTAMP - INTERVAL '4 minutes', 'busy')");
            assertThat(StaleMigrationLock.releaseIfOlderThan(c, STALE_AFTER))
                    .as("younger")
                    .isEmpty();
            assertThat(locked(s)).isTrue();

            s.execute("UPDATE databasechangeloglock SET lockgranted = LOCALTIMESTAMP - INTERVAL '6 minutes',"
                    + " lockedby = 'killed (10.0.0.9)'");
            StaleMigrationLock.Released released =
                    StaleMigrationLock.releaseIfOlderThan(c, STALE_AFTER).orElseThrow();
            assertThat(released.lockedBy()).isEqualTo("killed (10.0.0.9)");
            assertThat(released.age()).isBetween(Duration.ofMinutes(6), Duration.ofMinutes(7));
            assertThat(locked(s)).isFalse();

            assertThat(StaleMigrationLock.releaseIfOlderThan(c, STALE_AFTER))
                    .as("an unlocked row")
                    .isEmpty();
        }
    }

    private static boolean locked(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT locked FROM databasechangeloglock WHERE id = 1")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
