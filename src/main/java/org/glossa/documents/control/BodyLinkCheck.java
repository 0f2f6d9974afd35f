package org.glossa.documents.control;

import java.util.HashMap;
import java.util.Map;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.InternalLinks.InternalLink;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.PublicUrl;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SitePaths;

/**
 * The permalink check's third clause: every internal link in a live body leads to a page that answers. Each link of
 * the stored, sanitised HTML (what readers get; the Markdown source may hold a newer draft) is resolved as the pages
 * resolve it ({@link InternalLinks#resolve}, current and former bases), and its target's status asked of the same
 * {@link PageStatus} the sitemap check asks. 200 is fine, and so is 301: the pages write a former URL as the current
 * one when they render the body ({@code site.control.CurrentLinks}). A target that answers 404 or 410 is a
 * {@link PermalinkFinding} of the page that holds the link; external links are not checked.
 *
 * <p>The links are those stored with each publication when it was written ({@code content.entity.BodyLinks}): no body
 * is read or parsed again. A target several bodies link to is resolved once.
 */
public final class BodyLinkCheck {

    private final InternalLinks links;
    private final PageStatus pages;
    private final PermalinkFindings findings;
    /** Status per target (site base and raw path), for the run. */
    private final Map<String, Integer> statuses = new HashMap<>();

    private long nanos;

    public BodyLinkCheck(InternalLinks links, PageStatus pages, PermalinkFindings findings) {
        this.links = links;
        this.pages = pages;
        this.findings = findings;
    }

    /** Checks the links of one live body; each broken link, once per body, is a finding of the page showing it. */
    public void inspect(LiveBody body) {
        long started = System.nanoTime();
        try {
            Site own = links.sites().site(body.locale());
            String page = null;
            for (String href : body.hrefs()) {
                InternalLink link = links.resolve(href, own).orElse(null);
                if (link == null) {
                    continue;
                }
                int status = statuses.computeIfAbsent(
                        link.site().url("/") + "\n" + link.rawPath(), k -> pages.of(link.site(), link.rawPath()));
                if (status != 200 && status != 301) {
                    if (page == null) {
                        page = body.kind() == null
                                ? own.url(SitePaths.HOME)
                                : PublicUrl.of(own, body.kind(), body.slug());
                    }
                    findings.add(new PermalinkFinding(
                            body.locale().tag(),
                            page,
                            "links to " + href + ", which " + PermalinkCheck.describe(status)));
                }
            }
        } catch (RuntimeException e) {
            findings.add(new PermalinkFinding(
                    body.locale().tag(),
                    links.sites().site(body.locale()).url(SitePaths.HOME),
                    "the links of a live body could not be checked: " + e));
        } finally {
            nanos += System.nanoTime() - started;
        }
    }

    /** Time spent so far (resolving links, asking their targets' statuses). */
    public long elapsedNanos() {
        return nanos;
    }
}
