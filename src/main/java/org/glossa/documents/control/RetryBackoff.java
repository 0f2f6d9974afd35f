package org.glossa.documents.control;

import java.time.Duration;

/** How long a locale whose generation failed waits before the next try: 10 s, 20 s, 40 s ... at most 10 min. */
public final class RetryBackoff {

    public static final Duration FIRST = Duration.ofSeconds(10);
    public static final Duration LONGEST = Duration.ofMinutes(10);

    private RetryBackoff() {}

    /** The wait after the {@code failures}-th consecutive failure (1 for the first). */
    public static Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, got " + failures);
        }
        // 10 s * 2^6 = 640 s is already past the cap; stop doubling before the shift could overflow.
        if (failures > 7) {
            return LONGEST;
        }
        Duration wait = FIRST.multipliedBy(1L << (failures - 1));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
