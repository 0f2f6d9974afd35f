package org.glossa.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class QuartzPropertiesTest {

    @Test
    void postgreSqlGetsItsOwnDelegateAndH2TheStandardOne() {
        assertThat(QuartzProperties.delegateFor("PostgreSQL"))
                .isEqualTo("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        assertThat(QuartzProperties.delegateFor("H2")).isEqualTo("org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    }

    @Test
    void aDatabaseWithoutTheSchedulerTablesIsRefusedByName() {
        assertThatThrownBy(() -> QuartzProperties.delegateFor("MySQL")).hasMessageContaining("MySQL");
        assertThatThrownBy(() -> QuartzProperties.delegateFor(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyNodeJoinsOneClusteredJdbcStoreUnderTheSameName() {
        Properties p = QuartzProperties.clustered("PostgreSQL");
        assertThat(p.getProperty("org.quartz.scheduler.instanceName")).isEqualTo("glossa");
        assertThat(p.getProperty("org.quartz.scheduler.instanceId")).isEqualTo("AUTO");
        assertThat(p.getProperty("org.quartz.scheduler.skipUpdateCheck")).isEqualTo("true");
        assertThat(p.getProperty("org.quartz.jobStore.class")).isEqualTo("org.quartz.impl.jdbcjobstore.JobStoreTX");
        assertThat(p.getProperty("org.quartz.jobStore.driverDelegateClass")).endsWith("PostgreSQLDelegate");
        assertThat(p.getProperty("org.quartz.jobStore.isClustered")).isEqualTo("true");
        assertThat(p.getProperty("org.quartz.jobStore.clusterCheckinInterval")).isEqualTo("5000");
        assertThat(p.getProperty("org.quartz.jobStore.misfireThreshold")).isEqualTo("30000");
        assertThat(p.getProperty("org.quartz.jobStore.tablePrefix")).isEqualTo("qrtz_");
        assertThat(p.getProperty("org.quartz.jobStore.dataSource")).isEqualTo(QuartzProperties.DATA_SOURCE);
    }

    @Test
    void inTheContainerQuartzUsesTheContainersPoolAndThreads() {
        Properties p = QuartzProperties.inContainer("H2", "java:global/jdbc/glossa");
        assertThat(p.getProperty("org.quartz.jobStore.driverDelegateClass")).endsWith("StdJDBCDelegate");
        assertThat(p.getProperty("org.quartz.dataSource.glossa.connectionProvider.class"))
                .isEqualTo(ContainerConnections.class.getName());
        assertThat(p.getProperty("org.quartz.dataSource.glossa.jndiName")).isEqualTo("java:global/jdbc/glossa");
        assertThat(p.getProperty("org.quartz.threadPool.class")).isEqualTo(ManagedThreadPool.class.getName());
        assertThat(p.getProperty("org.quartz.threadPool.threadCount")).isEqualTo("3");
        assertThat(p.getProperty("org.quartz.threadPool.threadFactory"))
                .isEqualTo("java:comp/DefaultManagedThreadFactory");
    }
}
