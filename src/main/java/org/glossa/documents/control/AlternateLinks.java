package org.glossa.documents.control;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Every language version of a page as its sitemap entries list them: an immutable list, each hreflang in it at most
 * once (Google's hreflang rules: one URL per code). The versions of one item list the same links, so a run builds one
 * instance per item and its seventeen entries share it: the list is checked once, and its {@code <xhtml:link>}
 * markup escaped once ({@link #markup}), not once per entry.
 */
public final class AlternateLinks extends AbstractList<Alternate> implements RandomAccess {

    private static final AlternateLinks NONE = new AlternateLinks(List.of());

    private final List<Alternate> links;

    /** Written by the first entry that writes this list; the same bytes whichever thread writes them first. */
    private volatile byte[] markup;

    private AlternateLinks(List<Alternate> links) {
        this.links = List.copyOf(links);
        Set<String> seen = new HashSet<>();
        for (Alternate alternate : this.links) {
            if (!seen.add(alternate.hreflang().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("hreflang " + alternate.hreflang() + " appears more than once among"
                        + " the alternates " + this.links + " (Google's hreflang rules: one URL per code)");
            }
        }
    }

    /** {@code alternates} as they are if they were checked already, else checked into a new list. */
    public static AlternateLinks of(List<Alternate> alternates) {
        if (alternates instanceof AlternateLinks checked) {
            return checked;
        }
        return alternates.isEmpty() ? NONE : new AlternateLinks(alternates);
    }

    @Override
    public Alternate get(int index) {
        return links.get(index);
    }

    @Override
    public int size() {
        return links.size();
    }

    /** Whether one of the versions is at exactly {@code href}. */
    public boolean includes(String href) {
        for (Alternate alternate : links) {
            if (alternate.href().equals(href)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The links as {@code <xhtml:link rel="alternate" hreflang="..." href="..."/>} elements one after another,
     * escaped as {@link SitemapWriter} escapes every entry.
     */
    byte[] markup() {
        byte[] bytes = markup;
        if (bytes == null) {
            XmlFragment.AsciiMarkup xml = new XmlFragment.AsciiMarkup();
            for (Alternate alternate : links) {
                xml.raw("<xhtml:link")
                        .attribute("rel", "alternate")
                        .attribute("hreflang", alternate.hreflang())
                        .attribute("href", alternate.href())
                        .raw("/>");
            }
            bytes = xml.toByteArray();
            markup = bytes;
        }
        return bytes;
    }
}
