package org.glossa.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationBackoffTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @Test
    void delayDoublesFromTheBaseAfterEachFailedAttempt() {
        assertThat(NotificationBackoff.after(1, TEN_SECONDS)).isEqualTo(Duration.ofSeconds(10));
        assertThat(NotificationBackoff.after(2, TEN_SECONDS)).isEqualTo(Duration.ofSeconds(20));
        assertThat(NotificationBackoff.after(3, TEN_SECONDS)).isEqualTo(Duration.ofSeconds(40));
        assertThat(NotificationBackoff.after(9, TEN_SECONDS)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(NotificationBackoff.after(3, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void delayIsCappedAtOneHourEvenForHugeAttemptCounts() {
        assertThat(NotificationBackoff.after(10, TEN_SECONDS)).isEqualTo(Duration.ofHours(1));
        assertThat(NotificationBackoff.after(1_000, TEN_SECONDS)).isEqualTo(Duration.ofHours(1));
        assertThat(NotificationBackoff.after(Integer.MAX_VALUE, TEN_SECONDS)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void attemptsBelowOneAndNonPositiveBasesAreRejected() {
        assertThatThrownBy(() -> NotificationBackoff.after(0, TEN_SECONDS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationBackoff.after(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
