package org.glossa.domains.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.glossa.localization.control.LocaleCatalog;
import org.junit.jupiter.api.Test;

class FormerSitesTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();

    /** en on its own domain, fr under en's domain, de on example.de, the rest on subdomains. */
    private static final SiteDirectory CURRENT = SiteDirectory.parse(
            "en=https://example.com,fr=https://example.com/fr,de=https://example.de,"
                    + CATALOG.tags().stream()
                            .filter(t -> !t.equals("en") && !t.equals("fr") && !t.equals("de"))
                            .map(t -> t + "=https://" + t.toLowerCase(java.util.Locale.ROOT) + ".example.com")
                            .collect(Collectors.joining(","))
                    + ",x-default=https://www.example.com",
            CATALOG);

    private final FormerSites former = FormerSites.parse(
            "de=https://Old.Example.DE/,de=https://example.com/de,fr=http://alt.example.org/francais/,"
                    + "x-default=https://choose.example.com",
            CURRENT,
            CATALOG);

    @Test
    void everyPathOnAFormerHostGoesToTheSamePathOnTheCurrentBaseKeepingTheQuery() {
        assertThat(former.redirect("old.example.de", "/blog/ein-artikel", null))
                .hasValue("https://example.de/blog/ein-artikel");
        assertThat(former.redirect("OLD.example.de:8443", "/", null)).hasValue("https://example.de/");
        assertThat(former.redirect("old.example.de.", "/sitemap.xml", "page=2&x=%C3%A4"))
                .hasValue("https://example.de/sitemap.xml?page=2&x=%C3%A4");
        assertThat(former.redirect("old.example.de", "/robots.txt", "")).hasValue("https://example.de/robots.txt");
        assertThat(former.redirect("choose.example.com", "/", null)).hasValue("https://www.example.com/");
    }

    @Test
    void aFormerPathPrefixCatchesOnlyThatPrefixAtASegmentBoundary() {
        assertThat(former.redirect("example.com", "/de", null)).hasValue("https://example.de/");
        assertThat(former.redirect("example.com", "/de/", null)).hasValue("https://example.de/");
        assertThat(former.redirect("example.com", "/de/blog/x", "a=1")).hasValue("https://example.de/blog/x?a=1");
        assertThat(former.redirect("example.com", "/", null)).isEmpty();
        assertThat(former.redirect("example.com", "/deutsch", null)).isEmpty();
        assertThat(former.redirect("example.com", "/blog/de", null)).isEmpty();
        assertThat(former.redirect("example.com", "/fr/blog", null)).isEmpty();
        assertThat(former.redirect("alt.example.org", "/francais/blog/un-article", null))
                .hasValue("https://example.com/fr/blog/un-article");
        assertThat(former.redirect("alt.example.org", "/", null)).isEmpty();
    }

    @Test
    void aCurrentSiteWithALongerPrefixOnAFormerHostKeepsItsPages() {
        FormerSites wholeHost =
                FormerSites.parse("de=https://example.com/fr/old,en=https://fr.example.com/archive", CURRENT, CATALOG);
        assertThat(wholeHost.redirect("example.com", "/fr/old/x", null)).hasValue("https://example.de/x");
        assertThat(wholeHost.redirect("example.com", "/fr/x", null)).isEmpty();
        assertThat(wholeHost.redirect("fr.example.com", "/archive/x", null)).hasValue("https://example.com/x");
    }

    @Test
    void theTargetIsTheCurrentSiteAndThePathWithinIt() {
        SiteDirectory.Route route =
                former.target("example.com", "/de/blog/ein-artikel").orElseThrow();
        assertThat(route.site().key()).isEqualTo("de");
        assertThat(route.path()).isEqualTo("/blog/ein-artikel");
        assertThat(route.url("a=1")).isEqualTo("https://example.de/blog/ein-artikel?a=1");
        assertThat(former.target("example.com", "/fr/blog")).isEmpty();
    }

    @Test
    void theLocationNeverComesFromTheHostHeader() {
        assertThat(former.redirect("evil.example", "/de/x", null)).isEmpty();
        assertThat(former.redirect("old.example.de.evil.example", "/", null)).isEmpty();
        assertThat(former.redirect(null, "/", null)).isEmpty();
        assertThat(former.redirect("", "/", null)).isEmpty();
        assertThat(former.redirect("example.de", "/", null))
                .as("the current site")
                .isEmpty();
        assertThat(FormerSites.none(CURRENT).redirect("old.example.de", "/", null))
                .isEmpty();
    }

    @Test
    void badConfigurationIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> FormerSites.parse("de=https://example.com", CURRENT, CATALOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GLOSSA_FORMER_SITES")
                .hasMessageContaining("current base of en");
        assertThatThrownBy(() -> FormerSites.parse("de=http://EXAMPLE.com:8080/fr/", CURRENT, CATALOG))
                .hasMessageContaining("current base of fr");
        assertThatThrownBy(() -> FormerSites.parse("de=https://www.example.com", CURRENT, CATALOG))
                .hasMessageContaining("current base of x-default");
        assertThatThrownBy(() -> FormerSites.parse("de=https://old.example,fr=https://old.example/", CURRENT, CATALOG))
                .hasMessageContaining("listed for both de and fr");
        assertThatThrownBy(() -> FormerSites.parse("de=https://old.example,de=http://old.example", CURRENT, CATALOG))
                .hasMessageContaining("listed twice for de");
        assertThatThrownBy(() -> FormerSites.parse("de=old.example", CURRENT, CATALOG))
                .hasMessageContaining("GLOSSA_FORMER_SITES: de needs an absolute http(s) URL");
        assertThatThrownBy(() -> FormerSites.parse("de=https://old.example/?a=1", CURRENT, CATALOG))
                .hasMessageContaining("may not carry a query");
        assertThatThrownBy(() -> FormerSites.parse("de=ht tp://x", CURRENT, CATALOG))
                .hasMessageContaining("invalid URL");
        assertThatThrownBy(() -> FormerSites.parse("xx=https://old.example", CURRENT, CATALOG))
                .hasMessageContaining("'xx' is not one of the locales");
        assertThatThrownBy(() -> FormerSites.parse("https://old.example", CURRENT, CATALOG))
                .hasMessageContaining("expected tag=url");
    }

    @Test
    void nothingConfiguredMeansNoMoves() {
        assertThat(FormerSites.parse(" , ", CURRENT, CATALOG).isEmpty()).isTrue();
        assertThat(former.moves()).hasSize(4);
    }
}
