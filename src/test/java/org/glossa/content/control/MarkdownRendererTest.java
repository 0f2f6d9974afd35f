package org.glossa.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void commonMarkBecomesHtml() {
        String markdown =
                "# Title\n\nSome *emphasis* and **strong**.\n\n```java\nint x = 1 < 2;\n```\n\n- one\n- two\n\n"
                        + "> quote with `code`\n";

        assertThat(MarkdownRenderer.toSafeHtml(markdown))
                .isEqualTo("<h1>Title</h1>\n<p>Some <em>emphasis</em> and <strong>strong</strong>.</p>\n"
                        + "<pre><code class=\"language-java\">int x = 1 &lt; 2;\n</code></pre>\n"
                        + "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
                        + "<blockquote>\n<p>quote with <code>code</code></p>\n</blockquote>\n");
    }

    @Test
    void linksKeepTheirTargetAndGetNofollowNoopener() {
        Elements links = links("[site](https://example.com/?a=1&b=2 \"Title\") <https://example.com/auto> "
                + "[mail](mailto:someone@example.com)");

        assertThat(links)
                .extracting(link -> link.attr("href"))
                .containsExactly(
                        "https://example.com/?a=1&b=2", "https://example.com/auto", "mailto:someone@example.com");
        assertThat(links).extracting(link -> link.attr("rel")).containsOnly("nofollow noopener");
        assertThat(links.get(0).attr("title")).isEqualTo("Title");
    }

    @Test
    void linksToTheSitesOwnPagesAndToAPartOfThePageKeepTheirTargetAsWritten() {
        Elements links = links("[post](/blog/ein-artikel?x=1#teil) [part](#teil) [relative](blog/x) [js](#)"
                + " [other](//example.com/x) [script](/javascript:alert(1))");
        assertThat(links)
                .extracting(link -> link.hasAttr("href") ? link.attr("href") : null)
                .containsExactly(
                        "/blog/ein-artikel?x=1#teil", "#teil", null, null, "//example.com/x", "/javascript:alert(1)");
        assertThat(links).extracting(link -> link.attr("rel")).containsOnly("nofollow noopener");
    }

    @Test
    void rawHtmlIsShownAsTextNeverInterpreted() {
        String html = MarkdownRenderer.toSafeHtml(
                "<script>alert(1)</script>\n\nText <b onclick=\"steal()\">bold</b> <img src=x onerror=steal()>");

        assertThat(Jsoup.parseBodyFragment(html).body().select("script, b, img, [onclick], [onerror]"))
                .isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).text())
                .isEqualTo(
                        "<script>alert(1)</script> Text <b onclick=\"steal()\">bold</b> <img src=x onerror=steal()>");
    }

    @Test
    void scriptAndDataLinksLoseTheirTarget() {
        Elements links =
                links("[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) "
                        + "[d](vbscript:msgbox)");

        assertThat(links)
                .hasSize(4)
                .allSatisfy(link -> assertThat(link.hasAttr("href")).isFalse());
    }

    @Test
    void imagesAreNotKept() {
        assertThat(MarkdownRenderer.toSafeHtml("![a cat](https://example.com/cat.png)"))
                .isEqualTo("<p></p>\n");
    }

    @Test
    void nullIsEmpty() {
        assertThat(MarkdownRenderer.toSafeHtml(null)).isEmpty();
    }

    private static Elements links(String markdown) {
        Element body =
                Jsoup.parseBodyFragment(MarkdownRenderer.toSafeHtml(markdown)).body();
        return body.select("a");
    }
}
