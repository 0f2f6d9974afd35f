package org.glossa.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ManagedThreadPoolTest {

    @Test
    void runsAtMostThreadCountJobsAtOnceAndReportsWhenAThreadIsFree() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ManagedThreadPool pool = new ManagedThreadPool(2, r -> {
            created.incrementAndGet();
            return Executors.defaultThreadFactory().newThread(r);
        });
        pool.initialize();
        assertThat(created).as("threads made up front, on the deploying thread").hasValue(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            assertThat(pool.runInThread(() -> {
                        started.countDown();
                        await(release);
                    }))
                    .isTrue();
        }
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        CountDownLatch freed = new CountDownLatch(1);
        Thread scheduler = new Thread(() -> {
            if (pool.blockForAvailableThreads() > 0) {
                freed.countDown();
            }
        });
        scheduler.start();
        assertThat(freed.await(700, TimeUnit.MILLISECONDS))
                .as("no thread free while both run")
                .isFalse();
        release.countDown();
        assertThat(freed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(created).as("threads are reused").hasValue(2);
        pool.shutdown(true);
        assertThat(pool.runInThread(() -> {})).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
