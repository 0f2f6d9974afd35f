package org.glossa.database.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupReadiness;

/**
 * Ready once the node has started (the schema is migrated) and while the database answers (a connection from the
 * pool that passes its check, and a round trip within {@link #CHECK_SECONDS}). The reason names no host, user or
 * driver message: this answer may be read by anyone; the log has the details.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int CHECK_SECONDS = 2;

    @Inject
    StartupProgress startup;

    @Inject
    DatabaseAvailability availability;

    /**
     * Looked up at the first check after the start, not injected: Payara creates its checks while the application
     * deploys, before the data source is bound, and leaves a check it cannot create out of every answer until the
     * start ends.
     */
    private volatile DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        if (!startup.complete()) {
            return StartupReadiness.starting("database");
        }
        try (Connection connection = dataSource().getConnection()) {
            if (!connection.isValid(CHECK_SECONDS)) {
                availability.failed(new SQLException("connection check failed"));
                return down("unreachable");
            }
            availability.succeeded();
            return HealthCheckResponse.up("database");
        } catch (SQLException | NamingException | RuntimeException e) {
            availability.failed(e);
            return down("unreachable");
        }
    }

    private DataSource dataSource() throws NamingException {
        DataSource found = dataSource;
        if (found == null) {
            found = InitialContext.doLookup(GlossaDataSource.JNDI_NAME);
            dataSource = found;
        }
        return found;
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named("database")
                .down()
                .withData("reason", reason)
                .build();
    }
}
