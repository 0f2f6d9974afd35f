package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.glossa.documents.control.LocalePublishing.SlaState;
import org.junit.jupiter.api.Test;

class LocalePublishingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration SLA = Duration.ofMinutes(5);

    @Test
    void upToDateWhenTheLastSuccessfulRunStartedAfterTheNewestPublication() {
        LocalePublishing p =
                LocalePublishing.evaluate("de", NOW.minusSeconds(600), NOW.minusSeconds(590), null, null, NOW, SLA);

        assertThat(p.lag()).isZero();
        assertThat(p.state()).isEqualTo(SlaState.OK);
        assertThat(p.cause()).isNull();
    }

    @Test
    void lagIsHowLongTheNewestPublicationHasWaitedWithinTheSla() {
        LocalePublishing p =
                LocalePublishing.evaluate("de", NOW.minusSeconds(120), NOW.minusSeconds(900), null, null, NOW, SLA);

        assertThat(p.lag()).isEqualTo(Duration.ofSeconds(120));
        assertThat(p.state()).isEqualTo(SlaState.OK);
    }

    @Test
    void breachedWhenAPublicationWaitedLongerThanTheSla() {
        LocalePublishing p =
                LocalePublishing.evaluate("ar", NOW.minusSeconds(301), NOW.minusSeconds(900), null, null, NOW, SLA);

        assertThat(p.lag()).isEqualTo(Duration.ofSeconds(301));
        assertThat(p.breached()).isTrue();
        assertThat(p.runFailed()).isFalse();
        assertThat(p.cause()).contains("301 s").contains("SLA 300 s");
    }

    @Test
    void neverGeneratedCountsFromThePublication() {
        LocalePublishing p = LocalePublishing.evaluate("ja", NOW.minusSeconds(400), null, null, null, NOW, SLA);

        assertThat(p.lag()).isEqualTo(Duration.ofSeconds(400));
        assertThat(p.breached()).isTrue();
    }

    @Test
    void aLocaleWithoutPublicationsHasNoLag() {
        LocalePublishing p = LocalePublishing.evaluate("ko", null, null, null, null, NOW, SLA);

        assertThat(p.lag()).isZero();
        assertThat(p.state()).isEqualTo(SlaState.OK);
    }

    @Test
    void aFailedRunAfterTheLastSuccessBreachesAtOnceAndNamesTheError() {
        LocalePublishing p = LocalePublishing.evaluate(
                "de",
                NOW.minusSeconds(5),
                NOW.minusSeconds(60),
                NOW.minusSeconds(4),
                "IllegalArgumentException: enclosure type must be a MIME type",
                NOW,
                SLA);

        assertThat(p.lag()).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.breached()).isTrue();
        assertThat(p.runFailed()).isTrue();
        assertThat(p.lastError()).contains("enclosure type");
        assertThat(p.cause()).startsWith("generation failed: IllegalArgumentException");
    }

    @Test
    void aSuccessAfterTheFailureRecovers() {
        LocalePublishing p = LocalePublishing.evaluate(
                "de", NOW.minusSeconds(60), NOW.minusSeconds(10), NOW.minusSeconds(30), "old error", NOW, SLA);

        assertThat(p.state()).isEqualTo(SlaState.OK);
        assertThat(p.lastError()).isNull();
        assertThat(p.runFailed()).isFalse();
    }

    @Test
    void aPublicationInTheFutureOfTheClockHasNoNegativeLag() {
        LocalePublishing p =
                LocalePublishing.evaluate("de", NOW.plusSeconds(2), NOW.minusSeconds(10), null, null, NOW, SLA);

        assertThat(p.lag()).isZero();
    }
}
