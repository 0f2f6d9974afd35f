package org.glossa.database.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain {@link DataSource} that picks the JDBC driver whose {@code acceptsURL} takes the configured URL,
 * so one data source definition serves PostgreSQL and the embedded H2. Payara pools its connections.
 */
public class DriverSelectingDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
        this.driver = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties info = new Properties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (pass != null) {
            info.setProperty("password", pass);
        }
        Connection connection = driver().connect(url, info);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + redacted(url));
        }
        return StatementCounter.counting(connection);
    }

    private Driver driver() throws SQLException {
        Driver current = driver;
        if (current == null) {
            current = findDriver(url);
            driver = current;
        }
        return current;
    }

    static Driver findDriver(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No JDBC URL configured (glossa.db.url)");
        }
        ClassLoader loader = DriverSelectingDataSource.class.getClassLoader();
        for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
            if (candidate.acceptsURL(url)) {
                return candidate;
            }
        }
        throw new SQLException("No JDBC driver on the class path accepts " + redacted(url));
    }

    /** JDBC URLs may carry a password parameter; never log one. */
    static String redacted(String url) {
        return url == null ? "null" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
