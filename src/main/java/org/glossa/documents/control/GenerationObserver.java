package org.glossa.documents.control;

import java.util.List;

/**
 * What a check sees of one locale's generation: each sitemap URL as the writer takes it into a part, then the whole
 * set of generated documents before they are stored. Neither call may throw or keep what it is given.
 */
public interface GenerationObserver {

    GenerationObserver NONE = new GenerationObserver() {
        @Override
        public void listed(SitemapUrl url) {}

        @Override
        public void generated(List<GeneratedDocument> documents) {}
    };

    /** A URL the sitemap writer takes into the current part (a generation that fails afterwards stores nothing). */
    void listed(SitemapUrl url);

    /** Every document of the generation, the index among them. */
    void generated(List<GeneratedDocument> documents);
}
