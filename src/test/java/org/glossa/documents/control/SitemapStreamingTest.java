package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * 200,000 URLs from a generator into streams that only count bytes: the writer must finish without holding the
 * URLs or the files in memory, and split at 50,000 URLs. Memory is not measured; laziness is, by recording how
 * many URLs had been generated when each file was started.
 */
class SitemapStreamingTest {

    private static final int URL_COUNT = 200_000;

    @Test
    void writesTwoHundredThousandUrlsLazilyIntoFilesOfFiftyThousand() throws Exception {
        GeneratedUrls urls = new GeneratedUrls(URL_COUNT);
        List<CountingSink> sinks = new ArrayList<>();
        List<Integer> generatedWhenStarted = new ArrayList<>();

        List<SitemapPart> parts = new SitemapWriter().writeParts(urls, index -> {
            generatedWhenStarted.add(urls.generated);
            CountingSink sink = new CountingSink();
            sinks.add(sink);
            return sink;
        });

        assertThat(parts).extracting(SitemapPart::urlCount).containsExactly(50_000, 50_000, 50_000, 50_000);
        // each file starts when its first URL is generated, not after reading everything
        assertThat(generatedWhenStarted).containsExactly(1, 50_001, 100_001, 150_001);
        assertThat(parts)
                .extracting(SitemapPart::bytes)
                .containsExactlyElementsOf(
                        sinks.stream().map(sink -> sink.bytes).toList());
        assertThat(parts)
                .allSatisfy(part -> assertThat(part.bytes()).isLessThanOrEqualTo(SitemapLimits.PROTOCOL.maxBytes()));
        assertThat(sinks).allSatisfy(sink -> assertThat(sink.closed).isTrue());
        assertThat(parts.get(3).newestLastModified()).isEqualTo(GeneratedUrls.BASE.plusSeconds(URL_COUNT - 1));
    }

    /** The English side of a 3-version cluster per page, made on demand. */
    private static final class GeneratedUrls implements Iterator<SitemapUrl> {
        static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
        private final int count;
        int generated;

        GeneratedUrls(int count) {
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return generated < count;
        }

        @Override
        public SitemapUrl next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = generated++;
            String en = "https://glossa.example/en/articles/" + i;
            return new SitemapUrl(
                    en,
                    BASE.plusSeconds(i),
                    List.of(
                            new Alternate("en", en),
                            new Alternate("de", "https://glossa.example/de/artikel/" + i),
                            new Alternate(Alternate.X_DEFAULT, "https://glossa.example/articles/" + i)),
                    List.of());
        }
    }

    private static final class CountingSink extends OutputStream {
        long bytes;
        boolean closed;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
