package org.glossa.domains.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SharedCachePolicyTest {

    @Test
    void byDefaultACopyIsFreshAMinuteRevalidatedInTheBackgroundFiveMinutesAndServedThroughErrorsADay() {
        assertThat(SharedCachePolicy.DEFAULT.documents())
                .isEqualTo("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
    }

    @Test
    void aZeroStaleWindowLeavesItsDirectiveOut() {
        SharedCachePolicy strict = new SharedCachePolicy(Duration.ofSeconds(10), Duration.ZERO, Duration.ZERO);
        assertThat(strict.documents()).isEqualTo("public, max-age=10");
        assertThat(new SharedCachePolicy(Duration.ZERO, Duration.ZERO, Duration.ofHours(1)).documents())
                .isEqualTo("public, max-age=0, stale-if-error=3600");
    }

    @Test
    void imagesAreImmutableWhateverThePolicy() {
        assertThat(new SharedCachePolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO).immutable())
                .isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void aNegativeOrMoreThanAYearWindowIsRefusedNamingItsDirective() {
        assertThatThrownBy(() -> new SharedCachePolicy(Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("max-age");
        assertThatThrownBy(() -> new SharedCachePolicy(Duration.ZERO, Duration.ofDays(366), Duration.ZERO))
                .hasMessageContaining("stale-while-revalidate");
        assertThatThrownBy(() -> new SharedCachePolicy(Duration.ZERO, Duration.ZERO, null))
                .hasMessageContaining("stale-if-error");
    }
}
