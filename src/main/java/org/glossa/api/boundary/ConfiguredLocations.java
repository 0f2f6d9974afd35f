package org.glossa.api.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.logging.Logger;

/**
 * Makes the root-relative {@code Location} that resources give ({@code /api/v1/posts/9}), and the target of a
 * root-relative {@code Link} ({@code </api/v1/posts?after=...>; rel="next"}), absolute on the configured
 * {@link ApiBase}. Resources never build URLs from the request ({@code UriInfo} would take the Host
 * header); Jersey's own resolution of relative locations against the request is switched off in
 * {@link GlossaApi}.
 */
@Provider
public class ConfiguredLocations implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ConfiguredLocations.class.getName());

    @Inject
    ApiBase base;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object link = response.getHeaders().getFirst(HttpHeaders.LINK);
        if (link instanceof String value && value.startsWith("</")) {
            // A list's "next" page: the target between the angle brackets, its parameters after them.
            int end = value.indexOf('>');
            response.getHeaders()
                    .putSingle(HttpHeaders.LINK, "<" + base.url(value.substring(1, end)) + value.substring(end));
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = location instanceof URI u ? u : URI.create(location.toString());
        if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
            return;
        }
        if (uri.isAbsolute()) {
            // Whatever its origin says came from the request (UriInfo); only its path is the resource's.
            LOG.warning(() -> "A resource gave an absolute Location; its origin is replaced by the configured one: "
                    + uri.getRawPath());
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        response.getHeaders().putSingle(HttpHeaders.LOCATION, base.url(uri.getRawPath() + query));
    }
}
