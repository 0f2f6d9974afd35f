package org.glossa.scheduling.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.glossa.scheduling.boundary.Schedule.Misfire;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.TriggerKey;
import org.quartz.spi.OperableTrigger;

class ScheduleTest {

    private static final JobKey JOB = new JobKey("job", "glossa");
    private static final TriggerKey KEY = new TriggerKey("job", "recurring");

    /** A trigger as Quartz finds it after downtime: its next slot an hour in the past. */
    private static OperableTrigger missedForAnHour(Schedule schedule) {
        OperableTrigger trigger = (OperableTrigger) schedule.trigger(KEY, JOB);
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        trigger.setStartTime(Date.from(hourAgo.minus(Duration.ofDays(1))));
        trigger.computeFirstFireTime(null);
        trigger.setNextFireTime(Date.from(hourAgo));
        return trigger;
    }

    @Test
    void intervalJobRunsOnceAtOnceAfterDowntimeThenContinuesOnItsInterval() {
        OperableTrigger trigger = missedForAnHour(Schedule.every(Duration.ofSeconds(5)));
        Instant before = Instant.now();
        trigger.updateAfterMisfire(null);
        assertThat(trigger.getNextFireTime().toInstant())
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        Instant firing = trigger.getNextFireTime().toInstant();
        trigger.triggered(null);
        assertThat(trigger.getNextFireTime().toInstant()).isEqualTo(firing.plusSeconds(5));
    }

    @Test
    void intervalJobThatSkipsMisfiresWaitsForItsNextSlot() {
        OperableTrigger trigger =
                missedForAnHour(Schedule.every(Duration.ofMinutes(7)).onMisfire(Misfire.SKIP));
        trigger.updateAfterMisfire(null);
        assertThat(trigger.getNextFireTime().toInstant())
                .isAfter(Instant.now())
                .isBefore(Instant.now().plus(Duration.ofMinutes(7)).plusSeconds(1));
    }

    @Test
    void cronJobRunsOnceAtOnceAfterDowntime() {
        OperableTrigger trigger = missedForAnHour(Schedule.cron("0 0 3 * * ?", ZoneId.of("Europe/Berlin")));
        Instant before = Instant.now();
        trigger.updateAfterMisfire(null);
        assertThat(trigger.getNextFireTime().toInstant())
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        trigger.triggered(null);
        assertThat(trigger.getNextFireTime().toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(1)));
    }

    @Test
    void cronJobThatSkipsMisfiresWaitsForItsNextSlotInItsTimeZone() {
        OperableTrigger trigger = missedForAnHour(
                Schedule.cron("0 0 3 * * ?", ZoneId.of("Asia/Tokyo")).onMisfire(Misfire.SKIP));
        trigger.updateAfterMisfire(null);
        Instant next = trigger.getNextFireTime().toInstant();
        assertThat(next)
                .isAfter(Instant.now())
                .isBefore(Instant.now().plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(next.atZone(ZoneId.of("Asia/Tokyo")).getHour()).isEqualTo(3);
    }

    @Test
    void intervalJobFirstRunsOneIntervalAfterStart() {
        Instant before = Instant.now();
        Date first = Schedule.every(Duration.ofMinutes(10)).trigger(KEY, JOB).getStartTime();
        assertThat(first.toInstant())
                .isBetween(
                        before.plus(Duration.ofMinutes(10)).minusSeconds(1),
                        Instant.now().plus(Duration.ofMinutes(10)));
    }

    @Test
    void descriptionChangesWithTheIntervalOrTheMisfirePolicySoAStoredTriggerIsReplaced() {
        Schedule fiveSeconds = Schedule.every(Duration.ofSeconds(5));
        assertThat(fiveSeconds.describe())
                .isEqualTo(Schedule.every(Duration.ofSeconds(5)).describe())
                .isNotEqualTo(Schedule.every(Duration.ofSeconds(6)).describe())
                .isNotEqualTo(fiveSeconds.onMisfire(Misfire.SKIP).describe());
        assertThat(fiveSeconds.trigger(KEY, JOB).getDescription()).isEqualTo(fiveSeconds.describe());
        assertThat(Schedule.cron("0 0 3 * * ?", ZoneId.of("UTC")).describe())
                .isNotEqualTo(
                        Schedule.cron("0 0 3 * * ?", ZoneId.of("Europe/Paris")).describe());
    }

    @Test
    void aScheduleIsEitherAnIntervalOrACronExpressionAndValid() {
        assertThatThrownBy(() -> new Schedule(null, null, null, Misfire.SKIP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(Duration.ofSeconds(5), "0 0 3 * * ?", ZoneId.of("UTC"), Misfire.SKIP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.every(Duration.of(500, ChronoUnit.MILLIS)))
                .hasMessageContaining("shorter than");
        assertThatThrownBy(() -> Schedule.cron("every night", ZoneId.of("UTC")))
                .hasMessageContaining("Invalid cron expression 'every night'");
    }
}
