package org.glossa.documents.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.scheduling.boundary.RecurringJob;
import org.glossa.scheduling.boundary.Schedule;
import org.glossa.scheduling.boundary.Scheduling;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

/**
 * Regenerates sitemaps, news sitemaps, feeds and robots.txt. Fired once after content changes (by
 * {@link DocumentTriggers}, and by the monitor when a retry is due) it regenerates what the waiting requests touch;
 * on its cron schedule it regenerates every site, repairing anything a lost request left behind.
 */
@Dependent
@DisallowConcurrentExecution
public class RegenerateDocumentsJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(RegenerateDocumentsJob.class.getName());

    @Inject
    Regeneration regeneration;

    @Inject
    @ConfigProperty(name = "glossa.publishing.full-regeneration-cron", defaultValue = "0 0/15 * * * ?")
    String cron;

    @Override
    public Schedule schedule() {
        return Schedule.cron(cron, ZoneOffset.UTC).onMisfire(Schedule.Misfire.SKIP);
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            long started = System.nanoTime();
            boolean requested = Scheduling.isOneOff(context);
            int written = requested ? regeneration.regenerateRequested() : regeneration.regenerateAll();
            LOG.info(() -> "Regenerated " + (requested ? "the requested" : "all") + " sitemaps and feeds: "
                    + written + " document(s) written in " + (System.nanoTime() - started) / 1_000_000
                    + " ms (firing scheduled for "
                    + context.getScheduledFireTime().toInstant() + ")");
        } catch (RuntimeException e) {
            // Sites that failed keep their previous documents; the next run tries again.
            LOG.log(Level.SEVERE, "Regenerating sitemaps and feeds failed: " + e, e);
        }
    }
}
