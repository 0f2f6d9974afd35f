package org.glossa.domains.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.Alternates.Link;
import org.glossa.localization.control.LocaleCatalog;
import org.junit.jupiter.api.Test;

class AlternatesTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();

    /** en at the root of glossa.example, fr under its /fr prefix, the others on subdomains; the chooser on www. */
    private static SiteDirectory sites(String xDefault) {
        return SiteDirectory.parse(
                CATALOG.tags().stream()
                                .filter(t -> !t.equals("en") && !t.equals("fr"))
                                .map(t -> t + "=https://" + t.toLowerCase(java.util.Locale.ROOT) + ".glossa.example")
                                .collect(Collectors.joining(","))
                        + ",en=https://glossa.example,fr=https://glossa.example/fr,x-default=" + xDefault,
                CATALOG);
    }

    private static final SiteDirectory SITES = sites("https://www.glossa.example");

    private static Map<String, String> slugs(String... localeSlugPairs) {
        Map<String, String> slugs = new LinkedHashMap<>();
        for (int i = 0; i < localeSlugPairs.length; i += 2) {
            slugs.put(localeSlugPairs[i], localeSlugPairs[i + 1]);
        }
        return slugs;
    }

    @Test
    void anItemLiveInOneLocaleOnlyIsItsOwnXDefaultWhateverItsSourceLocale() {
        Alternates alternates = Alternates.ofItem(SITES, ItemKind.POST, "en", slugs("de", "nur-deutsch"));

        assertThat(alternates.links())
                .containsExactly(
                        new Link("de", "https://de.glossa.example/blog/nur-deutsch"),
                        new Link("x-default", "https://de.glossa.example/blog/nur-deutsch"));
    }

    @Test
    void anExperienceEntrysXDefaultIsItsPageInItsSourceLocaleEvenWhenThatIsNotEnglish() {
        Alternates alternates = Alternates.ofItem(
                SITES, ItemKind.EXPERIENCE, "ar", slugs("ar", "مديرة", "en", "director", "fr", "directrice"));

        assertThat(alternates.links())
                .containsExactly(
                        new Link("en", "https://glossa.example/experience/director"),
                        new Link("fr", "https://glossa.example/fr/experience/directrice"),
                        new Link("ar", "https://ar.glossa.example/experience/%D9%85%D8%AF%D9%8A%D8%B1%D8%A9"),
                        new Link("x-default", "https://ar.glossa.example/experience/%D9%85%D8%AF%D9%8A%D8%B1%D8%A9"));
    }

    @Test
    void aWithdrawnTranslationIsNoAlternateAndTheRemainingVersionsStillListEachOther() {
        Map<String, String> live = slugs("en", "hello", "de", "hallo", "ja", "こんにちは");
        Alternates before = Alternates.ofItem(SITES, ItemKind.POST, "de", live);
        live.remove("de");

        Alternates after = Alternates.ofItem(SITES, ItemKind.POST, "de", live);

        assertThat(before.xDefault()).isEqualTo("https://de.glossa.example/blog/hallo");
        assertThat(after.links())
                .as("the original was withdrawn: x-default moves to the first live version in catalogue order")
                .containsExactly(
                        new Link("en", "https://glossa.example/blog/hello"),
                        new Link("ja", "https://ja.glossa.example/blog/%E3%81%93%E3%82%93%E3%81%AB%E3%81%A1%E3%81%AF"),
                        new Link("x-default", "https://glossa.example/blog/hello"));
        for (LanguageVersion version : after.versions()) {
            assertThat(after.links())
                    .as("%s lists itself", version.url())
                    .contains(new Link(version.hreflang(), version.url()));
        }
    }

    @Test
    void pathPrefixedSitesKeepTheirPrefixInEveryAlternate() {
        assertThat(Alternates.ofItem(SITES, ItemKind.POST, "fr", slugs("fr", "bonjour", "en", "hello"))
                        .links())
                .containsExactly(
                        new Link("en", "https://glossa.example/blog/hello"),
                        new Link("fr", "https://glossa.example/fr/blog/bonjour"),
                        new Link("x-default", "https://glossa.example/fr/blog/bonjour"));
        assertThat(Alternates.ofSection(SITES, SitePaths.HOME).links())
                .contains(new Link("fr", "https://glossa.example/fr/"), new Link("en", "https://glossa.example/"));
    }

    @Test
    void nativeScriptSlugsArePercentEncoded() {
        Alternates alternates =
                Alternates.ofItem(SITES, ItemKind.POST, "ru", slugs("ru", "привет-мир", "ur", "سلام", "zh-Hans", "你好"));

        assertThat(alternates.links())
                .containsExactly(
                        new Link(
                                "ru",
                                "https://ru.glossa.example/blog/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80"),
                        new Link("ur", "https://ur.glossa.example/blog/%D8%B3%D9%84%D8%A7%D9%85"),
                        new Link("zh-Hans", "https://zh-hans.glossa.example/blog/%E4%BD%A0%E5%A5%BD"),
                        new Link(
                                "x-default",
                                "https://ru.glossa.example/blog/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80"));
    }

    @Test
    void aSectionListsEveryLocaleInCatalogueOrderWithTheChooserAsHomesXDefault() {
        Alternates home = Alternates.ofSection(SITES, SitePaths.HOME);
        Alternates blog = Alternates.ofSection(SITES, SitePaths.BLOG);

        assertThat(home.versions()).extracting(v -> v.locale().tag()).containsExactlyElementsOf(CATALOG.tags());
        assertThat(home.links()).last().isEqualTo(new Link("x-default", "https://www.glossa.example/"));
        assertThat(blog.links())
                .as("the chooser lists homes only: the blog's x-default is the English blog")
                .last()
                .isEqualTo(new Link("x-default", "https://glossa.example/blog"));
        assertThat(Alternates.ofSection(sites("https://glossa.example/fr"), SitePaths.EXPERIENCE)
                        .xDefault())
                .as("x-default sharing fr's base: the French page")
                .isEqualTo("https://glossa.example/fr/experience");
    }

    @Test
    void aPageOnlyOneSiteHasIsItsOwnOnlyAlternate() {
        Alternates page = Alternates.ofPageOnlyOn(SITES.site(CATALOG.get("fr")), SitePaths.blogPage(2));

        assertThat(page.links())
                .containsExactly(
                        new Link("fr", "https://glossa.example/fr/blog/page/2"),
                        new Link("x-default", "https://glossa.example/fr/blog/page/2"));
    }

    @Test
    void anItemLiveNowhereHasNoAlternates() {
        assertThatThrownBy(() -> Alternates.ofItem(SITES, ItemKind.POST, "en", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
