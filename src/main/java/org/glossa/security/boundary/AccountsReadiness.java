package org.glossa.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** x */
@Readiness
@ApplicationScoped
public class AccountsReadiness implements HealthCheck {

    @Inject
    AccountBootstrap accounts;

    @Override
    public HealthCheckResponse call() {
        return accounts.settled()
                ? HealthCheckResponse.up("accounts")
                : HealthCheckResponse.named("accounts")
                        .down()
                        .withData("reason", "starting")
                        .build();
    }
}
