package org.glossa.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class SupersededFiringVetoTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void aLateFiringWhoseNextSlotIsAlsoDueIsSkipped() {
        assertThat(SupersededFiringVeto.superseded(Date.from(NOW.minusSeconds(3)), NOW))
                .isTrue();
        assertThat(SupersededFiringVeto.superseded(Date.from(NOW), NOW)).isTrue();
    }

    @Test
    void theLatestDueFiringRuns() {
        assertThat(SupersededFiringVeto.superseded(Date.from(NOW.plusSeconds(2)), NOW))
                .isFalse();
    }

    @Test
    void aOneOffFiringAlwaysRuns() {
        assertThat(SupersededFiringVeto.superseded(null, NOW)).isFalse();
    }
}
