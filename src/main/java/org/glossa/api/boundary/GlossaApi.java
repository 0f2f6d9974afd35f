package org.glossa.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, versioned in its path. */
@ApplicationPath("api/v1")
public class GlossaApi extends Application {
}
