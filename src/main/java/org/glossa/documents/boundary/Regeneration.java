package org.glossa.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.documents.control.BodyLinkCheck;
import org.glossa.documents.control.ChangedItems;
import org.glossa.documents.control.GeneratedDocument;
import org.glossa.documents.control.GenerationObserver;
import org.glossa.documents.control.GroupStatuses;
import org.glossa.documents.control.PartPlan;
import org.glossa.documents.control.PermalinkCheck;
import org.glossa.documents.control.PermalinkFinding;
import org.glossa.documents.control.PermalinkFindings;
import org.glossa.documents.control.PublishedContent;
import org.glossa.documents.control.SiteDocuments;
import org.glossa.documents.control.SitemapLimits;
import org.glossa.documents.control.SitemapUrl;
import org.glossa.documents.entity.PublishingState;
import org.glossa.domains.boundary.PageResolver;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.Site;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.scheduling.control.ReadersFirst;

/**
 * Regenerates sitemaps, news sitemaps, feeds and robots.txt from the live content into stored documents: everything
 * (the periodic safety net, and start-up) or what waiting requests touch. Requests never generate; they are served
 * by {@link ServedDocuments}, whose copies this clears after each run.
 */
@ApplicationScoped
public class Regeneration {

    private static final Logger LOG = Logger.getLogger(Regeneration.class.getName());

    @Inject
    Sites sites;

    @Inject
    DocumentStore store;

    @Inject
    PublishingRuns runs;

    @Inject
    RegenerationRequests requests;

    @Inject
    ServedDocuments served;

    @Inject
    PageResolver pageResolver;

    @Inject
    ReadersFirst readersFirst;

    @Inject
    @ConfigProperty(name = "glossa.sitemap.max-urls", defaultValue = "50000")
    int maxUrls;

    @Inject
    @ConfigProperty(name = "glossa.sitemap.max-bytes", defaultValue = "52428800")
    long maxBytes;

    /** Item ids per sitemap group (stable membership): a change re-renders the group holding its item. */
    @Inject
    @ConfigProperty(name = "glossa.sitemap.items-per-part", defaultValue = "" + SiteDocuments.DEFAULT_ITEMS_PER_PART)
    int itemsPerPart;

    private final Clock clock = Clock.systemUTC();
    /** Rounds one firing runs at most: a steady stream of changes still lets the job end now and then. */
    private static final int MAX_ROUNDS = 50;

    private final ReentrantLock running = new ReentrantLock(true);
    private final AtomicLong renderedGroups = new AtomicLong();
    private final AtomicLong keptGroups = new AtomicLong();
    /**
     * Set once a full run succeeded on this node: from then on every stored part carries a stamp made with this node's
     * configuration (base URLs, limits), so a run for a few changed items may keep the other groups as stored. Before,
     * a stored stamp may come from another configuration (the one before a restart), which only a full plan sees.
     */
    private final AtomicBoolean fullRunSucceeded = new AtomicBoolean();

    /** Sitemap groups the runs since start rendered (their inputs had changed), over all locales. */
    public long renderedGroups() {
        return renderedGroups.get();
    }

    /** Sitemap groups the runs since start kept as stored, over all locales. */
    public long keptGroups() {
        return keptGroups.get();
    }

    /**
     * Regenerates every locale's documents (each in its own transaction), the x-default site's sitemap and every
     * host's robots.txt: the periodic safety net, and start-up. Requests waiting when it starts are covered by it.
     * A locale that fails keeps its previous documents; the others are still regenerated.
     *
     * @return how many documents were written
     */
    public int regenerateAll() {
        RegenerationRequests.Pending covered = requests.pending();
        Outcome outcome = new Outcome();
        if (outcome.attempt(() -> regenerate(
                LocaleCatalog.standard().all().stream()
                        .map(LocaleDefinition::tag)
                        .toList(),
                covered.lastId(),
                null,
                Optional.empty()))) {
            fullRunSucceeded.set(true);
        }
        outcome.attempt(() -> {
            requests.done(covered);
            return 0;
        });
        return outcome.writtenOrThrow();
    }

