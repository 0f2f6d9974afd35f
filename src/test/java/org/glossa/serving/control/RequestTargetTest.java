package org.glossa.serving.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTargetTest {

    @Test
    void pathsPagesHaveAreAccepted() {
        assertThat(RequestTarget.acceptable("/")).isTrue();
        assertThat(RequestTarget.acceptable("/blog")).isTrue();
        assertThat(RequestTarget.acceptable("/blog/")).isTrue();
        assertThat(RequestTarget.acceptable("/blog/caf%C3%A9-cr%C3%A8me")).isTrue();
        assertThat(RequestTarget.acceptable("/blog/%D9%85%D8%B1%D8%AD%D8%A8%D8%A7"))
                .isTrue();
        assertThat(RequestTarget.acceptable("/blog/a.b..c")).isTrue();
        assertThat(RequestTarget.acceptable("//blog")).isTrue(); // an empty segment: no page, answered 404
        assertThat(RequestTarget.acceptable("/sitemap-2.xml")).isTrue();
    }

    @Test
    void dotSegmentsSpeltOutOrEncodedAreRefused() {
        assertThat(RequestTarget.acceptable("/blog/../x")).isFalse();
        assertThat(RequestTarget.acceptable("/blog/./x")).isFalse();
        assertThat(RequestTarget.acceptable("/blog/..")).isFalse();
        assertThat(RequestTarget.acceptable("/blog/%2e%2e/%2E%2E/etc/passwd")).isFalse();
        assertThat(RequestTarget.acceptable("/blog/.%2e")).isFalse();
        assertThat(RequestTarget.acceptable("/blog/%2e")).isFalse();
    }

    @Test
    void brokenEncodingsControlsAndOtherBytesAreRefused() {
        assertThat(RequestTarget.acceptable("/blog/%")).isFalse();
        assertThat(RequestTarget.acceptable("/blog/%4")).isFalse();
        assertThat(RequestTarget.acceptable("/%ZZ")).isFalse();
        assertThat(RequestTarget.acceptable("/%00")).isFalse();
        assertThat(RequestTarget.acceptable("/a%0Ab")).isFalse();
        assertThat(RequestTarget.acceptable("/%7F")).isFalse();
        assertThat(RequestTarget.acceptable("/%c0%ae%c0%ae/")).isFalse(); // overlong UTF-8 for ".."
        assertThat(RequestTarget.acceptable("/%ff")).isFalse();
        assertThat(RequestTarget.acceptable("/caf\u00e9")).isFalse();
        assertThat(RequestTarget.acceptable("")).isFalse();
        assertThat(RequestTarget.acceptable("*")).isFalse();
        assertThat(RequestTarget.acceptable("blog")).isFalse();
    }
}
