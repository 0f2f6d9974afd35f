package org.glossa.notifications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.glossa.notifications.entity.OutboundNotification;
import org.glossa.problem.Problem;

/** The owner's view of outbound notifications that exhausted their retries, and the way to send one again. */
@Path("publishing/dead-letters")
@RolesAllowed("owner")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @Inject
    Notifications notifications;

    public record DeadLetter(long id, String kind, String targetUrl, int attempts, String lastError, String createdAt) {
        static DeadLetter of(OutboundNotification n) {
            return new DeadLetter(
                    n.id(),
                    n.kind().name(),
                    n.targetUrl(),
                    n.attempts(),
                    n.lastError(),
                    n.createdAt().toString());
        }
    }

    @GET
    public List<DeadLetter> list() {
        return notifications.deadLetters().stream().map(DeadLetter::of).toList();
    }

    /** Back to the queue, due now; 404 when {@code id} is not a dead letter. */
    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") long id) {
        if (id < 1) {
            return Problem.invalidField("id", "must be a whole number of 1 or more")
                    .toResponse();
        }
        if (!notifications.retry(id)) {
            return new Problem("/problems/not-found", "Not found", 404, "no dead letter " + id, List.of()).toResponse();
        }
        return Response.accepted().build();
    }
}
