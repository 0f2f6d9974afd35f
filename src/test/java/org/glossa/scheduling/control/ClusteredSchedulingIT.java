package org.glossa.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.glossa.containertest.TestDatabase;
import org.glossa.scheduling.boundary.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.utils.ConnectionProvider;

/**
 * Two scheduler nodes, in this JVM but each with its own threads, connections and instance id, share one
 * PostgreSQL job store built by our Liquibase changeset and configured by {@link QuartzProperties}, as two
 * Payara Micro nodes would, and declare their recurring job at start-up as {@code Scheduling} does.
 */
class ClusteredSchedulingIT {

    /** Its own database, named after the build's container-test database so side-by-side builds never share it. */
    static final String DATABASE = org.glossa.containertest.Deployments.DATABASE + "_quartz";

    private static final JobDetail RECORDING = JobBuilder.newJob(RecordingJob.class)
            .withIdentity(new JobKey(RecordingJob.class.getName(), "glossa"))
            .storeDurably()
            .build();

    private final List<Scheduler> nodes = new ArrayList<>();

    @BeforeEach
    void emptyDatabaseWithTheSchedulerTables() throws Exception {
        TestDatabase.recreate(DATABASE);
        migrate(TestDatabase.connect(DATABASE));
        try (Connection c = TestDatabase.connect(DATABASE);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE job_run (scheduled_at bigint NOT NULL, node varchar(50) NOT NULL)");
        }
    }

    @AfterEach
    void stopNodes() throws SchedulerException {
        for (Scheduler node : nodes) {
            node.shutdown(true);
        }
    }

    @Test
    void twoSchedulerNodesAgainstOneDatabaseRunEachFiringExactlyOnce() throws Exception {
        start("node-1", Schedule.every(Duration.ofSeconds(1)));
        start("node-2", Schedule.every(Duration.ofSeconds(1)));
        awaitRunsSpanning(0, 1000, 11);
        stopNodes();
        nodes.clear();

        assertThat(triggers()).as("one trigger, though both nodes declared it").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM qrtz_scheduler_state"))
                .as("both nodes in one cluster")
                .isEqualTo(2);
        Runs runs = runs(0);
        assertThat(runs.total()).as("runs of a 1-second schedule in about 11 s").isGreaterThanOrEqualTo(6);
        assertThat(runs.total()).as("each firing ran once").isEqualTo(runs.firings());
        assertThat(runs.firings())
                .as("no slot between the first and the last was lost")
                .isEqualTo(runs.slots(1000));
    }

    @Test
    void aNodeStartingWithAChangedScheduleReplacesItWithoutDoublingTheRuns() throws Exception {
        start("node-1", Schedule.every(Duration.ofSeconds(1)));
        awaitRunsSpanning(0, 1000, 3);
        long changedAt = System.currentTimeMillis();
        start("node-2", Schedule.every(Duration.ofSeconds(2)));
        awaitRunsSpanning(changedAt + 2_000, 2000, 4);
        stopNodes();
        nodes.clear();

        assertThat(triggers()).as("the old schedule's trigger is gone").isEqualTo(1);
        Runs after = runs(changedAt + 2_000);
        assertThat(after.total()).as("each firing ran once").isEqualTo(after.firings());
        assertThat(after.firings())
                .as("only the new 2-second schedule runs")
                .isEqualTo(after.slots(2000))
                .isBetween(3L, 6L);
    }

    private void start(String name, Schedule schedule) throws SchedulerException {
        Scheduler node = node(name);
        nodes.add(node);
        RecurringTriggers.apply(
                node,
                List.of(new RecurringTriggers.Declared(
                        RECORDING,
                        schedule.trigger(
                                RecurringTriggers.key(RECORDING.getKey(), schedule.describe()), RECORDING.getKey()))));
        node.start();
    }

    /** Runs recorded for slots from {@code since}. */
    private record Runs(long total, long firings, long first, long last) {
        long slots(long interval) {
            return firings == 0 ? 0 : (last - first) / interval + 1;
        }
    }

    /**
     * Waits (at most a minute) until the runs recorded for slots from {@code since} span {@code slots} slots of
     * {@code interval} ms, first to last: the schedule has been firing that long, whether or not every slot ran.
     */
    private static void awaitRunsSpanning(long since, long interval, long slots) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (runs(since).slots(interval) < slots) {
            assertThat(System.nanoTime())
                    .as("runs spanning %d slots of %d ms", slots, interval)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static Runs runs(long since) throws SQLException {
        try (Connection c = TestDatabase.connect(DATABASE);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT scheduled_at), min(scheduled_at),"
                        + " max(scheduled_at) FROM job_run WHERE scheduled_at >= " + since)) {
            r.next();
            return new Runs(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        }
    }

    private static long triggers() throws SQLException {
        return count("SELECT count(*) FROM qrtz_triggers");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(DATABASE);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Only the Quartz changeset, applied by Liquibase from the file the application ships (closes {@code c}). */
    private static void migrate(Connection c) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        try (Liquibase liquibase = new Liquibase(
                "liquibase/1.0/007-quartz.xml",
                new ClassLoaderResourceAccessor(ClusteredSchedulingIT.class.getClassLoader()),
                database)) {
            liquibase.update("");
        }
    }

    private static Scheduler node(String name) throws SchedulerException {
        Properties p = QuartzProperties.clustered("PostgreSQL");
        p.setProperty("org.quartz.scheduler.instanceId", name);
        String dataSource = name.replace("-", "");
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.dataSource." + dataSource + ".connectionProvider.class", Connections.class.getName());
        p.setProperty("org.quartz.threadPool.class", SimpleThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadCount", "3");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", name + "-worker");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        // Quartz keeps one scheduler per name in a JVM-wide repository: forget this one so the next node is new.
        SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
        return scheduler;
    }

    /** Records which slot it ran for, and where. */
    public static class RecordingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try (Connection c = TestDatabase.connect(DATABASE);
                    var insert = c.prepareStatement("INSERT INTO job_run (scheduled_at, node) VALUES (?, ?)")) {
                insert.setLong(1, context.getScheduledFireTime().getTime());
                insert.setString(2, context.getScheduler().getSchedulerInstanceId());
                insert.executeUpdate();
            } catch (SQLException | SchedulerException e) {
                throw new JobExecutionException(e);
            }
        }
    }

    /** Plain connections for a node (Quartz's own pools are not on the class path). */
    public static class Connections implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return TestDatabase.connect(DATABASE);
        }

        @Override
        public void shutdown() {}

        @Override
        public void initialize() {}
    }
}
