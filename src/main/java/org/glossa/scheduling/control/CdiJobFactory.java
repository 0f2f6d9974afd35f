package org.glossa.scheduling.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Jobs are CDI beans, so they can {@code @Inject} their component's boundaries. Each run gets its bean inside
 * the worker thread, with a request context active for the run (as an HTTP request has), and a
 * {@code @Dependent} job is destroyed afterwards.
 */
public final class CdiJobFactory implements JobFactory {

    private final Instance<Object> beans;

    public CdiJobFactory(Instance<Object> beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        Instance<? extends Job> job = beans.select(type);
        if (!job.isResolvable()) {
            throw new SchedulerException(
                    type.getName() + " is not a CDI bean: give it a bean-defining annotation such as @Dependent");
        }
        return context -> run(job, context);
    }

    private void run(Instance<? extends Job> job, JobExecutionContext context) throws JobExecutionException {
        Instance.Handle<RequestContextController> requestHandle =
                beans.select(RequestContextController.class).getHandle();
        RequestContextController request = requestHandle.get();
        boolean activated = request.activate();
        Instance.Handle<? extends Job> handle = job.getHandle();
        try {
            handle.get().execute(context);
        } finally {
            destroyIfDependent(handle);
            if (activated) {
                request.deactivate();
            }
            requestHandle.destroy();
        }
    }

    private static void destroyIfDependent(Instance.Handle<?> handle) {
        if (handle.getBean().getScope() == Dependent.class) {
            handle.destroy();
        }
    }
}
