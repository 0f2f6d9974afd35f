package org.glossa.publishing.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.scheduling.boundary.RecurringJob;
import org.glossa.scheduling.boundary.Schedule;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

/**
 * Regenerates every site's sitemaps, news sitemap, feed and robots.txt: soon after content changes (fired by
 * {@link DocumentTriggers}) and on a cron schedule that repairs anything a missed firing left behind.
 */
@Dependent
@DisallowConcurrentExecution
public class RegenerateDocumentsJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(RegenerateDocumentsJob.class.getName());

    @Inject
    Documents documents;

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
            int written = documents.regenerateAll();
            LOG.info(() -> "Regenerated sitemaps and feeds: " + written + " document(s) written in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            // Sites that failed keep their previous documents; the next run tries again.
            LOG.log(Level.SEVERE, "Regenerating sitemaps and feeds failed: " + e, e);
        }
    }
}
