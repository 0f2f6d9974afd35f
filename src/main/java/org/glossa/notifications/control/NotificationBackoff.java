package org.glossa.notifications.control;

import java.time.Duration;

/**
 * How long an outbound notification waits after its {@code attempts}-th failed attempt: base * 2^(attempts-1),
 * at most one hour (10 s, 20 s, 40 s ... with the default base of 10 s).
 */
public final class NotificationBackoff {

    public static final Duration LONGEST = Duration.ofHours(1);

    private NotificationBackoff() {}

    public static Duration after(int attempts, Duration base) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base must be positive, got " + base);
        }
        // Doubling past the cap is pointless, and past 62 would overflow the shift.
        Duration wait = base;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
