package org.glossa.backoffice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.backoffice.control.AdminAddress;
import org.glossa.domains.boundary.Sites;

/**
 * The back office's settings: its address ({@code GLOSSA_ADMIN_URL}, by default {@code /admin} on the x-default
 * site's origin), how long a session may sit idle ({@code GLOSSA_ADMIN_IDLE}, an ISO-8601 duration) and the owner's
 * time zone ({@code GLOSSA_TIME_ZONE}, the one the sites show dates in; default UTC), in which the review desk takes
 * and shows publication times.
 */
@ApplicationScoped
public class BackOffice {

    private static final Logger LOG = Logger.getLogger(BackOffice.class.getName());

    @Inject
    @ConfigProperty(name = "glossa.admin.url")
    Optional<String> configuredUrl;

    @Inject
    @ConfigProperty(name = "glossa.admin.idle", defaultValue = "PT30M")
    String idle;

    @Inject
    @ConfigProperty(name = "glossa.time-zone", defaultValue = "UTC")
    String zone;

    @Inject
    Sites sites;

    private AdminAddress address;
    private Duration idleTimeout;
    private ZoneId ownerZone;

    @PostConstruct
    void init() {
        address = configuredUrl
                .filter(s -> !s.isBlank())
                .map(AdminAddress::parse)
                .orElseGet(() ->
                        AdminAddress.onOriginOf(sites.directory().xDefault().base()));
        try {
            idleTimeout = Duration.parse(idle.strip());
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "glossa.admin.idle (GLOSSA_ADMIN_IDLE) must be an ISO-8601 duration such as PT30M; got '" + idle
                            + "'");
        }
        if (idleTimeout.toMinutes() < 1) {
            throw new IllegalStateException(
                    "glossa.admin.idle (GLOSSA_ADMIN_IDLE) must be at least one minute; got '" + idle + "'");
        }
        try {
            ownerZone = ZoneId.of(zone.strip());
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "glossa.time-zone (GLOSSA_TIME_ZONE) must be a time zone such as Europe/Berlin; got '" + zone
                            + "'");
        }
        LOG.info(() -> "Back office at " + address.url() + "; sessions end after " + idleTimeout + " idle");
    }

    public AdminAddress address() {
        return address;
    }

    /** The owner's time zone, in which the review desk reads and shows publication times. */
    public ZoneId ownerZone() {
        return ownerZone;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }
}
