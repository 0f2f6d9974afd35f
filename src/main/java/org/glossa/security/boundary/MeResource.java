package org.glossa.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.glossa.problem.Problem;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.entity.Role;

/** Who the API thinks you are: lets a client check its credentials and see what it may edit; and your password. */
@Path("me")
@RequestScoped
@RolesAllowed({Role.Names.OWNER, Role.Names.TRANSLATOR})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** A password change: the current password proves it is you, not someone at your unlocked screen. */
    public record PasswordChange(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[]";
        }
    }

    @Inject
    Caller caller;

    @Inject
    OwnPassword ownPassword;

    @Context
    HttpServletRequest request;

    @GET
    public AccountView me() {
        return new AccountView(
                caller.accountId(),
                caller.username(),
                caller.displayName(),
                caller.role().orElseThrow().roleName(),
                List.copyOf(caller.locales()),
                true);
    }

    /**
     * Changes your own password; 204, and from the next request on only the new one signs in. The current password
     * is checked like a sign-in, through the same throttle: a wrong one is a 403 naming {@code currentPassword}, too
     * many a 429.
     */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeOwnPassword(PasswordChange change) {
        if (change == null) {
            throw new InvalidAccountException(
                    Map.of("body", "a JSON object with currentPassword and newPassword is required"));
        }
        OwnPassword.Outcome outcome = ownPassword.change(request, change.currentPassword(), change.newPassword());
        if (outcome instanceof OwnPassword.Outcome.Throttled throttled) {
            long seconds = throttled.retryAfterSeconds();
            return Response.fromResponse(
                            BasicAuthentication.tooManyAttemptsProblem(seconds).toResponse())
                    .header("Retry-After", seconds)
                    .build();
        }
        if (outcome instanceof OwnPassword.Outcome.WrongCurrentPassword) {
            return new Problem(
                            "/problems/wrong-current-password",
                            "Forbidden",
                            403,
                            "currentPassword: is not your current password",
                            List.of(new Problem.FieldError("currentPassword", "is not your current password")))
                    .toResponse();
        }
        return Response.noContent().build();
    }
}
