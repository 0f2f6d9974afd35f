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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glossa.documents.control.LocalePublishing;
import org.glossa.documents.entity.PublishingState;
import org.glossa.security.entity.Role;

/**
 * Per locale: newest publication, newest successful generation, lag, SLA state, the last error, and what the newest
 * successful run repaired or left out (items whose stored text it could not write as it is), and what the newest
 * permalink check found: how many, and the first {@code {url, problem}}.
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
            List<String> notices,
            Instant permalinksCheckedAt,
            int brokenPermalinks,
            List<PublishingState.BrokenPermalink> brokenPermalinkExamples) {

        static LocaleStatus from(LocalePublishing p, PublishingState state) {
            return new LocaleStatus(
                    p.locale(),
                    p.lastPublicationAt(),
                    p.lastSuccessfulGenerationAt(),
                    p.lag().toSeconds(),
                    p.state().name(),
                    p.lastError(),
                    state == null ? List.of() : state.lastNotices(),
                    state == null ? null : state.permalinksCheckedAt().orElse(null),
                    state == null ? 0 : state.brokenPermalinks(),
                    state == null ? List.of() : state.brokenPermalinkExamples());
        }
    }

    @GET
    @Path("status")
    public List<LocaleStatus> status() {
        Map<String, PublishingState> states =
                runs.all().stream().collect(Collectors.toMap(PublishingState::locale, Function.identity()));
        return monitor.evaluate().stream()
                .map(p -> LocaleStatus.from(p, states.get(p.locale())))
                .toList();
    }
}
