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
 *
 * <p>Network waits are bounded on PostgreSQL: opening a connection (TCP connect and sign-in) gives up after
 * {@code connectTimeoutMillis}, and a read on an open connection after {@code socketTimeoutSeconds}, so a database
 * that went away (or a network that drops packets) cannot hold request and scheduler threads forever. Parameters
 * of the same name in the JDBC URL win.
 */
public class DriverSelectingDataSource implements DataSource {

    static final long DEFAULT_CONNECT_TIMEOUT_MILLIS = 5000;
    static final int DEFAULT_SOCKET_TIMEOUT_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(DriverSelectingDataSource.class.getName());

    private String url;
    private String user;
    private String password;
    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;
    private long connectTimeoutMillis = DEFAULT_CONNECT_TIMEOUT_MILLIS;
    private int socketTimeoutSeconds = DEFAULT_SOCKET_TIMEOUT_SECONDS;

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

    /** Text, because the container passes the (substituted) property as it is; not a number: the default stays. */
    public void setConnectTimeoutMillis(String millis) {
        connectTimeoutMillis = positive("connectTimeoutMillis", millis, DEFAULT_CONNECT_TIMEOUT_MILLIS);
    }

    public void setSocketTimeoutSeconds(String seconds) {
        socketTimeoutSeconds = (int) positive("socketTimeoutSeconds", seconds, DEFAULT_SOCKET_TIMEOUT_SECONDS);
    }

    private static long positive(String name, String value, long fallback) {
        try {
            long parsed = Long.parseLong(String.valueOf(value).trim());
            if (parsed > 0 && parsed <= Integer.MAX_VALUE) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warning(
                () -> "Data source property " + name + " is not a positive number (" + value + "); using " + fallback);
        return fallback;
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
        info.putAll(networkTimeouts());
        info.putAll(sessionSettings(url));
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

    Properties networkTimeouts() {
        return networkTimeouts(url, connectTimeoutMillis, socketTimeoutSeconds);
    }

    /**
     * The PostgreSQL driver's timeouts (in whole seconds, rounded up) and TCP keep-alive, so that a connection whose
     * peer vanished is noticed; nothing for other drivers (the embedded H2 has no network and refuses unknown
     * settings).
     */
    static Properties networkTimeouts(String url, long connectTimeoutMillis, int socketTimeoutSeconds) {
        Properties timeouts = new Properties();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            String connectSeconds = String.valueOf(Math.max(1, (connectTimeoutMillis + 999) / 1000));
            timeouts.setProperty("connectTimeout", connectSeconds);
            timeouts.setProperty("loginTimeout", connectSeconds);
            timeouts.setProperty("socketTimeout", String.valueOf(socketTimeoutSeconds));
            timeouts.setProperty("tcpKeepAlive", "true");
        }
        return timeouts;
    }

    /**
     * PostgreSQL's settings for the application's sessions: no JIT compilation. The application runs short
     * statements whose row estimates can be far off (the work list's grid of items times a list of locales is
     * estimated at hundreds of millions of rows for a few hundred), and JIT then spends most of a second compiling a
     * plan that runs in milliseconds. An {@code options} parameter in the JDBC URL wins.
     */
    static Properties sessionSettings(String url) {
        Properties settings = new Properties();
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains("options=")) {
            settings.setProperty("options", "-c jit=off");
        }
        return settings;
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
