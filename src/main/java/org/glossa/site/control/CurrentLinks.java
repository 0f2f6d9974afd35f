package org.glossa.site.control;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.InternalLinks.InternalLink;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SitePaths;
import org.glossa.site.control.SiteContent.SlugRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the internal links of a stored, sanitised body as the current URLs of the pages they lead to: a link to a
 * former base ({@code GLOSSA_FORMER_SITES}), to a former slug of an item live in the link's locale, or to another
 * spelling of a live slug becomes the page's canonical URL, query and fragment kept; so does a root-relative link
 * that a browser would take out of its site's path prefix. Links to current URLs, external links and links to no
 * live page (the submission check's business) are left as they are, and HTML without any link that could be
 * internal is returned as it is, unparsed. Only a body with a link to rewrite is re-serialised.
 */
final class CurrentLinks {

    private final InternalLinks links;
    private final SiteContent content;

    CurrentLinks(InternalLinks links, SiteContent content) {
        this.links = links;
        this.content = content;
    }

    /**
     * The HTML with its internal links current, for a page of {@code own}'s locale. The slugs its links name are looked
     * up together ({@link SiteContent#liveSlugs}): a body costs the same lookup however many links it has.
     */
    String in(String html, Site own) {
        if (!links.mayLinkInside(html)) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        Map<Element, InternalLink> internal = new LinkedHashMap<>();
        for (Element a : document.select("a[href]")) {
            links.resolve(a.attr("href"), own)
                    .filter(link -> link.page().isPresent())
                    .ifPresent(link -> internal.put(a, link));
        }
        if (internal.isEmpty()) {
            return html;
        }
        Set<SlugRef> refs = new HashSet<>();
        internal.values().forEach(link -> ref(link).ifPresent(refs::add));
        Map<SlugRef, String> liveSlugs = refs.isEmpty() ? Map.of() : content.liveSlugs(refs);
        boolean changed = false;
        for (Map.Entry<Element, InternalLink> e : internal.entrySet()) {
            Optional<String> current = current(e.getValue(), liveSlugs);
            if (current.isPresent()) {
                e.getKey().attr("href", current.get());
                changed = true;
            }
        }
        return changed ? document.body().html() : html;
    }

    /** The item a link to an item page names, by its slug in the link's locale. */
    private static Optional<SlugRef> ref(InternalLink link) {
        if (!(link.page().get() instanceof SitePaths.Item item)) {
            return Optional.empty();
        }
        return Optional.of(SlugRef.of(item, link.site().locale()));
    }

    /** The current URL of the page a link leads to, when the link does not already name it as such. */
    private static Optional<String> current(InternalLink link, Map<SlugRef, String> liveSlugs) {
        Optional<String> path = link.page().get() instanceof SitePaths.Item item
                ? ref(link).map(liveSlugs::get).map(slug -> SitePaths.item(item.kind(), slug))
                : Optional.of(SitePaths.path(link.page().get()));
        return path.filter(p -> !link.direct() || !p.equals(link.rawPath()))
                .map(p -> link.site().url(p) + link.suffix());
    }
}
