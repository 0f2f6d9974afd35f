package org.glossa.domains.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.glossa.domains.control.FormerSites;

/**
 * Reads {@code GLOSSA_FORMER_SITES} when the application starts and refuses to start on a bad entry (the message
 * names it). With at least one former base, registers {@link FormerSiteRedirects} before every declared filter, so
 * a former base's requests never reach the site, the documents or the health filter; the filter asks the current
 * pages ({@link CurrentPages}) where a path now leads.
 */
@WebListener
public class FormerSitesAtStart implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(FormerSitesAtStart.class.getName());

    @Inject
    Sites sites;

    @Inject
    CurrentPages pages;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        FormerSites former = sites.former();
        if (former.isEmpty()) {
            return;
        }
        FilterRegistration.Dynamic filter =
                event.getServletContext().addFilter("FormerSiteRedirects", new FormerSiteRedirects(former, pages));
        filter.setAsyncSupported(true);
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        former.moves()
                .forEach(m -> LOG.info(() -> "Former base " + m.former().base() + " redirects to "
                        + m.current().base() + " (" + m.current().key() + ")"));
    }
}
