package org.glossa.database.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the pooled data source every part of Glossa uses. The defaults are inline because the WAR's
 * own MicroProfile Config file is not yet visible when Payara resolves this definition.
 *
 * <p>Outages: no thread waits long for the database. A free pooled connection is waited for at most
 * {@code glossa.db.wait-millis}, and so is a new one ({@code DriverSelectingDataSource} bounds connect, sign-in and
 * reads). Every connection is checked before it is handed out ({@code Connection.isValid}, a round trip, unlike
 * the metadata check that a dead PostgreSQL connection passes), and one that fails the check makes the pool drop
 * all the others too: after an outage every pooled connection is dead, and the pool refills itself with fresh
 * ones instead of handing out the dead ones one by one, with no restart.
 */
@DataSourceDefinition(
        name = GlossaDataSource.JNDI_NAME,
        className = "org.glossa.database.control.DriverSelectingDataSource",
        url = "${MPCONFIG=glossa.db.url:jdbc:h2:./data/glossa}",
        user = "${MPCONFIG=glossa.db.user:glossa}",
        password = "${MPCONFIG=glossa.db.password:glossa}",
        minPoolSize = 2,
        maxPoolSize = 24,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=${MPCONFIG=glossa.db.wait-millis:5000}",
            "connectTimeoutMillis=${MPCONFIG=glossa.db.wait-millis:5000}",
            "socketTimeoutSeconds=${MPCONFIG=glossa.db.socket-timeout-seconds:30}"
        })
@Singleton
public class GlossaDataSource {

    /** A {@code java:global} name, because Quartz's own threads cannot resolve {@code java:app} names. */
    public static final String JNDI_NAME = "java:global/jdbc/glossa";
}
