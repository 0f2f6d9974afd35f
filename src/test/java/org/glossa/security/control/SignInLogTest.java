package org.glossa.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SignInLogTest {

    private final MutableClock clock = new MutableClock();
    private final List<LogRecord> records = new ArrayList<>();
    private final Logger logger = Logger.getAnonymousLogger();
    private final SignInLog log;

    SignInLogTest() {
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        log = new SignInLog(logger, clock);
    }

    private static LoginThrottle.Outcome.Rejected<String> rejected(int pair, int address, long lockSeconds) {
        return new LoginThrottle.Outcome.Rejected<>(pair, address, Duration.ofSeconds(lockSeconds));
    }

    @Test
    void aFailureIsOneInfoLineWithUsernameAddressAndCounts() {
        log.failed("anna", "203.0.113.7", rejected(2, 3, 0));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(record.getMessage())
                    .contains("'anna'", "203.0.113.7", "2 failure(s)", "3 from this address")
                    .doesNotContain("throttled");
        });
    }

    @Test
    void aFailureThatLocksIsAWarning() {
        log.failed("owner", "203.0.113.7", rejected(5, 5, 1));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).startsWith("Sign-in throttled").contains("wait 1 s");
        });
    }

    @Test
    void aBruteForceWritesABoundedNumberOfLinesAndThenASummary() {
        for (int i = 0; i < 1_000; i++) {
            log.failed("owner", "203.0.113.7", rejected(i, i, 0));
            log.refused();
        }
        assertThat(records).hasSize(SignInLog.LINES_PER_MINUTE);
        clock.advance(Duration.ofMinutes(1));
        log.refused();
        assertThat(records).hasSize(SignInLog.LINES_PER_MINUTE + 1);
        assertThat(records.get(records.size() - 1).getMessage())
                .contains("1000 attempt(s) refused", (1_000 - SignInLog.LINES_PER_MINUTE) + " failure line(s) not");
    }

    @Test
    void aCraftedUsernameCannotForgeLogLines() {
        assertThat(SignInLog.printable("eve\nINFO: owner signed in")).isEqualTo("eve\\u000AINFO: owner signed in");
        assertThat(SignInLog.printable("a'b\\c\u202Ed")).isEqualTo("a\\u0027b\\u005Cc\\u202Ed");
        assertThat(SignInLog.printable("x".repeat(100))).hasSize(67).endsWith("...");
    }
}
