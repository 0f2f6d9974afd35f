package org.glossa.site.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.SiteClient;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the list pages cost in SQL statements when they are rendered, counted on the first pages a fresh deployment
 * renders: once rendered, a page is served from the page cache, so after any other test the count would prove
 * nothing. Hence a deployment of its own, with this one test, rather than a place in {@link PublicSiteIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ListPageQueriesIT {

    private static final SiteDirectory SITES =
            SiteDirectory.parse(System.getProperty("glossa.it.sites"), LocaleCatalog.standard());
    private static final Pattern STATEMENTS = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)");

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private SiteClient client() throws Exception {
        return new SiteClient(container.toURI());
    }

    @Test
    void listPagesOfAllLocalesCostABoundedNumberOfQueriesHoweverManyItems() throws Exception {
        long before = statements();
        for (Site site : SITES.locales()) {
            for (String path : List.of("/", "/blog", "/experience")) {
                HttpResponse<String> response = client().get(site.url(path));
                assertThat(response.statusCode()).as("GET %s", site.url(path)).isEqualTo(200);
            }
        }
        long used = statements() - before;
        // One snapshot (5 queries) for all sites, plus one query per timeline for its role descriptions.
        // Per-item loading would cost hundreds here (posts x locales).
        assertThat(used).as("statements for 51 list pages").isLessThanOrEqualTo(5 + 17 + 3);
    }

    private long statements() throws Exception {
        Matcher m =
                STATEMENTS.matcher(client().local("/metrics?scope=application").body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
