package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.FormerSites;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.editorial.control.LinkCheck.BrokenLink;
import org.glossa.editorial.control.LinkTargets.Address;
import org.glossa.editorial.control.LinkTargets.ItemRef;
import org.glossa.editorial.control.LinkTargets.Known;
import org.glossa.localization.control.LocaleCatalog;
import org.junit.jupiter.api.Test;

class LinkCheckTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final SiteDirectory SITES = SiteDirectory.parse(
            "en=https://glossa.example,fr=https://glossa.example/fr,de=https://beispiel.example.de,"
                    + CATALOG.tags().stream()
                            .filter(t -> !t.equals("en") && !t.equals("fr") && !t.equals("de"))
                            .map(t -> t + "=https://" + t.toLowerCase(Locale.ROOT) + ".glossa.example")
                            .collect(Collectors.joining(","))
                    + ",x-default=https://www.glossa.example",
            CATALOG);
    private static final InternalLinks LINKS =
            new InternalLinks(SITES, FormerSites.parse("de=https://alt.beispiel.example", SITES, CATALOG));

    private static final ItemRef POST_1 = new ItemRef(ItemKind.POST, 1);
    private static final ItemRef POST_2 = new ItemRef(ItemKind.POST, 2);

    /**
     * Post 1 is live in en ("lasting") and de ("bleibend", formerly "alt"); its ru version "черновик" is a draft.
     * Post 2 was live in de at "weg" and is live nowhere now.
     */
    private static final LinkTargets TARGETS = new LinkTargets(
            Map.of(
                    new Address(ItemKind.POST, "en", "lasting"), POST_1,
                    new Address(ItemKind.POST, "de", "bleibend"), POST_1),
            Map.of(
                    new Address(ItemKind.POST, "de", "alt"), new Known(POST_1, true),
                    new Address(ItemKind.POST, "ru", "черновик"), new Known(POST_1, false),
                    new Address(ItemKind.POST, "de", "weg"), new Known(POST_2, true)),
            Map.of(POST_1, Map.of("en", "lasting", "de", "bleibend")));

    private final List<Collection<String>> asked = new ArrayList<>();

    private final Function<Collection<String>, LinkTargets> targets = slugs -> {
        asked.add(slugs);
        return TARGETS;
    };

    private static Site site(String tag) {
        return SITES.site(CATALOG.get(tag));
    }

    private List<BrokenLink> check(String body, String tag) {
        return LinkCheck.broken(body, site(tag), LINKS, new Address(ItemKind.POST, tag, "self"), targets);
    }

    @Test
    void linksToLivePagesSectionsFormerUrlsOfLiveItemsAndExternalSitesPass() {
        String body =
                "[a](https://glossa.example/blog/LASTING) [b](/blog/lasting#x) [c](https://beispiel.example.de/blog/alt)"
                        + " [d](https://alt.beispiel.example/blog/bleibend) [e](https://glossa.example/fr/experience)"
                        + " [f](https://www.glossa.example/) [g](https://example.org/nowhere) [h](/blog/self)";
        assertThat(check(body, "en")).isEmpty();
        assertThat(asked).hasSize(1);
    }

    @Test
    void aLinkToAPageNotLiveInItsLocaleIsBrokenWithTheLiveVersionInTheTextsLocaleSuggested() {
        String draft = "https://ru.glossa.example/blog/" + SlugPolicy.encodePathSegment("черновик");
        List<BrokenLink> broken = check("[ru](" + draft + ") and [gone](https://beispiel.example.de/blog/weg)", "en");
        assertThat(broken)
                .containsExactly(
                        new BrokenLink(
                                draft,
                                "nothing is published at this address in ru",
                                "https://glossa.example/blog/lasting"),
                        new BrokenLink(
                                "https://beispiel.example.de/blog/weg",
                                "nothing is published at this address in de",
                                null));
        assertThat(check("[ru](" + draft + ")", "de"))
                .extracting(BrokenLink::suggestion)
                .containsExactly("https://beispiel.example.de/blog/bleibend");
    }

    @Test
    void aPathThatIsNoPageIsBrokenWithoutAskingTheDatabase() {
        List<BrokenLink> broken =
                check("[a](/about) [b](https://www.glossa.example/blog) [c](https://glossa.example/blog/page/x)", "en");
        assertThat(broken)
                .extracting(BrokenLink::href)
                .containsExactly("/about", "https://www.glossa.example/blog", "https://glossa.example/blog/page/x");
        assertThat(broken.get(0).reason()).contains("https://glossa.example");
        assertThat(asked).isEmpty();
    }

    @Test
    void aBodyWithoutInternalLinksAsksNothing() {
        assertThat(check("Plain text, [elsewhere](https://example.org/blog/x), `/blog/x`.", "en"))
                .isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void allLinksOfABodyAreLookedUpAtOnceEachSlugOnce() {
        check("[a](/blog/x) [b](/blog/y) [c](/blog/X) [d](https://beispiel.example.de/blog/x) [e](/blog/x)", "en");
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactlyInAnyOrder("x", "y");
    }
}
