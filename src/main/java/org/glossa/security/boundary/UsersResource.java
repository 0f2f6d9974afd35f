package org.glossa.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.entity.Account;
import org.glossa.security.entity.Role;

/**
 * The owner manages translators' accounts. Every rule broken is a 400 naming its field, a taken username a
 * 409; the account and its locales are written in one transaction or not at all.
 */
@Path("users")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** A new translator: {@code locales} are BCP 47 tags of the locales they may edit. */
    public record NewTranslator(String username, String password, String displayName, List<String> locales) {

        @Override
        public String toString() {
            return "NewTranslator[" + username + ", " + locales + "]";
        }
    }

    @Inject
    Accounts accounts;

    @POST
    public Response createTranslator(NewTranslator request) {
        if (request == null) {
            throw new InvalidAccountException(
                    Map.of("body", "a JSON object with username, password, displayName and locales is required"));
        }
        Account account = accounts.create(
                request.username(), request.password(), request.displayName(), request.locales(), Role.TRANSLATOR);
        return Response.created(URI.create("/api/v1/users/" + account.id()))
                .entity(AccountView.from(account))
                .build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public AccountView byId(@PathParam("id") long id) {
        return accounts.find(id).map(AccountView::from).orElseThrow(NotFoundException::new);
    }
}
