package org.glossa.domains.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glossa.content.entity.ItemKind;

/**
 * The hreflang alternates of one page: every language version of it, itself included, in catalogue order, and the
 * version for readers whose language is not among them ({@code x-default}). A page's {@code <link rel="alternate">},
 * its language switcher and its sitemap entry are all written from this, so they agree; and since the alternates of
 * an item do not depend on which of its versions asks, every version lists the same set (Google's hreflang rules:
 * reciprocal links).
 *
 * @param versions every language version of the page, in catalogue order
 * @param xDefault absolute URL of its x-default version
 */
public record Alternates(List<LanguageVersion> versions, String xDefault) {

    public Alternates {
        versions = List.copyOf(versions);
        Objects.requireNonNull(xDefault, "xDefault");
    }

    /** One {@code hreflang} code and the URL it names. */
    public record Link(String hreflang, String href) {}

    /**
     * A section page every locale's site has (home, blog, experience): every locale, and x-default as
     * {@link SiteDirectory#xDefaultUrl} chooses it (the language chooser for home).
     */
    public static Alternates ofSection(SiteDirectory sites, String sectionPath) {
        return new Alternates(
                sites.locales().stream()
                        .map(site -> new LanguageVersion(site.locale(), site.url(sectionPath)))
                        .toList(),
                sites.xDefaultUrl(sectionPath));
    }

    /**
     * A post's or experience entry's page: the locales where it is live, and x-default on its source locale's page,
     * else (the original is not live) on the first live one.
     *
     * @param liveSlugs locale tag to slug, for every locale where the item is live
     * @throws IllegalArgumentException when the item is live nowhere (then it has no page)
     */
    public static Alternates ofItem(
            SiteDirectory sites, ItemKind kind, String sourceLocale, Map<String, String> liveSlugs) {
        List<LanguageVersion> versions = new ArrayList<>();
        for (Site site : sites.locales()) {
            String slug = liveSlugs.get(site.locale().tag());
            if (slug != null) {
                versions.add(new LanguageVersion(site.locale(), PublicUrl.of(site, kind, slug)));
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " live nowhere has no page, so no alternates");
        }
        LanguageVersion original = versions.stream()
                .filter(v -> v.locale().tag().equals(sourceLocale))
                .findFirst()
                .orElse(versions.get(0));
        return new Alternates(versions, original.url());
    }

    /** A page only {@code site} has (a later page of its blog lists other posts than another locale's): itself. */
    public static Alternates ofPageOnlyOn(Site site, String path) {
        String url = site.url(path);
        return new Alternates(List.of(new LanguageVersion(site.locale(), url)), url);
    }

    /** Every version, then x-default: what a page's head and its sitemap entry declare, in that order. */
    public List<Link> links() {
        List<Link> links = new ArrayList<>(versions.size() + 1);
        versions.forEach(v -> links.add(new Link(v.hreflang(), v.url())));
        links.add(new Link(Site.X_DEFAULT, xDefault));
        return List.copyOf(links);
    }
}
