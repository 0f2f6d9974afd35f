package org.glossa.scheduling.control;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.glossa.database.control.StatementCounter;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's connections: the container's pool, found by its JNDI name once, at start-up. Used instead of
 * Quartz's own {@code jndiURL} provider only so that the scheduler's bookkeeping (cluster check-ins, trigger
 * polling and row locks, every few seconds on every node) is not counted as the application's SQL; what a
 * job does through the application's boundaries still is.
 */
public class ContainerConnections implements ConnectionProvider {

    private String jndiName;
    private DataSource dataSource;

    /** Set by Quartz from {@code org.quartz.dataSource.<name>.jndiName}. */
    public void setJndiName(String jndiName) {
        this.jndiName = jndiName;
    }

    @Override
    public void initialize() throws SQLException {
        if (jndiName == null) {
            throw new SQLException("No jndiName configured for the scheduler's data source");
        }
        try {
            dataSource = (DataSource) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new SQLException("Data source " + jndiName + " not found: " + e.getMessage(), e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return StatementCounter.uncounted(dataSource.getConnection());
    }

    /** The container owns the pool: nothing to close. */
    @Override
    public void shutdown() {}
}
