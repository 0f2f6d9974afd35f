package org.glossa.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.glossa.security.entity.Role;

/** Who the API thinks you are: lets a client check its credentials and see what it may edit. */
@Path("me")
@RequestScoped
@RolesAllowed({Role.Names.OWNER, Role.Names.TRANSLATOR})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @GET
    public AccountView me() {
        return new AccountView(
                caller.accountId(),
                caller.username(),
                caller.displayName(),
                caller.role().orElseThrow().roleName(),
                List.copyOf(caller.locales()));
    }
}
