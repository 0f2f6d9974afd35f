package org.glossa.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ServiceUnavailableTest {

    @Test
    void aRefusedOrLostConnectionIsRecognisedHoweverDeeplyItIsWrapped() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(ServiceUnavailable.causedBy(new EJBException(new PersistenceException(refused))))
                .isTrue();
        assertThat(ServiceUnavailable.causedBy(new IllegalStateException(new ConnectException("refused"))))
                .isTrue();
        assertThat(ServiceUnavailable.causedBy(new PersistenceException(new SQLTransientConnectionException("x"))))
                .isTrue();
        assertThat(ServiceUnavailable.causedBy(new SQLException("terminating connection", "57P01")))
                .isTrue();
        SQLException outer = new SQLException("batch failed");
        outer.setNextException(new SQLException("I/O error", "08006"));
        assertThat(ServiceUnavailable.causedBy(outer)).isTrue();
    }

    @Test
    void theContainerPoolsOwnFailuresWithoutSqlStateCountToo() {
        assertThat(ServiceUnavailable.causedBy(new SQLException(
                        "Error in allocating a connection",
                        new jakarta.resource.spi.ResourceAllocationException("no"))))
                .isTrue();
    }

    @Test
    void bugsAndBadDataAreNotOutagesWhateverTheirMessageSays() {
        assertThat(ServiceUnavailable.causedBy(new NullPointerException("connection refused")))
                .isFalse();
        assertThat(ServiceUnavailable.causedBy(
                        new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23505"))))
                .isFalse();
        assertThat(ServiceUnavailable.causedBy(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(ServiceUnavailable.causedBy(null)).isFalse();
    }

    @Test
    void theAnswerIsA503ProblemWithRetryAfter() {
        var response = ServiceUnavailable.problem();
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.type()).isEqualTo("/problems/unavailable");
        assertThat(response.detail()).doesNotContain("127.0.0.1");
    }
}
