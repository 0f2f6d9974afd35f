package org.glossa.documents.control;

import java.util.List;

/**
 * What a check sees of one locale's generation: each sitemap URL as the writer takes it into a part, then the whole
 * set of generated documents before they are stored (parts the run kept unchanged are neither listed nor generated). Neither call may throw or keep what it is given.
 */
public interface GenerationObserver {

    GenerationObserver NONE = new GenerationObserver() {
        @Override
        public void listed(SitemapUrl url) {}

        @Override
        public void generated(List<GeneratedDocument> documents, List<String> names) {}
    };

    /** A URL the sitemap writer takes into the current part (a generation that fails afterwards stores nothing). */
    void listed(SitemapUrl url);

    /**
     * Every document the generation rendered, the index among them, and the names of every document the site has
     * after it (kept parts included).
     */
    void generated(List<GeneratedDocument> documents, List<String> names);
}
