package org.glossa.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.glossa.database.boundary.Migrations;
import org.glossa.demo.boundary.DemoContent;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.scheduling.boundary.Scheduling;
import org.glossa.security.boundary.AccountBootstrap;
import org.glossa.site.control.RenderedPage;

/**
 * Ready when the schema is migrated, start-up content and accounts are created, the scheduler runs (scheduled
 * publications depend on it), and a home page actually renders.
 */
@Readiness
@ApplicationScoped
public class SiteReadiness implements HealthCheck {

    @Inject
    Migrations migrations;

    @Inject
    DemoContent demo;

    @Inject
    AccountBootstrap accounts;

    @Inject
    Scheduling scheduling;

    @Inject
    Sites sites;

    @Inject
    PublicSite site;

    @Override
    public HealthCheckResponse call() {
        try {
            if (!migrations.done() || !demo.settled() || !accounts.settled()) {
                return HealthCheckResponse.named("site")
                        .down()
                        .withData("reason", "starting")
                        .build();
            }
            if (!scheduling.running()) {
                return HealthCheckResponse.named("site")
                        .down()
                        .withData("reason", "scheduler not running")
                        .build();
            }
            Site first = sites.directory().locales().get(0);
            RenderedPage home = site.respond(new SiteDirectory.Route(first, "/"));
            return HealthCheckResponse.named("site")
                    .status(home.status() == 200)
                    .withData("sites", sites.directory().locales().size())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("site")
                    .down()
                    .withData("reason", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
