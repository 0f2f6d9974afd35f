package org.glossa.content.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyLinksTest {

    @Test
    void eachDistinctHrefOfTheAnchorsInTheOrderTheyFirstAppearWithEntitiesDecoded() {
        String html = """
                <p>See <a href="/blog/first">the first</a>, <a href="https://elsewhere.example/?a=1&amp;b=2">a page
                elsewhere</a>, <a href="/blog/first">the first again</a> and <a href="/blog/%C3%BCber">über</a>.</p>
                <p><a>no href</a> <a href="  ">blank</a> <img src="/media/1" alt=""></p>""";

        assertThat(BodyLinks.of(html))
                .containsExactly("/blog/first", "https://elsewhere.example/?a=1&b=2", "/blog/%C3%BCber");
    }

    @Test
    void aBodyWithoutAnchorsHasNoLinks() {
        assertThat(BodyLinks.of("<p>No link, though it speaks of href.</p>")).isEmpty();
        assertThat(BodyLinks.of("")).isEmpty();
        assertThat(BodyLinks.of(null)).isEmpty();
    }
}
