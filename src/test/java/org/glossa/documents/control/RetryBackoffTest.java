package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void doublesFromTenSecondsAndStopsAtTenMinutes() {
        assertThat(RetryBackoff.after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetryBackoff.after(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(RetryBackoff.after(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(RetryBackoff.after(6)).isEqualTo(Duration.ofSeconds(320));
        assertThat(RetryBackoff.after(7)).isEqualTo(Duration.ofMinutes(10));
        assertThat(RetryBackoff.after(8)).isEqualTo(Duration.ofMinutes(10));
        assertThat(RetryBackoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void thereIsNoBackoffBeforeAFailure() {
        assertThatThrownBy(() -> RetryBackoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
