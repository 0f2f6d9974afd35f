package org.glossa.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Slows down password guessing, per username and per client address.
 *
 * <p>Failures count while they keep coming: a key (a username, or an address) is forgotten 15 minutes after
 * its last failure or the end of its last lock, whichever is later. From the 5th counted failure on, every
 * failure locks the key for 1 s, 2 s, 4 s ... up to 15 minutes. While either key of an attempt is locked,
 * the attempt is refused <em>without checking the password</em>, so a guesser learns nothing from it, and
 * refusals do not count. A success forgets the username's failures (not the address's: one person's success
 * says nothing about other guesses from that address).
 *
 * <p>Attempts on one username, and from one address, are checked one at a time (striped locks), so a burst
 * of parallel guesses cannot all slip in before the first failures are counted.
 *
 * <p>Memory is bounded: each map keeps at most {@code capacity} keys, dropping forgotten keys first and then
 * the least recently failed ones. An attacker with more addresses than that can push a lock out early; the
 * cap keeps such a flood from exhausting the heap, which matters more. State is per JVM: in a cluster each
 * node throttles on its own, so N nodes allow N times the attempts.
 */
public final class LoginThrottle {

    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration FIRST_LOCK = Duration.ofSeconds(1);
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    public static final Duration MEMORY = Duration.ofMinutes(15);
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final int STRIPES = 64;

    /** What became of an attempt. */
    public sealed interface Outcome<T> {
        /** The password was right; {@code value} is what the check produced. */
        record Accepted<T>(T value) implements Outcome<T> {}

        /** The password was checked and was wrong (or there is no such account). */
        record Rejected<T>() implements Outcome<T> {}

        /** Not checked at all: the username or the address is locked for {@code retryAfter} more. */
        record Refused<T>(Duration retryAfter) implements Outcome<T> {}
    }

    private final Clock clock;
    private final Failures byUsername;
    private final Failures byAddress;
    private final ReentrantLock[] usernameStripes = stripes();
    private final ReentrantLock[] addressStripes = stripes();

    public LoginThrottle(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    public LoginThrottle(Clock clock, int capacity) {
        this.clock = clock;
        this.byUsername = new Failures(capacity);
        this.byAddress = new Failures(capacity);
    }

    /**
     * Runs {@code check} unless the username or address is locked. The check returns the signed-in value, or
     * empty for a wrong password.
     */
    public <T> Outcome<T> attempt(String username, String address, Supplier<Optional<T>> check) {
        ReentrantLock usernameLock = stripe(usernameStripes, username);
        ReentrantLock addressLock = stripe(addressStripes, address);
        usernameLock.lock();
        addressLock.lock();
        try {
            Optional<Duration> wait = lockedFor(username, address);
            if (wait.isPresent()) {
                return new Outcome.Refused<>(wait.get());
            }
            Optional<T> result = check.get();
            Instant now = clock.instant();
            if (result.isPresent()) {
                byUsername.forget(username);
                return new Outcome.Accepted<>(result.get());
            }
            byUsername.fail(username, now);
            byAddress.fail(address, now);
            return new Outcome.Rejected<>();
        } finally {
            addressLock.unlock();
            usernameLock.unlock();
        }
    }

    /** How much longer attempts for this username or from this address are refused, if they are. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(byUsername.lockedFor(username, now), byAddress.lockedFor(address, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    int trackedUsernames() {
        return byUsername.size();
    }

    int trackedAddresses() {
        return byAddress.size();
    }

    static Duration lockAfter(int failures) {
        int over = failures - FAILURES_BEFORE_LOCK;
        if (over < 0) {
            return Duration.ZERO;
        }
        if (over >= 30) {
            return LONGEST_LOCK;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << over);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static ReentrantLock[] stripes() {
        ReentrantLock[] locks = new ReentrantLock[STRIPES];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
        return locks;
    }

    private static ReentrantLock stripe(ReentrantLock[] locks, String key) {
        return locks[Math.floorMod(String.valueOf(key).hashCode(), locks.length)];
    }

    /** One key's failures. */
    private static final class Record {
        int count;
        Instant lockedUntil;
        Instant forgottenAt;
    }

    /** Failures per key, least recently failed first. */
    private static final class Failures {

        private final int capacity;
        private final LinkedHashMap<String, Record> records = new LinkedHashMap<>(16, 0.75f, true);

        Failures(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be positive");
            }
            this.capacity = capacity;
        }

        synchronized Duration lockedFor(String key, Instant now) {
            Record record = records.get(key);
            if (record == null || record.lockedUntil == null || !record.lockedUntil.isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(now, record.lockedUntil);
        }

        synchronized void fail(String key, Instant now) {
            Record record = records.get(key);
            if (record == null || !record.forgottenAt.isAfter(now)) {
                record = new Record();
                records.put(key, record);
            }
            record.count++;
            Duration lock = lockAfter(record.count);
            record.lockedUntil = lock.isZero() ? null : now.plus(lock);
            record.forgottenAt = (record.lockedUntil == null ? now : record.lockedUntil).plus(MEMORY);
            evict(now);
        }

        synchronized void forget(String key) {
            records.remove(key);
        }

        synchronized int size() {
            return records.size();
        }

        /** Oldest first: drops forgotten records, and the least recently failed while over capacity. */
        private void evict(Instant now) {
            if (records.size() <= capacity) {
                return;
            }
            Iterator<Map.Entry<String, Record>> eldestFirst = records.entrySet().iterator();
            while (eldestFirst.hasNext()) {
                Record record = eldestFirst.next().getValue();
                boolean forgotten = !record.forgottenAt.isAfter(now);
                if (!forgotten && records.size() <= capacity) {
                    return;
                }
                eldestFirst.remove();
            }
        }
    }
}
