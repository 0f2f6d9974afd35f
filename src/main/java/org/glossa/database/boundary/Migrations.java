package org.glossa.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.util.LiquibaseUtil;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.database.control.ChangelogFingerprint;
import org.glossa.database.control.ChangelogUpdate;
import org.glossa.database.control.EmbeddedSchema;
import org.glossa.database.control.SchemaFingerprint;
import org.glossa.database.control.StaleMigrationLock;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupStep;

/**
 * Brings the schema up to date before anything else starts. Liquibase commits its own work, so this runs
 * outside a container transaction. A failure stops the deployment: serving on an old schema is worse.
 *
 * <p>A database that recorded this jar's {@link ChangelogFingerprint} after its last update has nothing to migrate,
 * and Liquibase does not run (it took about 1.1 s of every restart to find that out). A new embedded database (the
 * demo's first start) gets its schema from the script the build made of the same changelog ({@link EmbeddedSchema}),
 * in a tenth of Liquibase's time. Otherwise, first, a Liquibase
 * lock older than {@code glossa.migration.stale-lock} (default PT5M) is released and logged
 * ({@link StaleMigrationLock}): its holder died mid-migration, and Liquibase would otherwise wait five minutes and
 * fail, start after start. Five minutes because Glossa's migrations take seconds (a fresh schema about two), so a
 * lock that old has no live holder, and because it is as long as Liquibase itself waits for a lock: a node started
 * beside one that really is migrating waits for it rather than breaking in.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = GlossaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "glossa.migration.stale-lock", defaultValue = "PT5M")
    String staleLock;

    @Inject
    StartupProgress startup;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        String fingerprint = ChangelogFingerprint.of(
                Migrations.class.getClassLoader(), ChangelogUpdate.CHANGELOG, LiquibaseUtil.getBuildVersion());
        if (alreadyApplied(fingerprint)) {
            LOG.info(() -> String.format(
                    "Database schema is up to date: its changelog is the one last applied (%s), Liquibase not run"
                            + " (%d ms)",
                    fingerprint.substring(0, 12), (System.nanoTime() - started) / 1_000_000));
            startup.finished(StartupStep.MIGRATIONS);
            return;
        }
        if (createdFromScript(fingerprint)) {
            LOG.info(() -> String.format(
                    "Database schema created on the new embedded database from the build's script of this changelog"
                            + " (%s), Liquibase not run (%d ms)",
                    fingerprint.substring(0, 12), (System.nanoTime() - started) / 1_000_000));
            record(fingerprint);
            startup.finished(StartupStep.MIGRATIONS);
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            releaseStaleLock(connection);
            String product = ChangelogUpdate.apply(connection, Migrations.class.getClassLoader());
            LOG.info(() -> String.format(
                    "Database schema is up to date on %s (%d ms)", product, (System.nanoTime() - started) / 1_000_000));
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
        record(fingerprint);
        startup.finished(StartupStep.MIGRATIONS);
    }

    /** A new embedded database gets its schema from the build's script ({@link EmbeddedSchema}) when it can. */
    private boolean createdFromScript(String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            return EmbeddedSchema.createIfNew(connection, Migrations.class.getClassLoader(), fingerprint);
        } catch (SQLException | IOException e) {
            LOG.log(
                    Level.WARNING,
                    "The schema script of the embedded database failed; Liquibase creates the schema",
                    e);
            return false;
        }
    }

    private boolean alreadyApplied(String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaFingerprint.recorded(connection)
                    .filter(fingerprint::equals)
                    .isPresent();
        } catch (SQLException e) {
            return false; // Liquibase meets the same database next, and says what is wrong with it
        }
    }

    /** Only saves the next start Liquibase's time: not recorded (two nodes migrating at once), the next one runs it. */
    private void record(String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            SchemaFingerprint.record(connection, fingerprint, Instant.now());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warning(() -> "The changelog's fingerprint was not recorded (" + e.getMessage()
                    + "); the next start runs Liquibase again");
        }
    }

    private void releaseStaleLock(Connection connection) throws SQLException {
        Duration staleAfter = Duration.parse(staleLock);
        StaleMigrationLock.releaseIfOlderThan(connection, staleAfter)
                .ifPresent(released -> LOG.warning(() -> String.format(
                        "Released a stale Liquibase lock held by %s since %s (database time; %d s, longer than"
                                + " glossa.migration.stale-lock %s): its holder died during a migration",
                        released.lockedBy(), released.granted(), released.age().toSeconds(), staleAfter)));
    }
}
