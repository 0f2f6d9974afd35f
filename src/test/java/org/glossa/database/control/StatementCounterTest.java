package org.glossa.database.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class StatementCounterTest {

    /** A physical connection that creates no real statements. */
    private static Connection physical() {
        return (Connection) Proxy.newProxyInstance(
                StatementCounterTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> null);
    }

    @Test
    void statementsOfTheApplicationAreCountedButNotThoseOfInfrastructureOnAnUncountedConnection() throws Exception {
        Connection pooled = StatementCounter.counting(physical());
        long before = StatementCounter.total();
        pooled.prepareStatement("SELECT 1");
        pooled.createStatement();
        assertThat(StatementCounter.total() - before).isEqualTo(2);

        Connection scheduler = StatementCounter.uncounted(pooled);
        scheduler.prepareStatement("SELECT 1 FROM qrtz_locks FOR UPDATE");
        scheduler.commit();
        assertThat(StatementCounter.total() - before).isEqualTo(2);

        pooled.prepareStatement("SELECT 2");
        assertThat(StatementCounter.total() - before)
                .as("counting resumes on the same thread")
                .isEqualTo(3);
    }
}
