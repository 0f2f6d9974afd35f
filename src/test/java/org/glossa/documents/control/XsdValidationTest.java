package org.glossa.documents.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation helper must fail the mistakes the official schemas catch, or "validates" in other tests means nothing. */
class XsdValidationTest {

    private static final String URLSET = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">";
    private static final String NEWS = "<news:news><news:publication><news:name>Glossa</news:name>"
            + "<news:language>%s</news:language></news:publication>"
            + "<news:publication_date>2026-11-24T10:20:30Z</news:publication_date>%s</news:news>";

    @Test
    void acceptsAMinimalSitemap() {
        assertThat(urlsetProblems(
                        "<url><loc>https://glossa.example/en/</loc><lastmod>2026-11-24T10:20:30+00:00</lastmod></url>"))
                .isEmpty();
    }

    @Test
    void rejectsWhatTheOfficialSchemasForbid() {
        assertThat(urlsetProblems(
                        "<url><loc>https://glossa.example/en/</loc><lastmod>2026-11-24T10:20Z</lastmod></url>"))
                .as("lastmod without seconds")
                .isNotEmpty();
        assertThat(
                        urlsetProblems(
                                "<url><loc>https://glossa.example/en/</loc>"
                                        + "<xhtml:link rel=\"alternate\" hreflang=\"pt_BR\" href=\"https://glossa.example/pt-br/\"/></url>"))
                .as("hreflang with an underscore")
                .isNotEmpty();
        assertThat(urlsetProblems("<url><loc>https://glossa.example/zh-hans/</loc>"
                        + NEWS.formatted("zh-Hans", "<news:title>t</news:title>") + "</url>"))
                .as("news language zh-Hans")
                .isNotEmpty();
        assertThat(urlsetProblems("<url><loc>https://glossa.example/en/</loc>" + NEWS.formatted("en", "") + "</url>"))
                .as("news without title")
                .isNotEmpty();
        assertThat(urlsetProblems("<url><loc>https://glossa.example/en/</loc><unknown/></url>"))
                .as("unknown element")
                .isNotEmpty();
        assertThat(urlsetProblems("<url><loc>https://glossa.example/?a=1&b=2</loc></url>"))
                .as("unescaped &")
                .isNotEmpty();
        assertThat(XsdValidation.problems(
                        XsdValidation.SITEMAP_INDEX,
                        (URLSET + "<url><loc>https://glossa.example/en/</loc></url></urlset>").getBytes(UTF_8)))
                .as("urlset checked as an index")
                .isNotEmpty();
    }

    private static List<String> urlsetProblems(String urls) {
        return XsdValidation.problems(XsdValidation.URLSET, (URLSET + urls + "</urlset>").getBytes(UTF_8));
    }
}
