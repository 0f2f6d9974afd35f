package org.glossa.domains.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.LocaleCatalog;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();

    /** en at the root of glossa.example, fr under its /fr prefix, the others on subdomains. */
    private static final SiteDirectory SITES = SiteDirectory.parse(
            CATALOG.tags().stream()
                            .filter(t -> !t.equals("en") && !t.equals("fr"))
                            .map(t -> t + "=https://" + t.toLowerCase(java.util.Locale.ROOT) + ".glossa.example")
                            .collect(Collectors.joining(","))
                    + ",en=https://glossa.example,fr=https://glossa.example/fr,x-default=https://www.glossa.example",
            CATALOG);

    @Test
    void aPostAndAnExperienceEntryLiveOnTheirLocalesSite() {
        assertThat(PublicUrl.of(SITES, CATALOG.get("en"), ItemKind.POST, "hello-world"))
                .isEqualTo("https://glossa.example/blog/hello-world");
        assertThat(PublicUrl.of(SITES, CATALOG.get("de"), ItemKind.EXPERIENCE, "ingenieurin"))
                .isEqualTo("https://de.glossa.example/experience/ingenieurin");
    }

    @Test
    void aPathPrefixedSiteKeepsItsPrefix() {
        assertThat(PublicUrl.of(SITES, CATALOG.get("fr"), ItemKind.POST, "bonjour"))
                .isEqualTo("https://glossa.example/fr/blog/bonjour");
        assertThat(PublicUrl.of(SITES, CATALOG.get("fr"), ItemKind.EXPERIENCE, "directrice"))
                .isEqualTo("https://glossa.example/fr/experience/directrice");
    }

    @Test
    void aNativeScriptSlugIsPercentEncoded() {
        assertThat(PublicUrl.of(SITES, CATALOG.get("ru"), ItemKind.POST, "привет"))
                .isEqualTo("https://ru.glossa.example/blog/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82");
        assertThat(PublicUrl.of(SITES, CATALOG.get("ur"), ItemKind.EXPERIENCE, "سلام"))
                .isEqualTo("https://ur.glossa.example/experience/%D8%B3%D9%84%D8%A7%D9%85");
    }

    @Test
    void theLanguageChooserHasNoItemPages() {
        assertThatThrownBy(() -> PublicUrl.of(SITES.xDefault(), ItemKind.POST, "hello-world"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-default");
    }
}
