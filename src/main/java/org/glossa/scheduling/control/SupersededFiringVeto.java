package org.glossa.scheduling.control;

import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;

/**
 * Skips a firing when the trigger's next slot is already due too. Quartz treats a firing up to the misfire
 * threshold late as on time and then fires each missed slot in turn: after a restart within the threshold, or
 * after a long run of a job that disallows concurrent execution, that is a burst of runs that all do the same
 * work. With this veto the stale firings pass without running the job and only the latest due slot runs.
 * One-off triggers (no next slot) are never skipped.
 */
public final class SupersededFiringVeto extends TriggerListenerSupport {

    private static final Logger LOG = Logger.getLogger(SupersededFiringVeto.class.getName());

    @Override
    public String getName() {
        return "glossa-superseded-firing-veto";
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
        boolean superseded = superseded(trigger.getNextFireTime(), Instant.now());
        if (superseded) {
            LOG.fine(() -> "Skipped a stale firing of " + trigger.getKey() + " scheduled for "
                    + context.getScheduledFireTime().toInstant() + ": the next one is already due");
        }
        return superseded;
    }

    /** True when the slot after the one firing now is not in the future: this firing is stale. */
    public static boolean superseded(Date nextFireTime, Instant now) {
        return nextFireTime != null && !nextFireTime.toInstant().isAfter(now);
    }
}
