package org.glossa.domains.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.domains.control.FormerSites;
import org.glossa.domains.control.HttpPort;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;

/**
 * The configured sites ({@code GLOSSA_SITES}), or local defaults on the port Payara Micro listens on, and the base
 * URLs they had before ({@code GLOSSA_FORMER_SITES}).
 */
@ApplicationScoped
public class Sites {

    private static final Logger LOG = Logger.getLogger(Sites.class.getName());

    @Inject
    @ConfigProperty(name = "glossa.sites")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "glossa.http.port", defaultValue = "8080")
    int fallbackPort;

    @Inject
    @ConfigProperty(name = "glossa.former-sites")
    Optional<String> configuredFormer;

    private SiteDirectory directory;
    private FormerSites former;
    private InternalLinks links;

    @PostConstruct
    void init() {
        LocaleCatalog catalog = LocaleCatalog.standard();
        directory = configured
                .filter(s -> !s.isBlank())
                .map(spec -> SiteDirectory.parse(spec, catalog))
                .orElseGet(() -> SiteDirectory.localDefaults(
                        catalog, HttpPort.ofRuntime().orElse(fallbackPort)));
        former = configuredFormer
                .filter(s -> !s.isBlank())
                .map(spec -> FormerSites.parse(spec, directory, catalog))
                .orElseGet(() -> FormerSites.none(directory));
        links = new InternalLinks(directory, former);
        LOG.info(() -> "Serving " + directory.locales().size() + " locale sites; x-default at "
                + directory.xDefault().base() + ", e.g. de at "
                + directory.site(catalog.get("de")).base());
    }

    public SiteDirectory directory() {
        return directory;
    }

    /** Former base URLs; the start is refused ({@link FormerSitesAtStart}) when the setting is wrong. */
    public FormerSites former() {
        return former;
    }

    /** Which links in content lead to the sites' own pages, current or former bases alike. */
    public InternalLinks links() {
        return links;
    }
}
