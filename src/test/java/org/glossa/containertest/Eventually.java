package org.glossa.containertest;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for an event a test cannot be told of: polls every 500 ms until the probe answers, or fails naming it. */
public final class Eventually {

    private Eventually() {}

    /** Polls for at most two minutes (a generation's third retry comes 70 s after its first failure). */
    public static <T> T until(String what, Supplier<T> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            Thread.sleep(500);
        }
    }
}
