package org.glossa.domains.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.InternalLinks.InternalLink;
import org.glossa.localization.control.LocaleCatalog;
import org.junit.jupiter.api.Test;

class InternalLinksTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();

    /** en on its own domain, fr under it at /fr, de on its own domain, the rest on subdomains. */
    private static final SiteDirectory SITES = SiteDirectory.parse(
            "en=https://glossa.example,fr=https://glossa.example/fr,de=https://beispiel.example.de,"
                    + CATALOG.tags().stream()
                            .filter(t -> !t.equals("en") && !t.equals("fr") && !t.equals("de"))
                            .map(t -> t + "=https://" + t.toLowerCase(Locale.ROOT) + ".glossa.example")
                            .collect(Collectors.joining(","))
                    + ",x-default=https://www.glossa.example",
            CATALOG);

    /** de moved twice: from its own old domain, and from a path under the English domain. */
    private static final InternalLinks LINKS = new InternalLinks(
            SITES, FormerSites.parse("de=https://alt.beispiel.example,de=https://glossa.example/de", SITES, CATALOG));

    private static Site site(String tag) {
        return SITES.site(CATALOG.get(tag));
    }

    private static InternalLink resolved(String href, String ownTag) {
        return LINKS.resolve(href, site(ownTag)).orElseThrow(() -> new AssertionError(href + " is internal"));
    }

    @Test
    void anAbsoluteLinkToACurrentBaseNamesItsSiteAndPage() {
        InternalLink link = resolved("https://beispiel.example.de/blog/ein-artikel", "en");
        assertThat(link.site()).isEqualTo(site("de"));
        assertThat(link.page()).hasValue(new SitePaths.Item(ItemKind.POST, "ein-artikel"));
        assertThat(link.direct()).isTrue();
        assertThat(resolved("https://glossa.example/", "de").page()).hasValue(new SitePaths.Home());
        assertThat(resolved("https://glossa.example", "de").page()).hasValue(new SitePaths.Home());
        assertThat(resolved("https://glossa.example/blog", "de").page()).hasValue(new SitePaths.Blog(1));
        assertThat(resolved("https://glossa.example/blog/page/3", "de").page()).hasValue(new SitePaths.Blog(3));
        assertThat(resolved("https://glossa.example/experience", "de").page()).hasValue(new SitePaths.Experience());
        assertThat(resolved("https://glossa.example/experience/lead-engineer", "de")
                        .page())
                .hasValue(new SitePaths.Item(ItemKind.EXPERIENCE, "lead-engineer"));
    }

    @Test
    void theHostIsComparedWithoutCaseAndThePortIsRespected() {
        assertThat(resolved("HTTPS://Beispiel.EXAMPLE.de/blog/x", "en").site()).isEqualTo(site("de"));
        assertThat(resolved("http://beispiel.example.de/blog/x", "en").site()).isEqualTo(site("de"));
        assertThat(resolved("https://beispiel.example.de:443/blog/x", "en").site())
                .isEqualTo(site("de"));
        assertThat(LINKS.resolve("https://beispiel.example.de:8443/blog/x", site("en")))
                .isEmpty();
        InternalLinks local = InternalLinks.of(SiteDirectory.localDefaults(CATALOG, 8080));
        Site en = local.sites().site(CATALOG.get("en"));
        assertThat(local.resolve("http://de.localhost:8080/blog/x", en).map(InternalLink::site))
                .hasValue(local.sites().site(CATALOG.get("de")));
        assertThat(local.resolve("http://de.localhost/blog/x", en)).isEmpty();
        assertThat(local.resolve("http://de.localhost:9090/blog/x", en)).isEmpty();
    }

    @Test
    void aPathPrefixSiteOwnsItsPrefixAndTheLongestPrefixWins() {
        InternalLink fr = resolved("https://glossa.example/fr/blog/un-article", "en");
        assertThat(fr.site()).isEqualTo(site("fr"));
        assertThat(fr.rawPath()).isEqualTo("/blog/un-article");
        assertThat(resolved("https://glossa.example/fr", "en").page()).hasValue(new SitePaths.Home());
        assertThat(resolved("https://glossa.example/francais", "en").site()).isEqualTo(site("en"));
        assertThat(resolved("https://glossa.example/francais", "en").page()).isEmpty();
    }

    @Test
    void aFormerBaseLeadsToItsCurrentSiteAndIsNotDirect() {
        InternalLink old = resolved("https://ALT.beispiel.example/blog/ein-artikel?x=1#teil", "en");
        assertThat(old.site()).isEqualTo(site("de"));
        assertThat(old.page()).hasValue(new SitePaths.Item(ItemKind.POST, "ein-artikel"));
        assertThat(old.direct()).isFalse();
        assertThat(old.suffix()).isEqualTo("?x=1#teil");
        InternalLink underEnglish = resolved("https://glossa.example/de/experience", "en");
        assertThat(underEnglish.site()).isEqualTo(site("de"));
        assertThat(underEnglish.page()).hasValue(new SitePaths.Experience());
        assertThat(underEnglish.direct()).isFalse();
    }

    @Test
    void aRootRelativePathMeansTheTextsOwnSite() {
        InternalLink de = resolved("/blog/ein-artikel", "de");
        assertThat(de.site()).isEqualTo(site("de"));
        assertThat(de.direct()).isTrue();
        // Written in French on a site under /fr: the French site, which a browser would miss, so not direct.
        InternalLink fr = resolved("/blog/un-article", "fr");
        assertThat(fr.site()).isEqualTo(site("fr"));
        assertThat(fr.rawPath()).isEqualTo("/blog/un-article");
        assertThat(fr.direct()).isFalse();
        InternalLink frWithPrefix = resolved("/fr/blog/un-article", "fr");
        assertThat(frWithPrefix.site()).isEqualTo(site("fr"));
        assertThat(frWithPrefix.rawPath()).isEqualTo("/blog/un-article");
        assertThat(frWithPrefix.direct()).isTrue();
        // Written in English: the French prefix on the same host is the French site, as a browser sees it.
        assertThat(resolved("/fr/blog/un-article", "en").site()).isEqualTo(site("fr"));
        assertThat(resolved("/de/blog/x", "en").site()).isEqualTo(site("de"));
        assertThat(resolved("/de/blog/x", "en").direct()).isFalse();
    }

    @Test
    void aNativeScriptSlugIsDecodedAndKeepsItsSpelling() {
        String slug = "новый-адрес-й";
        assertThat(resolved("https://ru.glossa.example/blog/" + SlugPolicy.encodePathSegment(slug), "en")
                        .page())
                .hasValue(new SitePaths.Item(ItemKind.POST, slug));
        assertThat(resolved("https://ru.glossa.example/blog/" + slug, "en").page())
                .hasValue(new SitePaths.Item(ItemKind.POST, slug));
        String nfdUpper = Normalizer.normalize(slug.toUpperCase(Locale.ROOT), Normalizer.Form.NFD);
        SitePaths.Item item = (SitePaths.Item)
                resolved("https://ru.glossa.example/blog/" + SlugPolicy.encodePathSegment(nfdUpper), "en")
                        .page()
                        .orElseThrow();
        assertThat(item.slug()).isEqualTo(nfdUpper);
        assertThat(SlugPolicy.canonicalForm(item.slug(), CATALOG.get("ru"))).isEqualTo(slug);
        assertThat(resolved("https://ru.glossa.example/blog/%FF", "en").page()).isEmpty();
    }

    @Test
    void unknownPathsAreInternalButNameNoPage() {
        for (String href : new String[] {
            "https://glossa.example/about",
            "https://glossa.example/blog/a/b",
            "https://glossa.example/blog/page/0",
            "https://glossa.example/media/12",
            "https://www.glossa.example/blog"
        }) {
            assertThat(LINKS.resolve(href, site("en")).map(InternalLink::page))
                    .as(href)
                    .hasValue(Optional.empty());
        }
        assertThat(resolved("https://www.glossa.example/", "en").page()).hasValue(new SitePaths.Home());
        assertThat(resolved("https://glossa.example/blog/", "en").page()).hasValue(new SitePaths.Blog(1));
        assertThat(resolved("https://glossa.example/blog/", "en").direct()).isFalse();
    }

    @Test
    void externalAndRelativeLinksAreLeftAlone() {
        for (String href : new String[] {
            "https://example.org/blog/x",
            "https://glossa.example.org/blog/x",
            "mailto:mira@glossa.example",
            "ftp://glossa.example/blog/x",
            "#section",
            "blog/x",
            "../blog/x",
            "https://user@glossa.example/blog/x",
            "javascript:alert(1)",
            ""
        }) {
            assertThat(LINKS.resolve(href, site("en"))).as(href).isEmpty();
        }
    }

    @Test
    void theQuickTestSkipsHtmlWithoutAnyLinkThatCouldBeInternal() {
        assertThat(LINKS.mayLinkInside("<p>No links</p>")).isFalse();
        assertThat(LINKS.mayLinkInside("<a href=\"https://example.org/x\">x</a>"))
                .isFalse();
        assertThat(LINKS.mayLinkInside("<a href=\"/blog/x\">x</a>")).isTrue();
        assertThat(LINKS.mayLinkInside("<a href=\"https://Alt.Beispiel.example/x\">x</a>"))
                .isTrue();
    }

    @Test
    void aPathNamesThePageItsBuilderWrites() {
        for (SitePaths.Page page : new SitePaths.Page[] {
            new SitePaths.Home(),
            new SitePaths.Blog(1),
            new SitePaths.Blog(12),
            new SitePaths.Experience(),
            new SitePaths.Item(ItemKind.POST, "ein-artikel"),
            new SitePaths.Item(ItemKind.EXPERIENCE, "新しい役割"),
            new SitePaths.Item(ItemKind.POST, "page")
        }) {
            assertThat(SitePaths.page(SitePaths.path(page))).as(page.toString()).hasValue(page);
        }
        assertThat(SitePaths.page("/blog/page/x")).isEmpty();
        assertThat(SitePaths.page("/blog/")).isEmpty();
    }
}
