package org.glossa.database.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.glossa.database.control.StatementCounter;

/** Exposes how many SQL statements the application has issued (for load and N+1 checks). */
@ApplicationScoped
public class DatabaseMetrics {

    @Gauge(name = "glossa_sql_statements", unit = "none", absolute = true,
            description = "SQL statements prepared or created since start")
    public long sqlStatements() {
        return StatementCounter.total();
    }
}
