package org.glossa.database.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.glossa.database.control.StatementCounter;

/** Exposes how many SQL statements the application has issued (for load and N+1 checks). */
@ApplicationScoped
public class DatabaseMetrics {

    /** Gauges are registered when their bean is created: create it at start-up, not at first use. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sqlStatements();
    }

    @Gauge(
            name = "glossa_sql_statements",
            unit = "none",
            absolute = true,
            description = "SQL statements prepared or created since start")
    public long sqlStatements() {
        return StatementCounter.total();
    }
}
