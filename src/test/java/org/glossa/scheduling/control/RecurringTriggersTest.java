package org.glossa.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.TriggerKey;

class RecurringTriggersTest {

    private static final JobKey JOB = new JobKey("org.glossa.editorial.boundary.PublishDueJob", "glossa");

    @Test
    void theSameScheduleAlwaysHasTheSameKeySoEveryNodeFindsTheStoredTrigger() {
        TriggerKey key = RecurringTriggers.key(JOB, "every PT5S, misfire RUN_ONCE_NOW");
        assertThat(RecurringTriggers.key(JOB, "every PT5S, misfire RUN_ONCE_NOW"))
                .isEqualTo(key);
        assertThat(key.getGroup()).isEqualTo(RecurringTriggers.GROUP);
        assertThat(key.getName()).startsWith(JOB.getName() + "#").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void aChangedScheduleIsANewTriggerNotAReplacement() {
        assertThat(RecurringTriggers.key(JOB, "every PT5S, misfire RUN_ONCE_NOW"))
                .isNotEqualTo(RecurringTriggers.key(JOB, "every PT10S, misfire RUN_ONCE_NOW"))
                .isNotEqualTo(RecurringTriggers.key(JOB, "every PT5S, misfire SKIP"));
    }
}
