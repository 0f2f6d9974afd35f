package org.glossa.site.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ahead"));

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void aFreeExecutorReadsOnItsOwnThreadAndTheCallerGetsWhatItRead() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        ReadAhead<String> ahead = ReadAhead.start(
                () -> {
                    read.countDown();
                    return Thread.currentThread().getName();
                },
                thread);

        assertThat(read.await(5, TimeUnit.SECONDS))
                .as("read before anyone asked")
                .isTrue();
        assertThat(ahead.get()).isEqualTo("ahead");
    }

    /** The executor's only thread runs the caller itself: waiting for a queued read would never end. */
    @Test
    void aReadTheExecutorHasNotStartedIsReadByTheCallerAndOnlyOnce() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        List<String> readOn = new ArrayList<>();

        String got = thread.submit(() -> {
                    ReadAhead<String> ahead = ReadAhead.start(
                            () -> {
                                reads.incrementAndGet();
                                readOn.add(Thread.currentThread().getName());
                                return "content";
                            },
                            thread);
                    return ahead.get() + " " + ahead.get();
                })
                .get(5, TimeUnit.SECONDS);
        thread.submit(() -> {}).get(5, TimeUnit.SECONDS); // the queued task has run by now

        assertThat(got).isEqualTo("content content");
        assertThat(reads).as("the queued task found it read").hasValue(1);
        assertThat(readOn).containsExactly("ahead");
    }

    @Test
    void withoutAnExecutorOrWhenItRefusesTheFirstCallerReads() {
        ReadAhead<String> none = ReadAhead.start(() -> Thread.currentThread().getName(), null);
        ReadAhead<String> refused = ReadAhead.start(() -> Thread.currentThread().getName(), task -> {
            throw new RejectedExecutionException("shut down");
        });

        assertThat(none.started()).isFalse();
        assertThat(none.get()).isEqualTo(Thread.currentThread().getName());
        assertThat(refused.get()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void whatTheReadThrewIsThrownToEveryCallerAndTheReadIsNotTriedAgain() {
        AtomicInteger reads = new AtomicInteger();
        IllegalStateException down = new IllegalStateException("database down");
        ReadAhead<String> ahead = ReadAhead.start(
                () -> {
                    reads.incrementAndGet();
                    throw down;
                },
                Runnable::run);

        assertThatThrownBy(ahead::get).isSameAs(down);
        assertThatThrownBy(ahead::get).isSameAs(down);
        assertThat(reads).hasValue(1);
    }
}
