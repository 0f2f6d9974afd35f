package org.glossa.domains.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.glossa.localization.control.LocaleCatalog;
import org.junit.jupiter.api.Test;

class SiteDirectoryTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();

    /** en on its own domain, fr under en's domain, de elsewhere, the rest on subdomains. */
    private static String spec(String xDefault) {
        String others = CATALOG.tags().stream()
                .filter(t -> !t.equals("en") && !t.equals("fr") && !t.equals("de"))
                .map(t -> t + "=https://" + t.toLowerCase(java.util.Locale.ROOT) + ".example.com")
                .collect(Collectors.joining(","));
        return "en=https://example.com,fr=https://example.com/fr/,de=https://Example.DE," + others
                + (xDefault == null ? "" : ",x-default=" + xDefault);
    }

    private final SiteDirectory sites = SiteDirectory.parse(spec("https://www.example.com"), CATALOG);

    private String routedLocale(String host, String path) {
        return sites.route(host, path).map(r -> r.site().key()).orElse(null);
    }

    @Test
    void xDefaultIsTheChooserForHomeAndTheEnglishPageForOtherSectionsUnlessALocaleSharesItsBase() {
        assertThat(sites.xDefaultUrl("/")).isEqualTo("https://www.example.com/");
        assertThat(sites.xDefaultUrl("/blog")).isEqualTo("https://example.com/blog");
        SiteDirectory french = SiteDirectory.parse(spec("https://example.com/fr/"), CATALOG);
        assertThat(french.xDefaultUrl("/")).isEqualTo("https://example.com/fr/");
        assertThat(french.xDefaultUrl("/experience")).isEqualTo("https://example.com/fr/experience");
    }

    @Test
    void theHostSelectsTheLocaleIgnoringCasePortAndTrailingDot() {
        assertThat(routedLocale("example.de", "/")).isEqualTo("de");
        assertThat(routedLocale("EXAMPLE.de:8443", "/blog")).isEqualTo("de");
        assertThat(routedLocale("example.de.", "/")).isEqualTo("de");
        assertThat(routedLocale("ja.example.com", "/experience")).isEqualTo("ja");
    }

    @Test
    void theLongestPathPrefixWinsAtASegmentBoundary() {
        assertThat(sites.route("example.com", "/fr/blog/un-article")).get().satisfies(r -> {
            assertThat(r.site().key()).isEqualTo("fr");
            assertThat(r.path()).isEqualTo("/blog/un-article");
        });
        assertThat(sites.route("example.com", "/fr").map(SiteDirectory.Route::path))
                .hasValue("/");
        assertThat(routedLocale("example.com", "/french-toast")).isEqualTo("en");
        assertThat(routedLocale("example.com", "/blog")).isEqualTo("en");
    }

    @Test
    void anUnknownOrMissingHostRoutesNowhere() {
        assertThat(sites.route("evil.example", "/")).isEmpty();
        assertThat(sites.route("example.com.evil.example", "/")).isEmpty();
        assertThat(sites.route(null, "/")).isEmpty();
        assertThat(sites.route("", "/")).isEmpty();
        assertThat(sites.route("[::1]:8080", "/")).isEmpty();
    }

    @Test
    void theXDefaultSiteIsRoutableWhenItHasItsOwnBaseUrl() {
        assertThat(routedLocale("www.example.com", "/")).isEqualTo("x-default");
        assertThat(sites.xDefault().url("/")).isEqualTo("https://www.example.com/");
    }

    @Test
    void anXDefaultSharingALocalesBaseUrlLeavesThatUrlToTheLocale() {
        SiteDirectory shared = SiteDirectory.parse(spec("https://example.com"), CATALOG);
        assertThat(shared.route("example.com", "/").map(r -> r.site().key())).hasValue("en");
        assertThat(shared.xDefault().url("/")).isEqualTo("https://example.com/");
    }

    @Test
    void urlsAreBuiltFromConfigurationNormalised() {
        assertThat(sites.site(CATALOG.get("de")).url("/blog")).isEqualTo("https://example.de/blog");
        assertThat(sites.site(CATALOG.get("fr")).url("/")).isEqualTo("https://example.com/fr/");
        assertThat(sites.site(CATALOG.get("fr")).url("/blog")).isEqualTo("https://example.com/fr/blog");
    }

    @Test
    void theLocalDefaultsUseTagSubdomainsOfLocalhost() {
        SiteDirectory local = SiteDirectory.localDefaults(CATALOG, 18080);
        assertThat(local.site(CATALOG.get("pt-BR")).url("/")).isEqualTo("http://pt-br.localhost:18080/");
        assertThat(local.site(CATALOG.get("zh-Hans")).url("/")).isEqualTo("http://zh-hans.localhost:18080/");
        assertThat(local.xDefault().url("/")).isEqualTo("http://localhost:18080/");
        assertThat(local.route("zh-hans.localhost:18080", "/").map(r -> r.site().key()))
                .hasValue("zh-Hans");
        assertThat(local.route("localhost:18080", "/").map(r -> r.site().key())).hasValue("x-default");
    }

    @Test
    void misconfigurationIsRejectedNamingTheEntry() {
        assertThatThrownBy(() -> SiteDirectory.parse("en=https://example.com", CATALOG))
                .hasMessageContaining("no base URL for")
                .hasMessageContaining("de");
        assertThatThrownBy(() -> SiteDirectory.parse(spec(null) + ",xx=https://xx.example", CATALOG))
                .hasMessageContaining("'xx'");
        assertThatThrownBy(() -> SiteDirectory.parse(
                        spec(null).replace("https://example.com/fr/", "ftp://example.com"), CATALOG))
                .hasMessageContaining("fr")
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> SiteDirectory.parse(
                        spec(null).replace("https://example.com/fr/", "https://example.com/fr?x=1"), CATALOG))
                .hasMessageContaining("query");
        assertThatThrownBy(() -> SiteDirectory.parse(
                        spec(null).replace("https://example.com/fr/", "https://example.com"), CATALOG))
                .hasMessageContaining("share the base URL");
        assertThatThrownBy(() -> SiteDirectory.parse(spec(null) + ",de=https://other.de", CATALOG))
                .hasMessageContaining("twice");
    }
}
