package org.glossa.database.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the pooled data source every part of Glossa uses. The defaults are inline because the WAR's
 * own MicroProfile Config file is not yet visible when Payara resolves this definition.
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
            "fish.payara.connection-validation-method=meta-data"
        })
@Singleton
public class GlossaDataSource {

    /** A {@code java:global} name, because Quartz's own threads cannot resolve {@code java:app} names. */
    public static final String JNDI_NAME = "java:global/jdbc/glossa";
}
