package org.glossa.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupReadiness;
import org.glossa.site.control.RenderedPage;

/**
 * Ready when a home page actually renders. Until the node has started it does not try: the page would fail on
 * missing tables, and an EJB first invoked from the health servlet during the start fails for good (see
 * {@code org.glossa.lifecycle}).
 */
@Readiness
@ApplicationScoped
public class SiteReadiness implements HealthCheck {

    @Inject
    StartupProgress startup;

    @Inject
    Sites sites;

    @Inject
    PublicSite site;

    @Override
    public HealthCheckResponse call() {
        if (!startup.complete()) {
            return StartupReadiness.starting("site");
        }
        try {
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
