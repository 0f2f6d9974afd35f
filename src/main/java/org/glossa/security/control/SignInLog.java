package org.glossa.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes failed sign-ins and throttling to the server log: one line per event, with username, address and counts,
 * never the password.
 *
 * <ul>
 * <li>A wrong password (or an unknown username) is INFO: people mistype.</li>
 * <li>A failure that locks a pair or slows an address is WARNING: someone is guessing.</li>
 * <li>Attempts refused while throttled are not written one by one: they are counted, and the count is written
 * with the next line after a minute has passed.</li>
 * </ul>
 * A brute force must not flood the log: at most {@value #LINES_PER_MINUTE} lines per minute are written; lines
 * over that budget are counted and the count is reported in one summary line when the next minute starts.
 *
 * <p>The username is what the client sent (after NFKC and lower-casing): anything but letters, digits,
 * punctuation, symbols and the plain space is escaped as {@code \\uXXXX}, and it is cut at 64 characters, so a
 * crafted name cannot forge log lines.
 */
public final class SignInLog {

    static final int LINES_PER_MINUTE = 30;
    private static final int LONGEST_USERNAME = 64;

    private final Logger log;
    private final Clock clock;
    private Instant windowStart;
    private int linesInWindow;
    private long suppressed;
    private long refused;

    public SignInLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
        this.windowStart = clock.instant();
    }

    public void failed(String username, String address, LoginThrottle.Outcome.Rejected<?> rejected) {
        boolean throttled = !rejected.lockedFor().isZero();
        String line = (throttled ? "Sign-in throttled: " : "Failed sign-in: ") + "username '" + printable(username)
                + "' from " + address + ", " + rejected.pairFailures() + " failure(s) of this username from this"
                + " address, " + rejected.addressFailures() + " from this address"
                + (throttled ? "; further attempts wait " + seconds(rejected.lockedFor()) + " s" : "");
        write(throttled ? Level.WARNING : Level.INFO, line);
    }

    /** An attempt answered 429 without (or regardless of) checking its password: counted, not written. */
    public synchronized void refused() {
        rollWindow();
        refused++;
    }

    private synchronized void write(Level level, String line) {
        rollWindow();
        if (linesInWindow >= LINES_PER_MINUTE) {
            suppressed++;
            return;
        }
        linesInWindow++;
        log.log(level, line);
    }

    private void rollWindow() {
        Instant now = clock.instant();
        if (Duration.between(windowStart, now).compareTo(Duration.ofMinutes(1)) < 0) {
            return;
        }
        if (suppressed > 0 || refused > 0) {
            log.log(
                    suppressed > 0 ? Level.WARNING : Level.INFO,
                    "Sign-in since " + windowStart + ": " + refused + " attempt(s) refused while throttled (429), "
                            + suppressed + " failure line(s) not written (more than " + LINES_PER_MINUTE
                            + " a minute)");
        }
        windowStart = now;
        linesInWindow = 0;
        suppressed = 0;
        refused = 0;
    }

    static String printable(String username) {
        if (username == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int[] codePoints = username.codePoints().limit(LONGEST_USERNAME).toArray();
        for (int c : codePoints) {
            if (c == ' ' || (c != '\\' && c != '\'' && visible(c))) {
                text.appendCodePoint(c);
            } else if (c <= 0xFFFF) {
                text.append(String.format("\\u%04X", c));
            } else {
                text.append(String.format("\\U%06X", c));
            }
        }
        return username.codePointCount(0, username.length()) > LONGEST_USERNAME ? text + "..." : text.toString();
    }

    private static boolean visible(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
