package org.glossa.lifecycle.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN until every start-up step has finished, naming those still running. */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    @Inject
    StartupProgress progress;

    /** The answer of another readiness check until the start is complete: it calls nothing else before then. */
    public static HealthCheckResponse starting(String check) {
        return HealthCheckResponse.named(check)
                .down()
                .withData("reason", "starting")
                .build();
    }

    @Override
    public HealthCheckResponse call() {
        if (progress.complete()) {
            return HealthCheckResponse.up("startup");
        }
        return HealthCheckResponse.named("startup")
                .down()
                .withData("reason", "starting")
                .withData(
                        "waitingFor",
                        progress.pending().stream().map(StartupStep::what).collect(Collectors.joining(", ")))
                .build();
    }
}
