package org.glossa.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** x */
@Readiness
@ApplicationScoped
public class DemoReadiness implements HealthCheck {

    @Inject
    DemoContent demo;

    @Override
    public HealthCheckResponse call() {
        return demo.settled()
                ? HealthCheckResponse.up("demo")
                : HealthCheckResponse.named("demo")
                        .down()
                        .withData("reason", "starting")
                        .build();
    }
}
