package org.glossa.site.control;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A read handed to an executor at once, run by whichever comes first: the executor's thread, or the first caller of
 * {@link #get}. A caller never waits for a read that has not started, so a pool whose threads are all busy (perhaps
 * with the very run that asks: a managed executor with core threads configured queues what they cannot take) makes
 * the read happen on the caller's thread instead of a deadlock. Runs the read once; every {@link #get} returns its
 * result or throws what it threw.
 */
public final class ReadAhead<T> implements Supplier<T> {

    private final Supplier<? extends T> read;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<T> outcome = new CompletableFuture<>();

    private ReadAhead(Supplier<? extends T> read) {
        this.read = Objects.requireNonNull(read, "read");
    }

    /** {@code read}, handed to {@code executor} now (a null or refusing executor: run by the first {@link #get}). */
    public static <T> ReadAhead<T> start(Supplier<? extends T> read, Executor executor) {
        ReadAhead<T> ahead = new ReadAhead<>(read);
        if (executor != null) {
            try {
                executor.execute(ahead::runOnce);
            } catch (RejectedExecutionException e) {
                // read by the first get()
            }
        }
        return ahead;
    }

    private void runOnce() {
        if (started.compareAndSet(false, true)) {
            try {
                outcome.complete(read.get());
            } catch (RuntimeException | Error e) {
                outcome.completeExceptionally(e);
            }
        }
    }

    /** Whether the read has started, on either thread. */
    public boolean started() {
        return started.get();
    }

    /** The read's result, read here if the executor has not started it; waits for it if the executor has. */
    @Override
    public T get() {
        runOnce();
        try {
            return outcome.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
