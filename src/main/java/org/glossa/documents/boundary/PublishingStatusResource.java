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
import java.util.Map;
import java.util.stream.Collectors;
import org.glossa.documents.control.LocalePublishing;
import org.glossa.documents.entity.PublishingState;
import org.glossa.security.entity.Role;

/**
 * Per locale: newest publication, newest successful generation, lag, SLA state, the last error, and what the newest
 * successful run repaired or left out (items whose stored text it could not write as it is).
 */
@Path("publishing")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
@Produces(MediaType.APPLICATION_JSON)
public class PublishingStatusResource {

    @Inject
    PublishingMonitor monitor;

    @Inject
    PublishingRuns runs;

    public record LocaleStatus(
            String locale,
            Instant lastPublicationAt,
            Instant lastSuccessfulGenerationAt,
            long lagSeconds,
            String slaState,
            String lastError,
            List<String> notices) {

        static LocaleStatus from(LocalePublishing p, List<String> notices) {
            return new LocaleStatus(
                    p.locale(),
                    p.lastPublicationAt(),
                    p.lastSuccessfulGenerationAt(),
                    p.lag().toSeconds(),
                    p.state().name(),
                    p.lastError(),
                    notices);
        }
    }

    @GET
    @Path("status")
    public List<LocaleStatus> status() {
        Map<String, List<String>> notices =
                runs.all().stream().collect(Collectors.toMap(PublishingState::locale, PublishingState::lastNotices));
        return monitor.evaluate().stream()
                .map(p -> LocaleStatus.from(p, notices.getOrDefault(p.locale(), List.of())))
                .toList();
    }
}
