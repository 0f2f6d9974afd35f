package org.glossa.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String HOME = "198.51.100.1";

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

    /** Spreads guesses over many usernames, so only the address reaches its threshold. */
    private void sprayFromAttacker(int guesses) {
        for (int i = 0; i < guesses; i++) {
            attempt("guess" + i, ATTACKER, false);
        }
    }

    @Test
    void fourFailuresOfAPairAreFreeAndTheFifthLocksThePairForOneSecond() {
        fail("anna", ATTACKER, 4);
        assertThat(throttle.pairLockedFor("anna", ATTACKER)).isEmpty();
        LoginThrottle.Outcome<String> fifth = attempt("anna", ATTACKER, false);
        assertThat(fifth).isEqualTo(new LoginThrottle.Outcome.Rejected<String>(5, 5, Duration.ofSeconds(1)));
        assertThat(throttle.pairLockedFor("anna", ATTACKER)).contains(Duration.ofSeconds(1));
    }

    @Test
    void theOwnerLockedOutScenarioNoLongerLocksTheOwnerOutFromAnotherAddress() {
        for (int i = 0; i < 40; i++) {
            clock.advance(throttle.pairLockedFor("owner", ATTACKER).orElse(Duration.ZERO));
            attempt("owner", ATTACKER, false);
        }
        assertThat(throttle.pairLockedFor("owner", ATTACKER)).isPresent();
        checks.set(0);
        assertThat(attempt("owner", HOME, true)).isEqualTo(new LoginThrottle.Outcome.Accepted<>("owner"));
        assertThat(checks).as("checked at once, no delay").hasValue(1);
    }

    @Test
    void duringAPairLockEvenTheRightPasswordFromThatAddressIsRefusedWithoutBeingChecked() {
        fail("anna", ATTACKER, 5);
        checks.set(0);
        clock.advance(Duration.ofMillis(400));
        assertThat(refusedFor(attempt("anna", ATTACKER, true))).isEqualTo(Duration.ofMillis(600));
        assertThat(checks).hasValue(0);
        clock.advance(Duration.ofMillis(600));
        assertThat(attempt("anna", ATTACKER, true)).isEqualTo(new LoginThrottle.Outcome.Accepted<>("anna"));
    }

    @Test
    void eachFurtherFailureOfAPairDoublesItsLock() {
        fail("anna", ATTACKER, 5);
        for (long seconds : new long[] {2, 4, 8, 16}) {
            clock.advance(throttle.pairLockedFor("anna", ATTACKER).orElseThrow());
            fail("anna", ATTACKER, 1);
            assertThat(throttle.pairLockedFor("anna", ATTACKER)).contains(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void refusedAttemptsDoNotCount() {
        fail("anna", ATTACKER, 5);
        for (int i = 0; i < 10; i++) {
            refusedFor(attempt("anna", ATTACKER, false));
        }
        clock.advance(Duration.ofSeconds(1));
        fail("anna", ATTACKER, 1);
        assertThat(throttle.pairLockedFor("anna", ATTACKER)).contains(Duration.ofSeconds(2));
    }

    @Test
    void locksAreCappedAtFifteenMinutes() {
        assertThat(LoginThrottle.lockAfter(4, 5)).isZero();
        assertThat(LoginThrottle.lockAfter(5, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.lockAfter(14, 5)).isEqualTo(Duration.ofSeconds(512));
        assertThat(LoginThrottle.lockAfter(15, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lockAfter(1_000, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lockAfter(30, 30)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void parallelGuessesOnOnePairAreCheckedOneAtATimeSoOnlyFiveGetThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<LoginThrottle.Outcome<String>>> guesses =
                    Collections.nCopies(40, () -> attempt("owner", ATTACKER, false));
            pool.invokeAll(guesses);
        } finally {
            pool.shutdown();
        }
        assertThat(checks).hasValue(5);
    }

    @Test
    void aSuccessForgetsThePairsFailuresButNotTheAddresses() {
        fail("anna", ATTACKER, 4);
        assertThat(attempt("anna", ATTACKER, true)).isInstanceOf(LoginThrottle.Outcome.Accepted.class);
        LoginThrottle.Outcome<String> next = attempt("anna", ATTACKER, false);
        assertThat(next).isEqualTo(new LoginThrottle.Outcome.Rejected<String>(1, 5, Duration.ZERO));
    }

    @Test
    void failuresAreForgottenAfterFifteenQuietMinutes() {
        fail("anna", ATTACKER, 4);
        clock.advance(Duration.ofMinutes(14));
        fail("anna", ATTACKER, 1);
        assertThat(throttle.pairLockedFor("anna", ATTACKER))
                .as("4 + 1 within 15 minutes")
                .isPresent();

        fail("karim", HOME, 4);
        clock.advance(Duration.ofMinutes(15));
        fail("karim", HOME, 1);
        assertThat(throttle.pairLockedFor("karim", HOME)).isEmpty();
    }

    @Test
    void anAddressSprayingUsernamesIsSlowedFromItsThirtiethFailure() {
        sprayFromAttacker(29);
        assertThat(throttle.addressSlowedFor(ATTACKER)).isEmpty();
        LoginThrottle.Outcome<String> thirtieth = attempt("guess-30", ATTACKER, false);
        assertThat(thirtieth).isEqualTo(new LoginThrottle.Outcome.Rejected<String>(1, 30, Duration.ofSeconds(1)));
        assertThat(throttle.addressSlowedFor(ATTACKER)).contains(Duration.ofSeconds(1));
    }

    @Test
    void aSlowedAddressRefusesUnknownPairsWithoutCheckingAndTheAnswerTellsNothing() {
        sprayFromAttacker(30);
        checks.set(0);
        Duration wrong = refusedFor(attempt("guess-next", ATTACKER, false));
        Duration right = refusedFor(attempt("colleague", ATTACKER, true));
        Duration noSuchUser = refusedFor(attempt("nobody-at-all", ATTACKER, false));
        assertThat(checks).as("nothing checked").hasValue(0);
        assertThat(List.of(wrong, right, noSuchUser)).containsOnly(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt("colleague", ATTACKER, true)).isInstanceOf(LoginThrottle.Outcome.Accepted.class);
    }

    @Test
    void aSlowedAddressStillLetsInTheRightPasswordOfSomeoneWhoSignedInFromThere() {
        assertThat(attempt("colleague", ATTACKER, true)).isInstanceOf(LoginThrottle.Outcome.Accepted.class);
        sprayFromAttacker(35);
        Duration slowed = throttle.addressSlowedFor(ATTACKER).orElseThrow();
        checks.set(0);
        assertThat(attempt("colleague", ATTACKER, true)).isEqualTo(new LoginThrottle.Outcome.Accepted<>("colleague"));
        assertThat(checks).hasValue(1);

        assertThat(refusedFor(attempt("colleague", ATTACKER, false)))
                .as("a wrong password of a known pair looks exactly like a refusal")
                .isEqualTo(slowed);
        assertThat(throttle.addressSlowedFor(ATTACKER))
                .as("and does not extend the address's wait")
                .contains(slowed);
    }

    @Test
    void guessingAKnownPairFromASlowedAddressIsStillLimitedByThePairLock() {
        attempt("colleague", ATTACKER, true);
        sprayFromAttacker(40);
        checks.set(0);
        for (int i = 0; i < 20; i++) {
            attempt("colleague", ATTACKER, false);
        }
        assertThat(checks).as("five checked, then the pair is locked").hasValue(5);
    }

    @Test
    void aSlowedAddressDoesNotSlowAnyoneElsewhere() {
        sprayFromAttacker(40);
        fail("guess0", HOME, 1);
        assertThat(attempt("guess1", HOME, true)).isInstanceOf(LoginThrottle.Outcome.Accepted.class);
    }

    @Test
    void memoryIsBoundedByEvictingTheLeastRecentlyUsedKeys() {
        LoginThrottle small = new LoginThrottle(clock, 100);
        for (int i = 0; i < 5; i++) {
            small.attempt("victim", "10.0.0.1", Optional::<String>empty);
        }
        assertThat(small.pairLockedFor("victim", "10.0.0.1")).isPresent();
        for (int i = 0; i < 1_000; i++) {
            String address = "10.1." + (i / 250) + "." + (i % 250);
            small.attempt("guess" + i, address, Optional::<String>empty);
            small.attempt("user" + i, address, () -> Optional.of("in"));
        }
        assertThat(small.trackedPairs()).isLessThanOrEqualTo(100);
        assertThat(small.trackedAddresses()).isLessThanOrEqualTo(100);
        assertThat(small.knownPairs()).isLessThanOrEqualTo(100);
        assertThat(small.pairLockedFor("victim", "10.0.0.1"))
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
            small.attempt("victim", "b", Optional::<String>empty);
        }
        small.attempt("new1", "c", Optional::<String>empty);
        assertThat(small.trackedPairs()).isEqualTo(2);
        assertThat(small.pairLockedFor("victim", "b")).isPresent();
    }
}
