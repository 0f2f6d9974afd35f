package org.glossa.content.control;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns authors' Markdown into HTML that is safe to put on a page. Raw HTML in the Markdown is escaped
 * by the renderer and the result passes an allow-list sanitiser as well, so a {@code <script>} or a
 * {@code javascript:} link never reaches a reader even if one of the two layers has a gap. Relative links (to the
 * site's own pages, {@code /blog/x}, or to a part of the page, {@code #part}) keep their target.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = new SiteLinks(Safelist.relaxed()
            .removeTags("img")
            .addAttributes("code", "class")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addProtocols("a", "href", "https", "http", "mailto"));

    /**
     * Also keeps a link to a page of the site ({@code /blog/x}), to another site on the page's own scheme
     * ({@code //host/x}) or to a part of the page ({@code #part}) as it is written: no scheme can hide behind a leading
     * {@code /} or {@code #}. Other relative links have no protocol to check and lose their target, as before.
     */
    private static final class SiteLinks extends Safelist {

        SiteLinks(Safelist base) {
            super(base);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            if ("a".equals(tagName) && "href".equals(attr.getKey())) {
                String href = attr.getValue();
                if (href.startsWith("/") || href.startsWith("#") && href.length() > 1) {
                    return true;
                }
            }
            return super.isSafeAttribute(tagName, el, attr);
        }
    }

    private MarkdownRenderer() {}

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(parse(markdown));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output);
    }

    /** The syntax tree of a text, as it is rendered; {@link MarkdownLinks} reads its links from it. */
    static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
