package org.glossa.site.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteServletTest {

    @Test
    void gzipIsSentOnlyWhenTheClientAcceptsIt() {
        assertThat(SiteServlet.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(SiteServlet.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(SiteServlet.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(SiteServlet.acceptsGzip("identity")).isFalse();
        assertThat(SiteServlet.acceptsGzip("x-gzip-like")).isFalse();
        assertThat(SiteServlet.acceptsGzip(null)).isFalse();
    }
}
