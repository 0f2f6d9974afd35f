package org.glossa.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date before anything else starts. Liquibase commits its own work, so this runs
 * outside a container transaction. A failure stops the deployment: serving on an old schema is worse.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    static final String CHANGELOG = "liquibase/changelog.xml";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    static {
        // Liquibase 4.30+ reports usage to the internet unless told not to.
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    @Resource(lookup = GlossaDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            String product = database.getDatabaseProductName();
            try (Liquibase liquibase = new Liquibase(
                    CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), database)) {
                liquibase.update("");
            }
            done = true;
            LOG.info(() -> String.format(
                    "Database schema is up to date on %s (%d ms)", product, (System.nanoTime() - started) / 1_000_000));
        } catch (SQLException | LiquibaseException | RuntimeException e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    public boolean done() {
        return done;
    }
}
