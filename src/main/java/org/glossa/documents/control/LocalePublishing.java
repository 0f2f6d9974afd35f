package org.glossa.documents.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether one locale's sitemaps and feed keep up with its publications: the pure computation behind the
 * publishing monitor, health check, metric and status endpoint.
 *
 * @param locale                     BCP 47 tag
 * @param lastPublicationAt          newest publication or withdrawal in the locale, or {@code null} when none
 * @param lastSuccessfulGenerationAt start of the newest run that regenerated the locale, or {@code null}
 * @param lastFailureAt              start of the newest failed run, or {@code null}
 * @param lastError                  why the newest run failed, {@code null} once a run succeeded after it
 * @param lag                        how long the newest publication has waited for documents; zero when they are up to date
 * @param state                      OK or BREACHED
 * @param cause                      why it is breached, {@code null} when OK
 */
public record LocalePublishing(
        String locale,
        Instant lastPublicationAt,
        Instant lastSuccessfulGenerationAt,
        Instant lastFailureAt,
        String lastError,
        Duration lag,
        SlaState state,
        String cause) {

    public enum SlaState {
        OK,
        BREACHED
    }

    public LocalePublishing {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(lag, "lag");
        Objects.requireNonNull(state, "state");
    }

    /**
     * Evaluates one locale at {@code now}: the lag is the time since the newest publication while the last successful
     * generation started before it; the SLA is breached when that lag exceeds {@code sla}, or when the newest run
     * failed (a failure after the last success).
     */
    public static LocalePublishing evaluate(
            String locale,
            Instant lastPublicationAt,
            Instant lastSuccessAt,
            Instant lastFailureAt,
            String lastError,
            Instant now,
            Duration sla) {
        Duration lag = Duration.ZERO;
        if (lastPublicationAt != null && (lastSuccessAt == null || lastSuccessAt.isBefore(lastPublicationAt))) {
            lag = Duration.between(lastPublicationAt, now);
            if (lag.isNegative()) {
                lag = Duration.ZERO;
            }
        }
        boolean failing = lastFailureAt != null && (lastSuccessAt == null || lastFailureAt.isAfter(lastSuccessAt));
        String error = failing ? lastError : null;
        String cause = null;
        if (failing) {
            cause = "generation failed: " + (error == null ? "unknown error" : error);
        } else if (lag.compareTo(sla) > 0) {
            cause = "a publication has waited " + lag.toSeconds() + " s for its sitemap and feed (SLA "
                    + sla.toSeconds() + " s)";
        }
        return new LocalePublishing(
                locale,
                lastPublicationAt,
                lastSuccessAt,
                lastFailureAt,
                error,
                lag,
                cause == null ? SlaState.OK : SlaState.BREACHED,
                cause);
    }

    public boolean breached() {
        return state == SlaState.BREACHED;
    }

    /** Whether the breach comes from a failed run rather than from waiting too long. */
    public boolean runFailed() {
        return lastError != null
                || (breached()
                        && lastFailureAt != null
                        && (lastSuccessfulGenerationAt == null || lastFailureAt.isAfter(lastSuccessfulGenerationAt)));
    }
}
