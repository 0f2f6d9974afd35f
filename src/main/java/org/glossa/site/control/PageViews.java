package org.glossa.site.control;

import java.util.List;
import org.glossa.localization.control.Messages;

/** What the templates see: plain values, already formatted for the page's locale. */
final class PageViews {

    private PageViews() {}

    /** A link to one language version of the page (also what the language switcher shows). */
    record Alternate(String hreflang, String href, String label, String lang, String dir, boolean current) {}

    /** The parts every page has. */
    record Head(
            String lang,
            String dir,
            String title,
            String description,
            String canonical,
            List<Alternate> alternates,
            String xDefaultHref,
            List<Alternate> switcher,
            String homeUrl,
            String blogUrl,
            String experienceUrl,
            String section,
            String ownerName,
            Messages m,
            boolean noindex) {

        /** The same head, asking search engines not to index the page (previews of working versions). */
        Head noindexed() {
            return new Head(
                    lang,
                    dir,
                    title,
                    description,
                    canonical,
                    alternates,
                    xDefaultHref,
                    switcher,
                    homeUrl,
                    blogUrl,
                    experienceUrl,
                    section,
                    ownerName,
                    m,
                    true);
        }
    }

    record PostCard(String title, String url, String summary, String date, String isoDate) {}

    record CoverView(String src, int width, int height, String alt) {}

    record RoleView(
            String title,
            String organisation,
            String employment,
            String workplace,
            String range,
            String duration,
            String location,
            String url,
            String descriptionHtml,
            boolean current) {}

    record Pagination(int page, int pages, String newerUrl, String olderUrl, String label) {}

    record LanguageChoice(String href, String label, String lang, String dir) {}
}
