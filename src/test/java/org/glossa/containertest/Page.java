package org.glossa.containertest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A public page parsed the way a browser or crawler reads it. */
public record Page(String url, Document document) {

    public static Page parse(String url, String html) {
        return new Page(url, Jsoup.parse(html, url));
    }

    public String lang() {
        return document.selectFirst("html").attr("lang");
    }

    public String dir() {
        return document.selectFirst("html").attr("dir");
    }

    public String title() {
        return document.title();
    }

    public String canonical() {
        Element link = document.selectFirst("link[rel=canonical]");
        return link == null ? null : link.attr("href");
    }

    /** hreflang -> href of the page's alternates, x-default included. */
    public Map<String, String> alternates() {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element link : document.select("head link[rel=alternate][hreflang]")) {
            if (result.put(link.attr("hreflang"), link.attr("href")) != null) {
                throw new AssertionError(url + " lists hreflang " + link.attr("hreflang") + " twice");
            }
        }
        return result;
    }

    /** hreflang -> href of the language switcher's links. */
    public Map<String, String> switcher() {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element a : document.select("details.languages a[hreflang]")) {
            result.put(a.attr("hreflang"), a.attr("href"));
        }
        return result;
    }

    /** Absolute URLs of links whose path starts with the given segment, e.g. "/blog/". */
    public List<String> links(String pathPrefix) {
        return document.select("main a[href]").stream()
                .map(a -> a.attr("href"))
                .filter(h -> java.net.URI.create(h).getRawPath().contains(pathPrefix))
                .distinct()
                .toList();
    }

    public String text() {
        return document.text();
    }
}
