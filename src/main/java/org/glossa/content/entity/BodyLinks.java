package org.glossa.content.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The links of a sanitised body as a publication stores them beside it ({@code publication_link}): each distinct
 * {@code href} of its anchors, in the order they first appear, as the attribute's value (entities decoded). The
 * permalink check reads these instead of parsing every live body again on every run.
 */
public final class BodyLinks {

    private BodyLinks() {}

    public static List<String> of(String html) {
        if (html == null || !html.contains("href")) {
            return List.of();
        }
        Set<String> hrefs = new LinkedHashSet<>();
        for (Element a : Jsoup.parseBodyFragment(html).select("a[href]")) {
            String href = a.attr("href");
            if (!href.isBlank()) {
                hrefs.add(href);
            }
        }
        return List.copyOf(hrefs);
    }
}
