package org.glossa.notifications.boundary;

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

/** Delivers the outbound notifications that are due (WebSub pings, IndexNow submissions, alert webhooks). */
@Dependent
@DisallowConcurrentExecution
public class DeliverNotificationsJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(DeliverNotificationsJob.class.getName());

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "glossa.notifications.check-seconds", defaultValue = "5")
    long checkSeconds;

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(checkSeconds)).onMisfire(Schedule.Misfire.SKIP);
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            // Polls on a clock: its statements would make the statement metric depend on timing (see StatementCounter).
            int[] delivered = {0};
            StatementCounter.uncounted(() -> delivered[0] = notifications.deliverDue());
            if (delivered[0] > 0) {
                LOG.info(() -> "Delivered " + delivered[0] + " outbound notification(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivering outbound notifications failed; the next run tries again: " + e, e);
        }
    }
}
