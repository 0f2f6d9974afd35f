package org.glossa.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentFilterTest {

    @Test
    void gzipIsSentOnlyWhenTheClientAcceptsIt() {
        assertThat(DocumentFilter.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(DocumentFilter.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(DocumentFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(DocumentFilter.acceptsGzip("identity")).isFalse();
        assertThat(DocumentFilter.acceptsGzip("x-gzip-like")).isFalse();
        assertThat(DocumentFilter.acceptsGzip(null)).isFalse();
    }
}
