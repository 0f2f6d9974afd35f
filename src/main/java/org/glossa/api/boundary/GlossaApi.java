package org.glossa.api.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.glossa.security.entity.Role;

/**
 * The REST API, versioned in its path. Declares the roles that {@code @RolesAllowed} on resources uses;
 * Payara's default principal-to-role mapping gives a caller in group {@code owner} the role {@code owner}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Glossa API", version = "1", description = """
        Editorial API of Glossa, a professional's site published in 17 languages, each on its own domain. \
        Checks slugs with each locale's rules and stores cover images verified from their bytes. \
        Every error is an RFC 9457 application/problem+json document that names the field at fault."""))
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "HTTP Basic with a Glossa account; sent on every request, no session")
@DeclareRoles({Role.Names.OWNER, Role.Names.TRANSLATOR})
public class GlossaApi extends Application {

    /**
     * Keeps {@code Location} headers as the relative references resources give. Jersey would otherwise make
     * them absolute from the request's Host header, which is client-controlled.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
