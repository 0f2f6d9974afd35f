package org.glossa.documents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.glossa.documents.control.LocalePublishing;
import org.glossa.security.entity.Role;

/** Per locale: newest publication, newest successful generation, lag, SLA state and the last error. */
@Path("publishing")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
@Produces(MediaType.APPLICATION_JSON)
public class PublishingStatusResource {

    @Inject
    PublishingMonitor monitor;

    public record LocaleStatus(
            String locale,
            Instant lastPublicationAt,
            Instant lastSuccessfulGenerationAt,
            long lagSeconds,
            String slaState,
            String lastError) {

        static LocaleStatus from(LocalePublishing p) {
            return new LocaleStatus(
                    p.locale(),
                    p.lastPublicationAt(),
                    p.lastSuccessfulGenerationAt(),
                    p.lag().toSeconds(),
                    p.state().name(),
                    p.lastError());
        }
    }

    @GET
    @Path("status")
    public List<LocaleStatus> status() {
        return monitor.evaluate().stream().map(LocaleStatus::from).toList();
    }
}
