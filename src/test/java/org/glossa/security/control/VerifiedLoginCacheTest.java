package org.glossa.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedLoginCacheTest {

    private final MutableClock clock = new MutableClock();
    private final VerifiedLoginCache cache = new VerifiedLoginCache(clock, Duration.ofMinutes(5), 3);

    @Test
    void aVerifiedLoginIsConfirmedForItsLifetimeOnly() {
        cache.remember("anna", "secret password", "hash-1");
        assertThat(cache.confirms("anna", "secret password", "hash-1")).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(cache.confirms("anna", "secret password", "hash-1")).isFalse();
    }

    @Test
    void anotherPasswordOrUsernameIsNotConfirmed() {
        cache.remember("anna", "secret password", "hash-1");
        assertThat(cache.confirms("anna", "secret passwore", "hash-1")).isFalse();
        assertThat(cache.confirms("karim", "secret password", "hash-1")).isFalse();
    }

    @Test
    void aChangedStoredHashInvalidatesTheEntry() {
        cache.remember("anna", "secret password", "hash-1");
        assertThat(cache.confirms("anna", "secret password", "hash-2")).isFalse();
        assertThat(cache.confirms("anna", "secret password", "hash-1"))
                .as("dropped, not just skipped")
                .isFalse();
    }

    @Test
    void theCacheHoldsAtMostItsCapacity() {
        for (int i = 0; i < 10; i++) {
            cache.remember("user" + i, "secret password", "hash");
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.confirms("user9", "secret password", "hash")).isTrue();
        assertThat(cache.confirms("user0", "secret password", "hash")).isFalse();
    }
}
