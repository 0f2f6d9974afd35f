package org.glossa.scheduling.control;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Readers before background work: while a reader's page is being rendered, work that can wait (regenerating the
 * documents after a publication) pauses at its next {@link #pause()}, so that the reader's render has the processor
 * to itself instead of sharing it. Operating systems ignore Java's thread priorities unless the process runs as root,
 * so the background work steps aside by itself.
 *
 * <p>Pausing is paid for from a budget that grows by half of the time that passes, up to {@code maxBanked}: a short
 * burst of renders has the processor to itself, while under a steady stream of them the background work still runs
 * at least half of the time, so the documents' SLA holds whatever the readers do. {@link #pause()} costs one
 * volatile read while no reader's page is being rendered.
 */
public final class ReadersFirst {

    /** A reader's render in progress, from {@link #rendering()} until it is closed. */
    public interface Render extends AutoCloseable {
        @Override
        void close();
    }

    private final AtomicInteger rendering = new AtomicInteger();
    private final AtomicLong pausedNanos = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition noneRendering = lock.newCondition();
    private final long maxBankedNanos;
    private final LongSupplier nanoTime;

    /** Guarded by {@code lock}. */
    private long bankedNanos;
    /** Guarded by {@code lock}. */
    private long countedUpTo;

    /** Pauses paid from a budget of at most {@code maxBankedMillis}. */
    public ReadersFirst(long maxBankedMillis) {
        this(maxBankedMillis, System::nanoTime);
    }

    ReadersFirst(long maxBankedMillis, LongSupplier nanoTime) {
        if (maxBankedMillis < 1) {
            throw new IllegalArgumentException("maxBankedMillis must be positive, got " + maxBankedMillis);
        }
        this.maxBankedNanos = TimeUnit.MILLISECONDS.toNanos(maxBankedMillis);
        this.nanoTime = nanoTime;
        this.bankedNanos = maxBankedNanos;
        this.countedUpTo = nanoTime.getAsLong();
    }

    /** Marks a reader's render in progress; close it when the render ends, however it ends. */
    public Render rendering() {
        rendering.incrementAndGet();
        return this::rendered;
    }

    private void rendered() {
        if (rendering.decrementAndGet() == 0) {
            lock.lock();
            try {
                noneRendering.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Waits while a reader's page is being rendered, as long as the budget allows; returns at once when none is.
     * Background work calls it between small steps (a sitemap URL).
     */
    public void pause() {
        if (rendering.get() == 0) {
            return;
        }
        lock.lock();
        try {
            long start = nanoTime.getAsLong();
            bank(start);
            long deadline = start + bankedNanos;
            long left = bankedNanos;
            while (rendering.get() > 0 && left > 0) {
                noneRendering.awaitNanos(left);
                left = deadline - nanoTime.getAsLong();
            }
            long end = nanoTime.getAsLong();
            bank(end);
            bankedNanos -= end - start;
            pausedNanos.addAndGet(end - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Adds half of the time since the last count to the budget. */
    private void bank(long now) {
        bankedNanos = Math.min(maxBankedNanos, bankedNanos + (now - countedUpTo) / 2);
        countedUpTo = now;
    }

    /** How long background work has paused for readers' renders in all, since this was made. */
    public double pausedSeconds() {
        return pausedNanos.get() / 1e9;
    }

    /** Readers' renders in progress now. */
    public int renders() {
        return rendering.get();
    }
}
