package org.glossa.site.control;

import java.util.Optional;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.InternalLinks.InternalLink;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SitePaths;
import org.glossa.localization.control.LocaleDefinition;
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
    private final SiteSnapshot snapshot;

    CurrentLinks(InternalLinks links, SiteSnapshot snapshot) {
        this.links = links;
        this.snapshot = snapshot;
    }

    /** The HTML with its internal links current, for a page of {@code own}'s locale. */
    String in(String html, Site own) {
        if (!links.mayLinkInside(html)) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        boolean changed = false;
        for (Element a : document.select("a[href]")) {
            Optional<String> current = links.resolve(a.attr("href"), own).flatMap(this::current);
            if (current.isPresent()) {
                a.attr("href", current.get());
                changed = true;
            }
        }
        return changed ? document.body().html() : html;
    }

    /** The current URL of the page a link leads to, when the link does not already name it as such. */
    private Optional<String> current(InternalLink link) {
        if (link.page().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> path = link.page().get() instanceof SitePaths.Item item
                ? liveSlug(link.site().locale(), item).map(slug -> SitePaths.item(item.kind(), slug))
                : Optional.of(SitePaths.path(link.page().get()));
        return path.filter(p -> !link.direct() || !p.equals(link.rawPath()))
                .map(p -> link.site().url(p) + link.suffix());
    }

    /** The live slug of the item a slug names in a locale: its own, or the item's whose former slug it is. */
    private Optional<String> liveSlug(LocaleDefinition locale, SitePaths.Item item) {
        String tag = locale.tag();
        String canonical = SlugPolicy.canonicalForm(item.slug(), locale);
        Optional<SiteSnapshot.LiveText> live = item.kind() == ItemKind.POST
                ? snapshot.postBySlug(tag, canonical).flatMap(p -> p.in(tag))
                : snapshot.experienceBySlug(tag, canonical).flatMap(e -> e.in(tag));
        if (live.isEmpty()) {
            live = snapshot.formerOwner(item.kind(), tag, canonical)
                    .flatMap(id -> item.kind() == ItemKind.POST
                            ? snapshot.postById(id).flatMap(p -> p.in(tag))
                            : snapshot.experienceById(id).flatMap(e -> e.in(tag)));
        }
        return live.map(SiteSnapshot.LiveText::slug);
    }
}
