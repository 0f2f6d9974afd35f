package org.glossa.scheduling.boundary;

import org.quartz.Job;

/**
 * A job that runs on a schedule, declared by the component it belongs to: a CDI bean (give it a
 * bean-defining annotation such as {@code @Dependent}) that may {@code @Inject} that component's boundaries.
 * {@link Scheduling} finds every one at start-up and schedules it under its bean class's name, so renaming the
 * class makes it a new job. A run may be repeated (a crash mid-run, a changed schedule, a one-off request), so
 * keep runs idempotent, and annotate the class {@code @DisallowConcurrentExecution} unless overlapping runs are fine.
 */
public interface RecurringJob extends Job {

    /** When this job runs; read once per start-up, so it may come from configuration. */
    Schedule schedule();
}