    /**
     * Regenerates what the waiting requests touch (the changed locales and those where the changed items are live)
     * and the locales whose retry after a failure is due, round after round until no request waits: the requests made
     * during a round (a burst of approvals) are taken by the next round at once, not by another firing of the job.
     * A round that approvals came during leaves its permalink check to the next one (see {@link LeftToCheck}).
     *
     * @return how many documents were written
     */
    public int regenerateRequested() {
        Outcome outcome = new Outcome();
        LeftToCheck leftToCheck = new LeftToCheck();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            RegenerationRequests.Pending pending = requests.pending();
            Set<String> locales = new TreeSet<>(pending.locales());
            Collection<String> retries = runs.retryDue(clock.instant());
            locales.addAll(retries);
            if (locales.isEmpty() && pending.isEmpty()) {
                break;
            }
            // A locale retried after a failure, or a whole locale requested, is planned whole.
            Optional<ChangedItems> changed =
                    fullRunSucceeded.get() && retries.isEmpty() ? pending.items() : Optional.empty();
            LOG.info(() -> "Regenerating the documents of " + locales + " for "
                    + pending.ids().size() + " request(s)"
                    + (changed.isPresent() ? ", planned from the changed items' groups" : ""));
            outcome.attempt(() -> regenerate(locales, pending.lastId(), leftToCheck, changed));
            // Deleted whatever the outcome: a failed locale is retried through its publishing state, with backoff.
            if (!outcome.attempt(() -> {
                requests.done(pending);
                return 0;
            })) {
                break;
            }
        }
        if (!leftToCheck.locales.isEmpty()) {
            LOG.info(() -> "The permalinks of " + leftToCheck.locales + " were not checked: the round left to check"
                    + " them did not run; their findings stay as they were until the next run renders them");
        }
        return outcome.writtenOrThrow();
    }

    /**
     * The permalink check a round of {@link #regenerateRequested} left to the next round of the same firing: the
     * locales it rendered items in, and what its sitemap check found in them. A round that approvals came during (a
     * burst) is followed at once by another, which renders the changed items again; checking the links inside every
     * live body of its locales (8 to 11 s for 17 locales at 850,000 translations) would hold that round back, and with
     * it the approvals' visibility. The next round checks the bodies of its own locales and of these with the content
     * it reads, and records their findings together. The sitemaps' alternates are paired by the last round, as before.
     */
    private static final class LeftToCheck {
        private PermalinkFindings findings = new PermalinkFindings();
        private final List<LocaleDefinition> locales = new ArrayList<>();

        /** What a round takes over: the findings it adds to, and the locales it checks besides its own. */
        PermalinkFindings takeFindings() {
            PermalinkFindings taken = findings;
            findings = new PermalinkFindings();
            return taken;
        }

        List<LocaleDefinition> takeLocales() {
            List<LocaleDefinition> taken = List.copyOf(locales);
            locales.clear();
            return taken;
        }

        void leave(PermalinkFindings found, List<LocaleDefinition> rendered) {
            findings = found;
            locales.addAll(rendered);
        }
    }

    /** Documents written by the steps of a run, and its first failure (later ones suppressed into it). */
    private static final class Outcome {
        private int written;
        private RuntimeException failure;

        /** @return whether the step succeeded */
        boolean attempt(IntSupplier step) {
            try {
                written += step.getAsInt();
                return true;
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
                return false;
            }
        }

        int writtenOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return written;
        }
    }

    /** The checks of one run: the generated sitemaps, and the links inside the live bodies. */
    private record Checks(PermalinkCheck sitemaps, GroupStatuses listed, BodyLinkCheck bodies) {}

    /**
     * The permalink check of a run: statuses from content read for this run (not the copy that serves readers), each
     * site's when the check first asks about it. Without it the run goes on unchecked and the findings stay as they
     * were; a site whose content cannot be read later is a finding of the locale being checked.
     */
    private Optional<Checks> permalinkCheck(
            LocaleCatalog catalog, List<LocaleDefinition> locales, PermalinkFindings findings, PartPlan plan) {
        try {
            // The parts this run renders list only the items of its groups; the bodies link anywhere.
            GroupStatuses listed =
                    new GroupStatuses(pageResolver::freshForGroup, pageResolver::fresh, plan.renderedRanges());
            PageStatus linked = pageResolver.fresh();
            return Optional.of(new Checks(
                    new PermalinkCheck(sites.directory(), catalog, listed, locales, findings),
                    listed,
                    new BodyLinkCheck(sites.links(), linked, findings)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The permalinks of " + locales.size() + " locale(s) are not checked this run", e);
            return Optional.empty();
        }
    }

    /**
     * Checks the links inside the live bodies of the regenerated locales, pairs the alternates, then records per
     * regenerated locale what the checks found (a locale whose generation failed keeps its previous findings). The
     * sitemap check's findings went into {@code findings} as each locale was generated.
     */
    private void recordPermalinks(
            Checks check,
            PermalinkFindings findings,
            List<LocaleDefinition> regenerated,
            Instant runStartedAt,
            long snapshotNanos,
            boolean pair) {
        try {
            store.eachLiveBody(regenerated, check.bodies()::inspect);
            check.bodies().finish();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The links inside live bodies are not checked this run", e);
            regenerated.forEach(l -> findings.add(new PermalinkFinding(
                    l.tag(), sites.directory().site(l).url("/"), "the live bodies could not be read: " + e)));
        }
        if (pair) {
            check.sitemaps().finish();
        } else {
            LOG.info("Alternates not paired by this run: content changed while it ran, or its groups could not be"
                    + " rendered ahead; the next run pairs them");
        }
        for (LocaleDefinition locale : regenerated) {
            String tag = locale.tag();
            int broken = findings.count(tag);
            if (broken > 0) {
                // Kept parts are not checked again: the next run must render this locale's parts to see them.
                try {
                    store.forgetStamps(tag);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The input stamps of " + tag + " could not be cleared", e);
                }
            }
            runs.permalinksChecked(
                    tag,
                    runStartedAt,
                    broken,
                    findings.examples(tag).stream()
                            .map(f -> new PublishingState.BrokenPermalink(f.url(), f.problem()))
                            .toList());
            if (broken > 0) {
                LOG.warning(() -> "Permalink check of " + tag + ": " + broken + " finding(s), e.g. "
                        + findings.examples(tag).get(0));
            }
        }
        long millis = (check.sitemaps().elapsedNanos() + check.bodies().elapsedNanos() + snapshotNanos) / 1_000_000;
        LOG.info(() -> "Permalink check of " + regenerated.size() + " locale(s): " + findings.total()
                + " finding(s) in " + millis + " ms");
    }

    /**
     * The observer, with each URL the run lists a point where it steps aside while a reader's page is rendered
     * ({@link ReadersFirst}): a long run (the full regeneration renders every group of 17 locales) would otherwise
     * share the processor with the pages readers are waiting for.
     */
    private GenerationObserver yieldingToReaders(GenerationObserver observer) {
        return new GenerationObserver() {
            @Override
            public void listed(SitemapUrl url) {
                readersFirst.pause();
                observer.listed(url);
            }

            @Override
            public void generated(List<GeneratedDocument> documents, List<String> names) {
                observer.generated(documents, names);
            }
        };
    }

    /**
     * The item groups the run renders, rendered group by group before the locales' transactions store them (see
     * {@link SiteDocuments#preRender}). Empty when that fails: then each locale renders its own, as it does for a
     * locale whose stored parts another node changed meanwhile, and the run does not pair the alternates (the check saw
     * some URLs while they were rendered ahead, and sees them again).
     */
    private Optional<SiteDocuments.RenderedParts> preRender(
            Function<PublishedContent, SiteDocuments> generator,
            List<LocaleDefinition> locales,
            PartPlan plan,
            Function<LocaleDefinition, GenerationObserver> observers,
            Optional<Checks> check) {
        if (locales.stream().noneMatch(l -> plan.rendersItems(l.tag()))) {
            return Optional.of(SiteDocuments.RenderedParts.NONE);
        }
        try {
            return Optional.of(store.preRender(
                    generator,
                    locales,
                    plan,
                    observers,
                    (group, next) -> check.ifPresent(c -> c.listed().focus(group, next))));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The item groups were not rendered ahead; each locale renders its own", e);
            return Optional.empty();
        } finally {
            check.ifPresent(c -> c.listed().unfocus());
        }
    }

    /**
     * These locales' documents, then x-default's and robots.txt (both small, and x-default's follows every locale).
     *
     * @param coveredUpTo the newest regeneration request this run covers (-1: none)
     * @param leftToCheck  where a round of a burst leaves its permalink check (null: every run checks its own)
     * @param changed      the items the run is for, when it plans their groups only (empty: every group)
     */
    private int regenerate(
            Collection<String> localeTags, long coveredUpTo, LeftToCheck leftToCheck, Optional<ChangedItems> changed) {
        // One run at a time on a node (start-up, the cron's and the requests' runs may meet): a run plans from what
        // the one before it stored, so it keeps what that one rendered instead of rendering it again.
        running.lock();
        try {
            return regenerateAlone(localeTags, coveredUpTo, leftToCheck, changed);
        } finally {
            running.unlock();
        }
    }

    private int regenerateAlone(
            Collection<String> localeTags, long coveredUpTo, LeftToCheck leftToCheck, Optional<ChangedItems> changed) {
        Instant now = clock.instant();
        LocaleCatalog catalog = LocaleCatalog.standard();
        SitemapLimits limits = new SitemapLimits(maxUrls, maxBytes);
        Function<PublishedContent, SiteDocuments> generator =
                content -> new SiteDocuments(sites.directory(), catalog, content, limits, itemsPerPart);
        int written = 0;
        RuntimeException failure = null;
        List<LocaleDefinition> locales =
                localeTags.stream().map(catalog::find).flatMap(Optional::stream).toList();
        PartPlan plan;
        try {
            plan = store.plan(generator, locales, changed);
        } catch (RuntimeException e) {
            locales.forEach(l -> runs.failed(l.tag(), now, e));
            LOG.log(
                    Level.SEVERE,
                    "No documents were regenerated (the run could not be planned); the previous ones stay",
                    e);
            throw e;
        }
        // Checked: the locales where an item group is rendered. A locale whose parts are all kept lists nothing that
        // changed since its last check (a locale with findings has no stamps, so it always renders).
        List<LocaleDefinition> checked =
                locales.stream().filter(l -> plan.rendersItems(l.tag())).toList();
        renderedGroups.addAndGet(plan.renderedGroups());
        keptGroups.addAndGet(plan.keptGroups());
        LOG.info(() -> "Regenerating " + locales.size() + " locale(s): " + plan.renderedGroups()
                + " sitemap group(s) to render, " + plan.keptGroups() + " kept unchanged");
        PermalinkFindings findings = leftToCheck == null ? new PermalinkFindings() : leftToCheck.takeFindings();
        List<LocaleDefinition> left = leftToCheck == null ? List.of() : leftToCheck.takeLocales();
        long checkStarted = System.nanoTime();
        Optional<Checks> check = checked.isEmpty() && left.isEmpty()
                ? Optional.empty()
                : permalinkCheck(catalog, checked, findings, plan);
        long snapshotNanos = System.nanoTime() - checkStarted;
        List<LocaleDefinition> regenerated = new ArrayList<>();
        // Rendered and checked by the round before: their bodies are checked, and their findings recorded, with these.
        left.stream().filter(l -> !checked.contains(l)).forEach(regenerated::add);
        Function<LocaleDefinition, GenerationObserver> observers =
                locale -> yieldingToReaders(check.filter(c -> checked.contains(locale))
                        .map(c -> c.sitemaps().observer(locale))
                        .orElse(GenerationObserver.NONE));
        Optional<SiteDocuments.RenderedParts> ahead = preRender(generator, locales, plan, observers, check);
        try (SiteDocuments.RenderedParts preRendered = ahead.orElse(SiteDocuments.RenderedParts.NONE)) {
            for (LocaleDefinition locale : locales) {
                String tag = locale.tag();
                try {
                    DocumentStore.Regenerated outcome =
                            store.regenerate(generator, locale, now, observers.apply(locale), plan, preRendered);
                    written += outcome.written();
                    runs.succeeded(tag, now, outcome.notices());
                    if (checked.contains(locale)) {
                        regenerated.add(locale);
                    }
                } catch (RuntimeException e) {
                    runs.failed(tag, now, e);
                    LOG.log(
                            Level.SEVERE,
                            "Documents of " + tag + " were not regenerated; the previous ones stay served",
                            e);
                    failure = failure == null ? e : failure;
                }
            }
        }
        // Small, and regenerated by every run: a failure here is logged and repaired by the next run.
        try {
            written += store.regenerateXDefault(generator, now);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The x-default sitemap was not regenerated; the previous one stays served", e);
            failure = failure == null ? e : failure;
        }
        for (String host : Stream.concat(
                        sites.directory().locales().stream(),
                        Stream.of(sites.directory().xDefault()))
                .map(Site::host)
                .distinct()
                .toList()) {
            try {
                if (store.regenerateRobots(generator, host, now)) {
                    written++;
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.SEVERE,
                        "robots.txt of " + host + " was not regenerated; the previous one stays served",
                        e);
                failure = failure == null ? e : failure;
            }
        }
        served.forgetAll();
        // Content changed while the locales were generated one after another (a burst of approvals): their
        // alternates may disagree for a moment, and the next round, already asked for, renders and pairs them again.
        boolean changedMeanwhile = check.isPresent() && requests.anyAfter(coveredUpTo);
        if (changedMeanwhile && leftToCheck != null) {
            leftToCheck.leave(findings, regenerated);
            LOG.info(() -> "Permalink check of " + regenerated.size() + " locale(s) left to the next round: approvals"
                    + " came while this one ran");
        } else {
            boolean pair = !changedMeanwhile && ahead.isPresent();
            check.ifPresent(c -> recordPermalinks(c, findings, regenerated, now, snapshotNanos, pair));
        }
        if (failure != null) {
            throw failure;
        }
        return written;
    }
}
