package org.glossa.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadersFirstTest {

    @Test
    void withNoRenderInProgressBackgroundWorkDoesNotWait() {
        ReadersFirst readers = new ReadersFirst(60_000);
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                readers.pause();
            }
        });
        worker.start();
        assertThat(joined(worker, 30))
                .as("100,000 pauses with no render: none waits")
                .isTrue();
    }

    @Test
    void backgroundWorkWaitsForTheRenderInProgressToEnd() throws Exception {
        ReadersFirst readers = new ReadersFirst(60_000);
        AtomicBoolean ended = new AtomicBoolean();
        ReadersFirst.Render render = readers.rendering();
        CompletableFuture<Boolean> sawTheEnd = CompletableFuture.supplyAsync(() -> {
            readers.pause();
            return ended.get();
        });
        Thread.sleep(300);
        assertThat(sawTheEnd).as("still paused while the render goes on").isNotDone();
        ended.set(true);
        render.close();
        assertThat(sawTheEnd.get(30, TimeUnit.SECONDS))
                .as("resumed after the render ended")
                .isTrue();
        assertThat(readers.renders()).isZero();
        assertThat(readers.pausedSeconds()).isGreaterThan(0.2);
    }

    @Test
    void backgroundWorkWaitsForEveryRenderInProgress() throws Exception {
        ReadersFirst readers = new ReadersFirst(60_000);
        ReadersFirst.Render first = readers.rendering();
        ReadersFirst.Render second = readers.rendering();
        CompletableFuture<Void> paused = CompletableFuture.runAsync(readers::pause);
        first.close();
        Thread.sleep(300);
        assertThat(paused).as("one render still in progress").isNotDone();
        second.close();
        paused.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aRenderThatNeverEndsHoldsBackgroundWorkForTheBudgetOnly() throws Exception {
        ReadersFirst readers = new ReadersFirst(50);
        readers.rendering(); // never closed
        CompletableFuture<Void> paused = CompletableFuture.runAsync(readers::pause);
        paused.get(30, TimeUnit.SECONDS);
    }

    @Test
    void underAStreamOfRendersBackgroundWorkStillRunsAboutHalfTheTime() {
        ReadersFirst readers = new ReadersFirst(50);
        readers.rendering(); // a render always in progress
        long start = System.nanoTime();
        long paused = 0;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2)) {
            long before = System.nanoTime();
            readers.pause();
            paused += System.nanoTime() - before;
            busyFor(TimeUnit.MILLISECONDS.toNanos(1)); // a step of background work
        }
        double share = (double) paused / (System.nanoTime() - start);
        // Half at most in the long run, plus the budget banked at the start (50 ms of 2 s) and a late wake-up or two.
        assertThat(share).as("share of the time paused").isLessThan(0.75).isGreaterThan(0.25);
    }

    @Test
    void itRefusesANonPositiveBudget() {
        assertThatThrownBy(() -> new ReadersFirst(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void busyFor(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static boolean joined(Thread thread, int seconds) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
