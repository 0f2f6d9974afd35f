package org.glossa.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.glossa.documents.control.LocalePublishing;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupReadiness;

/** DOWN while any locale's sitemap and feed breach the publishing SLA or its last generation failed; data per breached locale. */
@Readiness
@ApplicationScoped
public class PublishingReadiness implements HealthCheck {

    @Inject
    StartupProgress startup;

    @Inject
    PublishingMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        if (!startup.complete()) {
            return StartupReadiness.starting("publishing");
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("publishing");
        try {
            boolean up = true;
            for (LocalePublishing locale : monitor.evaluate()) {
                if (locale.breached()) {
                    up = false;
                    response.withData(locale.locale(), locale.cause());
                }
            }
            return response.status(up).build();
        } catch (RuntimeException e) {
            return response.down()
                    .withData("reason", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
