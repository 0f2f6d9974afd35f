package org.glossa.domains.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.domains.control.HttpPort;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;

/** The configured sites ({@code GLOSSA_SITES}), or local defaults on the port Payara Micro listens on. */
@ApplicationScoped
public class Sites {

    private static final Logger LOG = Logger.getLogger(Sites.class.getName());

    @Inject
    @ConfigProperty(name = "glossa.sites")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "glossa.http.port", defaultValue = "8080")
    int fallbackPort;

    private SiteDirectory directory;

    @PostConstruct
    void init() {
        LocaleCatalog catalog = LocaleCatalog.standard();
        directory = configured
                .filter(s -> !s.isBlank())
                .map(spec -> SiteDirectory.parse(spec, catalog))
                .orElseGet(() -> SiteDirectory.localDefaults(
                        catalog, HttpPort.ofRuntime().orElse(fallbackPort)));
        LOG.info(() -> "Serving " + directory.locales().size() + " locale sites; x-default at "
                + directory.xDefault().base() + ", e.g. de at "
                + directory.site(catalog.get("de")).base());
    }

    public SiteDirectory directory() {
        return directory;
    }
}
