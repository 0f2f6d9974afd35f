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
 * Slows down password guessing without letting anyone lock someone else out.
 *
 * <p><b>Per (username, address) pair.</b> Failures count per pair while they keep coming: the 5th failure of a
 * pair locks it for 1 s, each further one doubles that, up to 15 minutes; a pair is forgotten 15 minutes after
 * its last failure or the end of its last lock. While a pair is locked its attempts are refused (429) <em>without
 * checking the password</em>, so a guesser learns nothing from them, and refusals do not count. A success forgets
 * the pair's failures. Guesses from one address never slow the same username from another address: the owner
 * signs in from home while someone hammers {@code owner} from elsewhere.
 *
 * <p><b>Per address, failures only.</b> An address also counts its failures across all usernames (IPv6 addresses
 * by /64, see {@link ClientAddress}). From its 30th failure on it is slowed the same way (1 s, doubling, at most 15
 * minutes). While it is slowed:
 * <ul>
 * <li>a username that has <em>signed in successfully from this address</em> within the last 30 days (a known
 * pair) is still checked: the right password gets in at once, a wrong one answers exactly like a refusal (429
 * with the address's wait) and counts for its pair, whose own lock keeps guessing on that username slow;</li>
 * <li>every other username, whether or not it exists, is refused without checking.</li>
 * </ul>
 * So colleagues behind one NAT or proxy keep signing in while a guesser among them sprays usernames, and the
 * guesser sees the same 429 and the same {@code Retry-After} whether the password was wrong, right (for an
 * unknown pair), never checked, or the username does not exist: refused attempts teach nothing. A failure
 * checked during the slow-down does not extend the address's wait, for the same reason. Accepted leak: a guesser
 * who shares the address can tell, after five more guesses, that a username has signed in from that address
 * (its pair then locks longer than the address). The price: a colleague who has never signed in from the address
 * before waits out the address's slow-down.
 *
 * <p><b>The right password's delay.</b> From an address with fewer than 30 recent failures, and a pair that is not
 * locked, the password is checked at once: no delay at all. The pair lock is the only thing the victim's own
 * mistakes can bring on themselves, and it starts at 1 s.
 *
 * <p>Attempts of one pair are checked one at a time (striped locks), so a burst of parallel guesses cannot slip in
 * before the first failures are counted. Different pairs from one address run in parallel (one user's slow hash
 * check never queues another's), so a parallel burst across usernames can overshoot the address's threshold by at
 * most the number of requests in flight.
 *
 * <p>Memory is bounded: each of the three maps keeps at most {@code capacity} keys, dropping forgotten keys first
 * and then the least recently used ones. An attacker with more addresses than that can push a lock out early; the
 * cap keeps such a flood from exhausting the heap, which matters more. State is per JVM: in a cluster each node
 * throttles on its own, so N nodes allow N times the attempts.
 */
public final class LoginThrottle {

    public static final int PAIR_FAILURES_BEFORE_LOCK = 5;
    public static final int ADDRESS_FAILURES_BEFORE_LOCK = 30;
    public static final Duration FIRST_LOCK = Duration.ofSeconds(1);
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    public static final Duration MEMORY = Duration.ofMinutes(15);
    public static final Duration KNOWN_PAIR_MEMORY = Duration.ofDays(30);
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final int STRIPES = 64;

    /** What became of an attempt. */
    public sealed interface Outcome<T> {
        /** The password was right; {@code value} is what the check produced. */
        record Accepted<T>(T value) implements Outcome<T> {}

        /**
         * The password was checked and was wrong (or there is no such account).
         *
         * @param pairFailures    recent failures of this username from this address, this one included
         * @param addressFailures recent failures from this address for any username, this one included
         * @param lockedFor       how long this failure locks the pair or the address (zero if it does not)
         */
        record Rejected<T>(int pairFailures, int addressFailures, Duration lockedFor) implements Outcome<T> {}

        /** Not accepted, and the answer is 429: retry after {@code retryAfter} at the earliest. */
        record Refused<T>(Duration retryAfter) implements Outcome<T> {}
    }

    private final Clock clock;
    private final Failures byPair;
    private final Failures byAddress;
    private final KnownPairs knownPairs;
    private final ReentrantLock[] pairStripes = stripes();

    public LoginThrottle(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    public LoginThrottle(Clock clock, int capacity) {
        this.clock = clock;
        this.byPair = new Failures(capacity, PAIR_FAILURES_BEFORE_LOCK);
        this.byAddress = new Failures(capacity, ADDRESS_FAILURES_BEFORE_LOCK);
        this.knownPairs = new KnownPairs(capacity);
    }

    /**
     * Runs {@code check} unless the pair is locked, or the address is slowed and the pair is not known. The check
     * returns the signed-in value, or empty for a wrong password.
     */
    public <T> Outcome<T> attempt(String username, String address, Supplier<Optional<T>> check) {
        String pair = pair(username, address);
        ReentrantLock pairLock = pairStripes[Math.floorMod(pair.hashCode(), STRIPES)];
        pairLock.lock();
        try {
            Instant now = clock.instant();
            Duration pairWait = byPair.lockedFor(pair, now);
            if (!pairWait.isZero()) {
                return new Outcome.Refused<>(pairWait);
            }
            Duration addressWait = byAddress.lockedFor(address, now);
            boolean addressSlowed = !addressWait.isZero();
            if (addressSlowed && !knownPairs.contains(pair, now)) {
                return new Outcome.Refused<>(addressWait);
            }
            Optional<T> result = check.get();
            now = clock.instant();
            if (result.isPresent()) {
                byPair.forget(pair);
                knownPairs.remember(pair, now);
                return new Outcome.Accepted<>(result.get());
            }
            Failures.Counted pairFailure = byPair.fail(pair, now);
            if (addressSlowed) {
                return new Outcome.Refused<>(max(addressWait, pairFailure.lock()));
            }
            Failures.Counted addressFailure = byAddress.fail(address, now);
            return new Outcome.Rejected<>(
                    pairFailure.count(), addressFailure.count(), max(pairFailure.lock(), addressFailure.lock()));
        } finally {
            pairLock.unlock();
        }
    }

    /** How much longer this pair is refused outright, if it is (an address's slow-down is not included). */
    public Optional<Duration> pairLockedFor(String username, String address) {
        Duration wait = byPair.lockedFor(pair(username, address), clock.instant());
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** How much longer this address is slowed (failures and unknown pairs refused), if it is. */
    public Optional<Duration> addressSlowedFor(String address) {
        Duration wait = byAddress.lockedFor(address, clock.instant());
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    int trackedPairs() {
        return byPair.size();
    }

    int trackedAddresses() {
        return byAddress.size();
    }

    int knownPairs() {
        return knownPairs.size();
    }

    /** The lock after the {@code failures}-th failure when {@code free} failures go unpunished. */
    static Duration lockAfter(int failures, int free) {
        int over = failures - free;
        if (over < 0) {
            return Duration.ZERO;
        }
        if (over >= 30) {
            return LONGEST_LOCK;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << over);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** NUL cannot occur in a canonical username that reaches here, nor in an address, so pairs cannot collide. */
    private static String pair(String username, String address) {
        return username + '\u0000' + address;
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

    /** One key's failures. */
    private static final class Record {
        int count;
        Instant lockedUntil;
        Instant forgottenAt;
    }

    /** Failures per key, least recently failed first. */
    private static final class Failures {

        record Counted(int count, Duration lock) {}

        private final int capacity;
        private final int free;
        private final LinkedHashMap<String, Record> records = new LinkedHashMap<>(16, 0.75f, true);

        Failures(int capacity, int free) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be positive");
            }
            this.capacity = capacity;
            this.free = free;
        }

        synchronized Duration lockedFor(String key, Instant now) {
            Record record = records.get(key);
            if (record == null || record.lockedUntil == null || !record.lockedUntil.isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(now, record.lockedUntil);
        }

        synchronized Counted fail(String key, Instant now) {
            Record record = records.get(key);
            if (record == null || !record.forgottenAt.isAfter(now)) {
                record = new Record();
                records.put(key, record);
            }
            record.count++;
            Duration lock = lockAfter(record.count, free);
            record.lockedUntil = lock.isZero() ? null : now.plus(lock);
            record.forgottenAt = (record.lockedUntil == null ? now : record.lockedUntil).plus(MEMORY);
            evict(now);
            return new Counted(record.count, lock);
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

    /** Pairs that signed in successfully recently, least recently successful first. */
    private static final class KnownPairs {

        private final int capacity;
        private final LinkedHashMap<String, Instant> lastSuccess = new LinkedHashMap<>(16, 0.75f, false);

        KnownPairs(int capacity) {
            this.capacity = capacity;
        }

        synchronized boolean contains(String pair, Instant now) {
            Instant at = lastSuccess.get(pair);
            return at != null && at.plus(KNOWN_PAIR_MEMORY).isAfter(now);
        }

        synchronized void remember(String pair, Instant now) {
            lastSuccess.remove(pair);
            lastSuccess.put(pair, now);
            Iterator<Instant> eldestFirst = lastSuccess.values().iterator();
            while (lastSuccess.size() > capacity && eldestFirst.hasNext()) {
                eldestFirst.next();
                eldestFirst.remove();
            }
        }

        synchronized int size() {
            return lastSuccess.size();
        }
    }
}
