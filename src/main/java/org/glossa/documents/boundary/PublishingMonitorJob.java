package org.glossa.documents.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.database.control.StatementCounter;
import org.glossa.scheduling.boundary.RecurringJob;
import org.glossa.scheduling.boundary.Schedule;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

/** Checks the publishing SLA of every locale every {@code glossa.publishing.monitor-seconds} (see {@link PublishingMonitor}). */
@Dependent
@DisallowConcurrentExecution
public class PublishingMonitorJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(PublishingMonitorJob.class.getName());

    @Inject
    PublishingMonitor monitor;

    @Inject
    @ConfigProperty(name = "glossa.publishing.monitor-seconds", defaultValue = "15")
    long seconds;

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(seconds)).onMisfire(Schedule.Misfire.SKIP);
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            // A check on a clock: its queries would make the statement count depend on timing.
            StatementCounter.uncounted(monitor::check);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking the publishing SLA failed; the next check tries again", e);
        }
    }
}
