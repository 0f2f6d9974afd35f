package org.glossa.editorial.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.database.control.StatementCounter;
import org.glossa.scheduling.boundary.RecurringJob;
import org.glossa.scheduling.boundary.Schedule;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

/**
 * Time as an actor: approved translations go live when their publication time comes, whether or not anyone
 * visits the site. After downtime it runs once at once and publishes everything that fell due meanwhile. Each
 * goes live on its own (see {@link ScheduledPublications}).
 */
@Dependent
@DisallowConcurrentExecution
public class PublishDueJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(PublishDueJob.class.getName());

    @Inject
    ScheduledPublications scheduledPublications;

    @Inject
    @ConfigProperty(name = "glossa.publishing.due-check-seconds", defaultValue = "5")
    long dueCheckSeconds;

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(dueCheckSeconds)).onMisfire(Schedule.Misfire.RUN_ONCE_NOW);
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            // Polls on a clock, like the other monitoring jobs: its statements are not the work a test counts.
            int[] published = {0};
            StatementCounter.uncounted(() -> published[0] = scheduledPublications.publishDue(Instant.now()));
            if (published[0] > 0) {
                LOG.info(() -> "Published " + published[0] + " scheduled translation(s) that fell due");
            }
        } catch (RuntimeException e) {
            // Each publication has its own transaction and failures of one are handled there: this is the
            // database being unreachable before any was tried. The next run tries again.
            LOG.log(Level.SEVERE, "Publishing due translations failed: " + e, e);
        }
    }
}
