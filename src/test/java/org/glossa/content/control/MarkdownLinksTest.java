package org.glossa.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownLinksTest {

    @Test
    void inlineReferenceAndAutolinksAreFoundInOrder() {
        String markdown = """
                See [the post](https://glossa.example/blog/one "Title") and [ref][r], then <https://glossa.example/blog/two>.

                * [nested **bold** link](/blog/three?x=1#part)

                [r]: /experience/lead
                """;
        assertThat(MarkdownLinks.destinations(markdown))
                .containsExactly(
                        "https://glossa.example/blog/one",
                        "/experience/lead",
                        "https://glossa.example/blog/two",
                        "/blog/three?x=1#part");
    }

    @Test
    void textThatOnlyLooksLikeALinkIsNotOne() {
        String markdown = """
                A bare https://glossa.example/blog/one, `[code](/blog/two)`, \\[escaped](/blog/three),
                <a href="/blog/four">raw html</a> and an image ![alt](/media/1).

                    [indented code](/blog/five)
                """;
        assertThat(MarkdownLinks.destinations(markdown)).isEmpty();
        assertThat(MarkdownLinks.destinations(null)).isEmpty();
    }

    @Test
    void aDestinationIsGivenAsWrittenWithEscapesAndEntitiesResolved() {
        assertThat(MarkdownLinks.destinations("[x](</blog/новый адрес>) [y](/blog/a\\_b&amp;c)"))
                .containsExactly("/blog/новый адрес", "/blog/a_b&c");
    }
}
