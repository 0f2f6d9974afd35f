package org.glossa.database.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** x */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        return migrations.done()
                ? HealthCheckResponse.up("database")
                : HealthCheckResponse.named("database")
                        .down()
                        .withData("reason", "starting")
                        .build();
    }
}
