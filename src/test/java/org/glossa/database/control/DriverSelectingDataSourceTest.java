package org.glossa.database.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class DriverSelectingDataSourceTest {

    @Test
    void postgresqlConnectionsWaitBoundedTimesRoundedUpToWholeSeconds() {
        Properties p = DriverSelectingDataSource.networkTimeouts("jdbc:postgresql://db:5432/glossa", 2500, 30);
        assertThat(p.getProperty("connectTimeout")).isEqualTo("3");
        assertThat(p.getProperty("loginTimeout")).isEqualTo("3");
        assertThat(p.getProperty("socketTimeout")).isEqualTo("30");
        assertThat(p.getProperty("tcpKeepAlive")).isEqualTo("true");
        assertThat(DriverSelectingDataSource.networkTimeouts("jdbc:postgresql://db/g", 1, 5)
                        .getProperty("connectTimeout"))
                .isEqualTo("1");
    }

    @Test
    void postgresqlSessionsRunWithoutJitUnlessTheUrlSaysOtherwise() {
        assertThat(DriverSelectingDataSource.sessionSettings("jdbc:postgresql://db/g")
                        .getProperty("options"))
                .isEqualTo("-c jit=off");
        assertThat(DriverSelectingDataSource.sessionSettings("jdbc:postgresql://db/g?options=-c%20work_mem=64MB"))
                .isEmpty();
        assertThat(DriverSelectingDataSource.sessionSettings("jdbc:h2:./data/glossa"))
                .isEmpty();
    }

    @Test
    void theEmbeddedDatabaseGetsNoNetworkSettings() {
        assertThat(DriverSelectingDataSource.networkTimeouts("jdbc:h2:./data/glossa", 5000, 30))
                .isEmpty();
    }

    @Test
    void aSettingThatIsNotAPositiveNumberKeepsTheDefault() {
        DriverSelectingDataSource dataSource = new DriverSelectingDataSource();
        dataSource.setUrl("jdbc:postgresql://db/g");
        dataSource.setConnectTimeoutMillis("2000");
        dataSource.setSocketTimeoutSeconds("7");
        assertThat(dataSource.networkTimeouts().getProperty("connectTimeout")).isEqualTo("2");
        assertThat(dataSource.networkTimeouts().getProperty("socketTimeout")).isEqualTo("7");

        dataSource.setConnectTimeoutMillis("${MPCONFIG=glossa.db.wait-millis:5000}");
        dataSource.setSocketTimeoutSeconds("-1");
        assertThat(dataSource.networkTimeouts())
                .isEqualTo(DriverSelectingDataSource.networkTimeouts(
                        "jdbc:postgresql://db/g",
                        DriverSelectingDataSource.DEFAULT_CONNECT_TIMEOUT_MILLIS,
                        DriverSelectingDataSource.DEFAULT_SOCKET_TIMEOUT_SECONDS));
    }
}
