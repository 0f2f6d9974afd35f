package org.glossa.scheduling.control;

import java.util.Locale;
import java.util.Properties;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;

/**
 * Quartz's configuration, built in code (nothing here is environment-specific): one clustered JDBC job store
 * in the application's database, which every node shares, so each firing runs on exactly one node.
 */
public final class QuartzProperties {

    /** The scheduler's name: every node must use the same one to form a cluster (the {@code sched_name} column). */
    public static final String SCHEDULER_NAME = "glossa";
    /** Quartz's data source name (internal to Quartz). */
    public static final String DATA_SOURCE = "glossa";
    /** Worker threads: jobs are short and few; the pool bounds how many database connections jobs hold. */
    public static final int THREADS = 3;

    private QuartzProperties() {}

    /** The job store's SQL dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static String delegateFor(String databaseProduct) {
        String product = String.valueOf(databaseProduct).toLowerCase(Locale.ROOT);
        if (product.startsWith("postgresql")) {
            return PostgreSQLDelegate.class.getName();
        }
        if (product.equals("h2")) {
            return StdJDBCDelegate.class.getName();
        }
        throw new IllegalArgumentException(
                "The scheduler's tables exist on PostgreSQL and H2 only, not on " + databaseProduct);
    }

    /** The clustered job store on {@code databaseProduct}; the caller adds a thread pool and the data source. */
    public static Properties clustered(String databaseProduct) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        // Quartz 2.5 no longer checks for updates; kept so that no version of it ever calls out.
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        // Non-JTA: Quartz commits its own short transactions; JobStoreCMT would need a second, unmanaged pool.
        p.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
        p.setProperty("org.quartz.jobStore.driverDelegateClass", delegateFor(databaseProduct));
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        // Later than this counts as missed and follows the trigger's misfire instruction (see Schedule.Misfire).
        p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
        p.setProperty("org.quartz.jobStore.makeThreadsDaemons", "true");
        // After a failed database call (an outage) the store tries again this often, so firings resume within
        // seconds of the database's return, without a restart (Quartz's default is 15 s).
        p.setProperty("org.quartz.jobStore.dbRetryInterval", "5000");
        return p;
    }

    /**
     * Inside the application server: the container's pool under its {@code java:global} name (Quartz's own
     * threads cannot resolve {@code java:app} names) and worker threads from the container's default
     * {@code ManagedThreadFactory}.
     */
    public static Properties inContainer(String databaseProduct, String dataSourceJndiName) {
        Properties p = clustered(databaseProduct);
        p.setProperty("org.quartz.threadPool.class", ManagedThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(THREADS));
        p.setProperty("org.quartz.threadPool.threadFactory", ManagedThreadPool.DEFAULT_THREAD_FACTORY);
        String dataSource = "org.quartz.dataSource." + DATA_SOURCE + ".";
        p.setProperty(dataSource + "connectionProvider.class", ContainerConnections.class.getName());
        p.setProperty(dataSource + "jndiName", dataSourceJndiName);
        return p;
    }
}
