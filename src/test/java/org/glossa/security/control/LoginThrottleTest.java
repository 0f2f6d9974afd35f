package org.glossa.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final AtomicInteger checks = new AtomicInteger();

    private LoginThrottle.Outcome<String> attempt(String username, String address, boolean rightPassword) {
        return throttle.attempt(username, address, () -> {
            checks.incrementAndGet();
            return rightPassword ? Optional.of(username) : Optional.empty();
        });
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(attempt(username, address, false)).isInstanceOf(LoginThrottle.Outcome.Rejected.class);
        }
    }

    private static Duration refusedFor(LoginThrottle.Outcome<String> outcome) {
        assertThat(outcome).isInstanceOf(LoginThrottle.Outcome.Refused.class);
        return ((LoginThrottle.Outcome.Refused<String>) outcome).retryAfter();
    }

    @Test
    void fourFailuresAreFreeAndTheFifthLocksTheUsernameForOneSecond() {
        fail("anna", "10.0.0.1", 4);
        assertThat(throttle.lockedFor("anna", "10.0.0.2")).isEmpty();
        fail("anna", "10.0.0.1", 1);
        assertThat(throttle.lockedFor("anna", "10.0.0.2")).contains(Duration.ofSeconds(1));
    }

    @Test
    void duringALockEvenTheRightPasswordIsRefusedWithoutBeingChecked() {
        fail("anna", "10.0.0.1", 5);
        checks.set(0);
        clock.advance(Duration.ofMillis(400));
        assertThat(refusedFor(attempt("anna", "10.0.0.9", true))).isEqualTo(Duration.ofMillis(600));
        assertThat(checks).hasValue(0);
        clock.advance(Duration.ofMillis(600));
        assertThat(attempt("anna", "10.0.0.9", true)).isEqualTo(new LoginThrottle.Outcome.Accepted<>("anna"));
        assertThat(checks).hasValue(1);
    }

    @Test
    void eachFurtherFailureDoublesTheLock() {
        fail("anna", "10.0.0.1", 5);
        for (long seconds : new long[] {2, 4, 8, 16}) {
            clock.advance(throttle.lockedFor("anna", "x").orElseThrow());
            fail("anna", "10.0.0." + seconds, 1);
            assertThat(throttle.lockedFor("anna", "x")).contains(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void refusedAttemptsDoNotCountAsFailures() {
        fail("anna", "10.0.0.1", 5);
        for (int i = 0; i < 10; i++) {
            refusedFor(attempt("anna", "10.0.0.1", false));
        }
        clock.advance(Duration.ofSeconds(1));
        fail("anna", "10.0.0.1", 1);
        assertThat(throttle.lockedFor("anna", "x")).contains(Duration.ofSeconds(2));
    }

    @Test
    void theLockIsCappedAtFifteenMinutes() {
        assertThat(LoginThrottle.lockAfter(4)).isZero();
        assertThat(LoginThrottle.lockAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.lockAfter(14)).isEqualTo(Duration.ofSeconds(512));
        assertThat(LoginThrottle.lockAfter(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lockAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
        fail("anna", "10.0.0.1", 5);
        for (int i = 0; i < 20; i++) {
            clock.advance(throttle.lockedFor("anna", "x").orElseThrow());
            fail("anna", "10.0.0.1", 1);
        }
        assertThat(throttle.lockedFor("anna", "x")).contains(Duration.ofMinutes(15));
    }

    @Test
    void parallelGuessesAreCheckedOneAtATimeSoOnlyFiveGetThrough() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Callable<LoginThrottle.Outcome<String>>> guesses =
                    java.util.Collections.nCopies(40, () -> attempt("owner", "10.0.0.1", false));
            pool.invokeAll(guesses);
        } finally {
            pool.shutdown();
        }
        assertThat(checks).hasValue(5);
    }

    @Test
    void aSuccessForgetsTheUsernamesFailures() {
        fail("anna", "10.0.0.1", 4);
        assertThat(attempt("anna", "10.0.0.2", true)).isInstanceOf(LoginThrottle.Outcome.Accepted.class);
        fail("anna", "10.0.0.3", 4);
        assertThat(throttle.lockedFor("anna", "10.0.0.4")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterFifteenQuietMinutes() {
        fail("anna", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(14));
        fail("anna", "10.0.0.2", 1);
        assertThat(throttle.lockedFor("anna", "x"))
                .as("4 + 1 within 15 minutes of each other")
                .isPresent();

        fail("karim", "10.0.0.3", 4);
        clock.advance(Duration.ofMinutes(15));
        fail("karim", "10.0.0.4", 1);
        assertThat(throttle.lockedFor("karim", "x")).isEmpty();
    }

    @Test
    void oneAddressGuessingManyUsernamesIsLockedByItsAddress() {
        for (int i = 0; i < 5; i++) {
            fail("user" + i, "203.0.113.7", 1);
        }
        assertThat(refusedFor(attempt("owner", "203.0.113.7", true))).isEqualTo(Duration.ofSeconds(1));
        assertThat(attempt("owner", "198.51.100.1", true)).isInstanceOf(LoginThrottle.Outcome.Accepted.class);
    }

    @Test
    void aSuccessDoesNotForgetTheAddressesFailures() {
        for (int i = 0; i < 4; i++) {
            fail("user" + i, "203.0.113.7", 1);
        }
        attempt("owner", "203.0.113.7", true);
        fail("user9", "203.0.113.7", 1);
        assertThat(throttle.lockedFor("someone", "203.0.113.7")).isPresent();
    }

    @Test
    void memoryIsBoundedByEvictingTheLeastRecentlyFailedKeys() {
        LoginThrottle small = new LoginThrottle(clock, 100);
        for (int i = 0; i < 5; i++) {
            small.attempt("victim", "10.0.0.1", Optional::<String>empty);
        }
        assertThat(small.lockedFor("victim", "x")).isPresent();
        for (int i = 0; i < 1_000; i++) {
            small.attempt("guess" + i, "10.1." + (i / 250) + "." + (i % 250), Optional::<String>empty);
        }
        assertThat(small.trackedUsernames()).isLessThanOrEqualTo(100);
        assertThat(small.trackedAddresses()).isLessThanOrEqualTo(100);
        assertThat(small.lockedFor("victim", "x"))
                .as("evicted as least recently failed")
                .isEmpty();
    }

    @Test
    void forgottenKeysAreEvictedBeforeLiveOnes() {
        LoginThrottle small = new LoginThrottle(clock, 3);
        small.attempt("old1", "a", Optional::<String>empty);
        small.attempt("old2", "a", Optional::<String>empty);
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 5; i++) {
            small.attempt("victim", "b" + i, Optional::<String>empty);
        }
        small.attempt("new1", "c", Optional::<String>empty);
        assertThat(small.trackedUsernames()).isEqualTo(2);
        assertThat(small.lockedFor("victim", "x")).isPresent();
    }
}
