package org.glossa.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupReadiness;

/** Ready while the scheduler runs: scheduled publications and document regeneration depend on it. */
@Readiness
@ApplicationScoped
public class SchedulingReadiness implements HealthCheck {

    @Inject
    StartupProgress startup;

    @Inject
    Scheduling scheduling;

    @Override
    public HealthCheckResponse call() {
        if (!startup.complete()) {
            return StartupReadiness.starting("scheduler");
        }
        return scheduling.running()
                ? HealthCheckResponse.up("scheduler")
                : HealthCheckResponse.named("scheduler")
                        .down()
                        .withData("reason", "scheduler not running")
                        .build();
    }
}
