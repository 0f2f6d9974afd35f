package org.glossa.serving.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAnswersTest {

    @Test
    void gzipIsSentOnlyWhenTheClientAcceptsIt() {
        assertThat(PublicAnswers.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PublicAnswers.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(PublicAnswers.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PublicAnswers.acceptsGzip("identity")).isFalse();
        assertThat(PublicAnswers.acceptsGzip("x-gzip-like")).isFalse();
        assertThat(PublicAnswers.acceptsGzip(null)).isFalse();
    }
}
