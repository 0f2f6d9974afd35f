package org.glossa.documents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.problem.Problem;
import org.glossa.security.boundary.Caller;
import org.glossa.security.entity.Role;

/**
 * The owner's "Regenerate now" through the API, as the back office's health page offers it: one locale's documents,
 * or every locale's, regenerated at once and planned whole, so that the run sees every group whose inputs changed,
 * rows edited by hand included (a publication's run plans the groups of its items only). Recorded with who ordered it.
 */
@Path("publishing/regenerations")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RegenerationOrdersResource {

    @Inject
    RegenerationOrders orders;

    @Inject
    Caller caller;

    /** @param locale a locale's tag; absent (or null) for every locale */
    public record Order(String locale) {}

    /** @param locale the locale's tag as the catalogue spells it; null for every locale */
    public record Ordered(String locale, Instant orderedAt) {}

    /** 202: the run starts at once; its outcome shows in {@code GET /publishing/status}. */
    @POST
    public Response order(Order order) {
        String asked = order == null ? null : order.locale();
        String locale = null;
        if (asked != null) {
            locale = LocaleCatalog.standard()
                    .find(asked)
                    .map(LocaleDefinition::tag)
                    .orElse(null);
            if (locale == null) {
                return Problem.invalidField(
                                "locale",
                                "must be one of "
                                        + String.join(
                                                ", ", LocaleCatalog.standard().tags()) + ", or absent for every locale")
                        .toResponse();
            }
        }
        Instant now = Instant.now();
        orders.order(caller.username(), locale, now);
        return Response.accepted(new Ordered(locale, now)).build();
    }
}
