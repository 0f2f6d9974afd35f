package org.glossa.editorial.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.glossa.content.control.MarkdownLinks;
import org.glossa.content.control.SlugPolicy;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.InternalLinks.InternalLink;
import org.glossa.domains.control.PublicUrl;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SitePaths;
import org.glossa.editorial.control.LinkTargets.Address;

/**
 * The quality check on a body's links before it goes live: every internal link ({@link InternalLinks}) must lead to
 * a page readers can open in the link's locale: a section page, an item live there, or a former URL of an item live
 * there (it redirects). A link to a page that is not live, or to a path that is no page, is broken; where the item
 * it meant is live in the text's own locale, that version's URL is suggested. External links are not checked.
 */
public final class LinkCheck {

    /**
     * A link that leads to no live page.
     *
     * @param href       as written in the body
     * @param reason     why it is broken
     * @param suggestion the current URL of the item it meant, live in the text's own locale, or {@code null}
     */
    public record BrokenLink(String href, String reason, String suggestion) {

        /** One line for a problem's field message or a review comment. */
        public String describe() {
            return href + ": " + reason + (suggestion == null ? "" : "; its live version here is " + suggestion);
        }
    }

    private LinkCheck() {}

    /**
     * The broken internal links of a body, each once, in the order they first appear.
     *
     * @param own     the site of the text's locale
     * @param self    the address the text itself will have when live (a text may link to itself)
     * @param targets reads what is live at a set of canonical slugs ({@link TranslationQueries#linkTargets});
     *                called at most once, and only when the body links to an item
     */
    public static List<BrokenLink> broken(
            String body,
            Site own,
            InternalLinks links,
            Address self,
            Function<Collection<String>, LinkTargets> targets) {
        List<BrokenLink> broken = new ArrayList<>();
        Map<String, Address> items = new LinkedHashMap<>();
        for (String href : new LinkedHashSet<>(MarkdownLinks.destinations(body))) {
            Optional<InternalLink> resolved = links.resolve(href, own);
            if (resolved.isEmpty()) {
                continue;
            }
            InternalLink link = resolved.get();
            if (link.page().isEmpty()) {
                broken.add(new BrokenLink(href, "no page of " + link.site().base() + " has this address", null));
                continue;
            }
            if (link.page().get() instanceof SitePaths.Item item) {
                String canonical =
                        SlugPolicy.canonicalForm(item.slug(), link.site().locale());
                Address address = new Address(item.kind(), link.site().locale().tag(), canonical);
                if (!address.equals(self)) {
                    items.put(href, address);
                }
            }
        }
        if (!items.isEmpty()) {
            LinkTargets found = targets.apply(
                    items.values().stream().map(Address::slug).distinct().toList());
            items.forEach((href, address) -> {
                if (!found.isLive(address) && !found.redirects(address)) {
                    String suggestion = found.liveSlugOf(address, own.locale().tag())
                            .map(slug -> PublicUrl.of(own, address.kind(), slug))
                            .orElse(null);
                    broken.add(new BrokenLink(
                            href, "nothing is published at this address in " + address.locale(), suggestion));
                }
            });
        }
        return broken;
    }
}
