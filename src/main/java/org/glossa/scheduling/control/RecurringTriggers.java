package org.glossa.scheduling.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Brings the stored recurring triggers in line with what a node declares at start-up; every node does it, with
 * the same result, so restarts and extra nodes never add duplicates.
 *
 * <p>A trigger's key includes a fingerprint of its schedule, and a stored trigger is never replaced in place:
 * an unchanged schedule is left alone (its next run and misfire state survive restarts), a changed one is a new
 * trigger and the old one is removed. Replacing in place is unsafe in a cluster: another node usually holds the
 * trigger acquired (nodes acquire up to 30 s ahead), and Quartz checks only the stored trigger's <em>state</em>
 * when that node fires its copy, so both nodes would go on firing, each on its own phase (measured: twice the
 * runs). A removed key makes the stale copy's firing a no-op instead.
 */
public final class RecurringTriggers {

    public static final String GROUP = "recurring";

    private RecurringTriggers() {}

    /** One declared job: its (durable) detail and its recurring trigger, keyed by {@link #key}. */
    public record Declared(JobDetail job, Trigger trigger) {}

    public static TriggerKey key(JobKey job, String scheduleDescription) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(scheduleDescription.getBytes(StandardCharsets.UTF_8));
            return new TriggerKey(job.getName() + "#" + HexFormat.of().formatHex(digest, 0, 4), GROUP);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores what is declared and missing, removes recurring triggers nobody declares; returns the keys removed. */
    public static Set<TriggerKey> apply(Scheduler scheduler, List<Declared> declared) throws SchedulerException {
        Set<TriggerKey> wanted = new HashSet<>();
        for (Declared d : declared) {
            scheduler.addJob(d.job(), true);
            if (!scheduler.checkExists(d.trigger().getKey())) {
                try {
                    scheduler.scheduleJob(d.trigger());
                } catch (ObjectAlreadyExistsException anotherNodeWasFirst) {
                    // same schedule, stored by a node starting at the same time
                }
            }
            wanted.add(d.trigger().getKey());
        }
        Set<TriggerKey> removed = new HashSet<>();
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
            if (!wanted.contains(key)) {
                scheduler.unscheduleJob(key);
                removed.add(key);
            }
        }
        return removed;
    }
}
