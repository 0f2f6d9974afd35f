package org.glossa.documents.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.InternalLinks.InternalLink;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.PageStatus.Target;
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
 * is read or parsed again. A target several bodies link to is resolved once, and the targets of a batch of bodies are
 * asked together, so that a site's statuses need not be read whole for the few thousand pages its bodies link to.
 */
public final class BodyLinkCheck {

    /** Bodies checked together: their targets' statuses are asked at once ({@link PageStatus#ofAll}). */
    static final int BODIES_PER_BATCH = 5_000;

    private final InternalLinks links;
    private final PageStatus pages;
    private final PermalinkFindings findings;
    /** Status per target (site base and raw path), for the run. */
    private final Map<String, Integer> statuses = new HashMap<>();
    /** Bodies whose links wait for their targets' statuses. */
    private final List<LiveBody> waiting = new ArrayList<>();

    private long nanos;

    public BodyLinkCheck(InternalLinks links, PageStatus pages, PermalinkFindings findings) {
        this.links = links;
        this.pages = pages;
        this.findings = findings;
    }

    /**
     * Takes the links of one live body; each broken link, once per body, becomes a finding of the page showing it by
     * the time {@link #finish} returns (bodies are checked a batch at a time).
     */
    public void inspect(LiveBody body) {
        waiting.add(body);
        if (waiting.size() >= BODIES_PER_BATCH) {
            checkWaiting();
        }
    }

    /** Checks the bodies taken since the last batch; call once, after the last {@link #inspect}. */
    public void finish() {
        checkWaiting();
    }

    /** Time spent so far (resolving links, asking their targets' statuses). */
    public long elapsedNanos() {
        return nanos;
    }

    private void checkWaiting() {
        long started = System.nanoTime();
        try {
            Map<String, Target> asked = new LinkedHashMap<>();
            Map<LiveBody, RuntimeException> unresolved = new IdentityHashMap<>();
            for (LiveBody body : waiting) {
                try {
                    Site own = own(body);
                    for (String href : body.hrefs()) {
                        links.resolve(href, own).ifPresent(link -> {
                            String key = key(link);
                            if (!statuses.containsKey(key)) {
                                asked.putIfAbsent(key, new Target(link.site(), link.rawPath()));
                            }
                        });
                    }
                } catch (RuntimeException e) {
                    unresolved.put(body, e);
                }
            }
            RuntimeException unanswered = answer(asked);
            for (LiveBody body : waiting) {
                RuntimeException failure = unresolved.get(body);
                if (failure == null) {
                    report(body, unanswered);
                } else {
                    notChecked(body, failure);
                }
            }
        } finally {
            waiting.clear();
            nanos += System.nanoTime() - started;
        }
    }

    /** Asks the targets' statuses together; @return why they could not be answered, or null */
    private RuntimeException answer(Map<String, Target> asked) {
        if (asked.isEmpty()) {
            return null;
        }
        try {
            int[] answered = pages.ofAll(List.copyOf(asked.values()));
            int i = 0;
            for (String key : asked.keySet()) {
                statuses.put(key, answered[i++]);
            }
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** @param unanswered why some targets have no status (null: all have one) */
    private void report(LiveBody body, RuntimeException unanswered) {
        Site own = own(body);
        String page = null;
        for (String href : body.hrefs()) {
            InternalLink link = links.resolve(href, own).orElse(null);
            if (link == null) {
                continue;
            }
            Integer status = statuses.get(key(link));
            if (status == null) {
                notChecked(body, unanswered);
                return;
            }
            if (status != 200 && status != 301) {
                if (page == null) {
                    page = pageOf(body);
                }
                findings.add(new PermalinkFinding(
                        body.locale().tag(), page, "links to " + href + ", which " + PermalinkCheck.describe(status)));
            }
        }
    }

    private void notChecked(LiveBody body, RuntimeException why) {
        findings.add(new PermalinkFinding(
                body.locale().tag(),
                own(body).url(SitePaths.HOME),
                "the links of a live body could not be checked: " + why));
    }

    /** The page readers see a body on. */
    private String pageOf(LiveBody body) {
        Site own = own(body);
        return body.kind() == null ? own.url(SitePaths.HOME) : PublicUrl.of(own, body.kind(), body.slug());
    }

    private Site own(LiveBody body) {
        return links.sites().site(body.locale());
    }

    private static String key(InternalLink link) {
        return link.site().url("/") + "\n" + link.rawPath();
    }
}
