package org.glossa.scheduling.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.glossa.database.boundary.GlossaDataSource;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupStep;
import org.glossa.scheduling.control.CdiJobFactory;
import org.glossa.scheduling.control.QuartzProperties;
import org.glossa.scheduling.control.RecurringTriggers;
import org.glossa.scheduling.control.SupersededFiringVeto;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The application's scheduler: Quartz on a clustered JDBC job store in the application's database, started
 * once the schema is migrated. It schedules every {@link RecurringJob} the components declare and runs one-off
 * jobs on request. Quartz commits its own work, so every method runs outside a container transaction.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Scheduling {

    static final String JOB_GROUP = "glossa";
    static final String ONCE = "once";
    private static final Logger LOG = Logger.getLogger(Scheduling.class.getName());

    /** How late a waiting one-off trigger may be before a new request moves it to now. */
    private static final java.time.Duration OVERDUE = java.time.Duration.ofSeconds(2);

    @Resource(lookup = GlossaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Instance<Object> beans;

    @Inject
    @Any
    Instance<RecurringJob> recurringJobs;

    @Inject
    StartupProgress startup;

    private volatile Scheduler scheduler;

    @PostConstruct
    void start() {
        Scheduler created = null;
        try {
            String product = databaseProduct();
            created = new StdSchedulerFactory(QuartzProperties.inContainer(product, GlossaDataSource.JNDI_NAME))
                    .getScheduler();
            created.setJobFactory(new CdiJobFactory(beans));
            created.getListenerManager().addTriggerListener(new SupersededFiringVeto());
            List<String> jobs = scheduleRecurringJobs(created);
            created.start();
            scheduler = created;
            LOG.info("Scheduler started (clustered JDBC store, " + product + ") as " + schedulerInstance(created)
                    + "; recurring jobs: " + jobs);
        } catch (SQLException | SchedulerException | RuntimeException e) {
            shutDown(created);
            throw new IllegalStateException("The scheduler did not start: " + e.getMessage(), e);
        }
        startup.finished(StartupStep.SCHEDULER);
    }

    /** Payara Micro does not call this on SIGTERM: nothing may depend on it (the cluster recovers a lost node). */
    @PreDestroy
    void stop() {
        Scheduler current = scheduler;
        scheduler = null;
        shutDown(current);
    }

    /** Without waiting for running jobs: a half-done run must be harmless anyway. */
    private static void shutDown(Scheduler s) {
        if (s != null) {
            try {
                s.shutdown(false);
            } catch (SchedulerException e) {
                LOG.log(Level.WARNING, "Scheduler shutdown failed", e);
            }
        }
    }

    /** True while this node's scheduler runs jobs. */
    public boolean running() {
        Scheduler current = scheduler;
        try {
            return current != null && current.isStarted() && !current.isShutdown() && !current.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Whether this firing is a one-off run asked for with {@link #fireAt}, not one of the job's schedule. */
    public static boolean isOneOff(JobExecutionContext firing) {
        return ONCE.equals(firing.getTrigger().getKey().getGroup());
    }

    /** {@link #fireAt} now. */
    public boolean fireNow(Class<? extends Job> job) {
        return fireAt(job, Instant.now());
    }

    /**
     * Runs {@code job} (a CDI bean) once at {@code at}, on whichever node is free then, unless a one-off run of
     * it is already pending (not yet started): that run will see whatever prompted this request, so bursts of
     * requests coalesce into one run. A request that arrives while a run is in progress gets a run of its own.
     * Call it after the change that prompts it has committed (e.g. from an {@code AFTER_SUCCESS} observer).
     *
     * @return true if this call scheduled a run, false if it joined a pending one
     */
    public boolean fireAt(Class<? extends Job> job, Instant at) {
        Scheduler current = requireRunning();
        if (!beans.select(job).isResolvable()) {
            throw new IllegalArgumentException(job.getName() + " is not a CDI bean the scheduler can run");
        }
        JobDetail detail = jobDetail(job);
        Trigger once = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(job.getName(), ONCE))
                .forJob(detail.getKey())
                .startAt(Date.from(at))
                .withDescription("once")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            if (!current.checkExists(detail.getKey())) {
                addJob(current, detail);
            }
            return switch (current.getTriggerState(once.getKey())) {
                // Waiting past its time: its fire time fell behind while the job ran (it was blocked), and Quartz
                // acquires such a trigger only once its misfire handler finds it, up to misfireThreshold later.
                case NORMAL ->
                    overdue(current.getTrigger(once.getKey()), at)
                            && current.rescheduleJob(once.getKey(), once) != null;
                case BLOCKED, PAUSED -> false;
                // Running or done (a one-off trigger stays until its run completes): schedule the next run.
                case COMPLETE, ERROR ->
                    current.rescheduleJob(once.getKey(), once) != null || scheduleOnce(current, once);
                case NONE -> scheduleOnce(current, once);
            };
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    /** Whether a waiting trigger should have fired more than a moment before {@code at}. */
    private static boolean overdue(Trigger waiting, Instant at) {
        return waiting != null
                && waiting.getNextFireTime() != null
                && waiting.getNextFireTime().toInstant().isBefore(at.minus(OVERDUE));
    }

    private static boolean scheduleOnce(Scheduler current, Trigger once) throws SchedulerException {
        try {
            current.scheduleJob(once);
            return true;
        } catch (ObjectAlreadyExistsException concurrentRequest) {
            return false;
        }
    }

    private static void addJob(Scheduler current, JobDetail detail) throws SchedulerException {
        try {
            current.addJob(detail, false);
        } catch (ObjectAlreadyExistsException addedMeanwhile) {
            // another request or node stored it first
        }
    }

    /** Schedules every declared job (see {@link RecurringTriggers} for how, and why never in place). */
    private List<String> scheduleRecurringJobs(Scheduler target) throws SchedulerException {
        List<RecurringTriggers.Declared> declared = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Instance.Handle<RecurringJob> handle : recurringJobs.handles()) {
            Class<? extends Job> type = handle.getBean().getBeanClass().asSubclass(Job.class);
            Schedule schedule = handle.get().schedule();
            if (handle.getBean().getScope() == Dependent.class) {
                handle.destroy();
            }
            JobDetail detail = jobDetail(type);
            declared.add(new RecurringTriggers.Declared(
                    detail,
                    schedule.trigger(RecurringTriggers.key(detail.getKey(), schedule.describe()), detail.getKey())));
            described.add(type.getSimpleName() + " " + schedule.describe());
        }
        for (TriggerKey removed : RecurringTriggers.apply(target, declared)) {
            LOG.info(() ->
                    "Removed the recurring trigger " + removed.getName() + ": its schedule changed or its job is gone");
        }
        return described;
    }

    /** Durable, so one-off runs can be added to it at any time; not re-run by another node after a crash. */
    private static JobDetail jobDetail(Class<? extends Job> type) {
        return JobBuilder.newJob(type)
                .withIdentity(new JobKey(type.getName(), JOB_GROUP))
                .storeDurably()
                .build();
    }

    private Scheduler requireRunning() {
        Scheduler current = scheduler;
        if (current == null) {
            throw new IllegalStateException("The scheduler is not running");
        }
        return current;
    }

    private String databaseProduct() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    private static String schedulerInstance(Scheduler s) {
        try {
            return s.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "?";
        }
    }
}
