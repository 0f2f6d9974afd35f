package org.glossa.scheduling.control;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker threads, made by the container's {@code ManagedThreadFactory} instead of Quartz's
 * {@code SimpleThreadPool}: jobs then run with the application's class loader and naming context, and the
 * server knows the threads. They are all created in {@link #initialize()}, which Quartz calls on the
 * deploying thread, so they capture the application's context even with factories that capture it at
 * thread creation. (Quartz's own scheduler, cluster and misfire threads stay plain threads: they only use the
 * data source found at start-up.)
 */
public class ManagedThreadPool implements ThreadPool {

    /** Jakarta Concurrency's default factory, present in every Jakarta EE 10 server. */
    public static final String DEFAULT_THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

    private int threadCount = QuartzProperties.THREADS;
    private String threadFactory = DEFAULT_THREAD_FACTORY;
    private ThreadFactory factory;
    private ThreadPoolExecutor executor;
    private Semaphore idle;
    private volatile boolean shutdown;

    public ManagedThreadPool() {}

    /** A pool on a given factory, without JNDI (tests). */
    ManagedThreadPool(int threadCount, ThreadFactory factory) {
        this.threadCount = threadCount;
        this.factory = factory;
    }

    /** Set by Quartz from {@code org.quartz.threadPool.threadCount}. */
    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    /** Set by Quartz from {@code org.quartz.threadPool.threadFactory}: the factory's JNDI name. */
    public void setThreadFactory(String jndiName) {
        this.threadFactory = jndiName;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        if (threadCount < 1) {
            throw new SchedulerConfigException("threadCount must be at least 1");
        }
        ThreadFactory threads = factory != null ? factory : lookup(threadFactory);
        executor = new ThreadPoolExecutor(
                threadCount, threadCount, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
        executor.prestartAllCoreThreads();
        idle = new Semaphore(threadCount);
    }

    private static ThreadFactory lookup(String jndiName) throws SchedulerConfigException {
        try {
            return (ThreadFactory) new InitialContext().lookup(jndiName);
        } catch (NamingException | ClassCastException e) {
            throw new SchedulerConfigException("No ManagedThreadFactory at " + jndiName, e);
        }
    }

    /** Hands the work to an idle thread, waiting for one as {@code SimpleThreadPool} does. */
    @Override
    public boolean runInThread(Runnable work) {
        if (work == null || shutdown) {
            return false;
        }
        idle.acquireUninterruptibly();
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } finally {
                    idle.release();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            idle.release();
            return false;
        }
    }

    /** Waits until at least one thread is idle (or the pool shuts down) and says how many are. */
    @Override
    public int blockForAvailableThreads() {
        while (!shutdown) {
            try {
                if (idle.tryAcquire(500, TimeUnit.MILLISECONDS)) {
                    idle.release();
                    return Math.max(1, idle.availablePermits());
                }
            } catch (InterruptedException ignored) {
                // As SimpleThreadPool: Quartz stops its scheduler thread by flag, not by interrupt.
            }
        }
        return 0;
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        shutdown = true;
        if (executor == null) {
            return;
        }
        executor.shutdown();
        if (waitForJobsToComplete) {
            try {
                executor.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int getPoolSize() {
        return threadCount;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // Thread names come from the container's factory.
    }

    @Override
    public void setInstanceName(String schedName) {
        // Thread names come from the container's factory.
    }
}
