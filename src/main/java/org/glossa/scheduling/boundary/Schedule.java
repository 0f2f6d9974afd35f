package org.glossa.scheduling.boundary;

import java.text.ParseException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * When a {@link RecurringJob} runs: a fixed interval or a Quartz cron expression in a time zone, and what to do
 * about runs that were missed (the application was down, or every thread was busy, for longer than the
 * misfire threshold). Either way there is never a burst of stale runs: see {@link Misfire}.
 */
public record Schedule(Duration interval, String cron, ZoneId zone, Misfire misfire) {

    /** Shortest interval: more often would be polling, and each firing takes cluster-wide locks. */
    public static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);

    /**
     * What happens after missed runs. A firing whose next slot is already due as well is skipped anyway
     * ({@code SupersededFiringVeto}), so a trigger that is late by several slots runs once, not once per slot.
     */
    public enum Misfire {
        /** Run once as soon as possible, then continue on schedule: for work that must catch up (due publications). */
        RUN_ONCE_NOW,
        /** Drop the missed runs and wait for the next scheduled one: for work whose next run does it anyway. */
        SKIP
    }

    public Schedule {
        Objects.requireNonNull(misfire, "misfire");
        if ((interval == null) == (cron == null)) {
            throw new IllegalArgumentException("A schedule has either an interval or a cron expression");
        }
        if (interval != null && interval.compareTo(SHORTEST_INTERVAL) < 0) {
            throw new IllegalArgumentException("Interval " + interval + " is shorter than " + SHORTEST_INTERVAL);
        }
        if (cron != null) {
            Objects.requireNonNull(zone, "zone");
            try {
                CronExpression.validateExpression(cron);
            } catch (ParseException e) {
                throw new IllegalArgumentException("Invalid cron expression '" + cron + "': " + e.getMessage(), e);
            }
        }
    }

    /** Every {@code interval}, first run one interval after start; catches up with one run after downtime. */
    public static Schedule every(Duration interval) {
        return new Schedule(interval, null, null, Misfire.RUN_ONCE_NOW);
    }

    /** A Quartz cron expression ({@code "0 0 3 * * ?"}: 03:00 daily) in {@code zone}; catches up with one run. */
    public static Schedule cron(String expression, ZoneId zone) {
        return new Schedule(null, expression, zone, Misfire.RUN_ONCE_NOW);
    }

    public Schedule onMisfire(Misfire policy) {
        return new Schedule(interval, cron, zone, policy);
    }

    /** Human-readable and stable: stored as the trigger's description to tell whether a schedule changed. */
    public String describe() {
        String when = interval != null ? "every " + interval : "cron '" + cron + "' " + zone.getId();
        return when + ", misfire " + misfire;
    }

    /** The Quartz trigger for this schedule, with the misfire instruction its {@link Misfire} policy maps to. */
    public Trigger trigger(TriggerKey key, JobKey job) {
        TriggerBuilder<Trigger> builder =
                TriggerBuilder.newTrigger().withIdentity(key).forJob(job).withDescription(describe());
        if (interval != null) {
            builder.startAt(new Date(System.currentTimeMillis() + interval.toMillis()));
        } else {
            builder.startNow();
        }
        return builder.withSchedule(quartzSchedule()).build();
    }

    private ScheduleBuilder<?> quartzSchedule() {
        if (interval != null) {
            SimpleScheduleBuilder simple = SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(interval.toMillis())
                    .repeatForever();
            // Repeating forever, "existing" and "remaining" counts are the same: both mean "fire now, carry on".
            return misfire == Misfire.RUN_ONCE_NOW
                    ? simple.withMisfireHandlingInstructionNowWithExistingCount()
                    : simple.withMisfireHandlingInstructionNextWithRemainingCount();
        }
        CronScheduleBuilder cronSchedule =
                CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone));
        return misfire == Misfire.RUN_ONCE_NOW
                ? cronSchedule.withMisfireHandlingInstructionFireAndProceed()
                : cronSchedule.withMisfireHandlingInstructionDoNothing();
    }
}
