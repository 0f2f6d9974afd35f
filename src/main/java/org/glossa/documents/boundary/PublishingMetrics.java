package org.glossa.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.scheduling.control.ReadersFirst;

/**
 * {@code glossa_publishing_lag_seconds{locale="de"}}: how long the locale's newest publication has waited for its
 * sitemap and feed, as the monitor last found it (0 when up to date); {@code glossa_broken_permalinks{locale="de"}}: the
 * findings of the locale's newest permalink check. One gauge of each per locale, registered at start-up. Beside them,
 * how many sitemap groups the runs since start rendered and kept, and how long they paused for readers' renders.
 */
@ApplicationScoped
public class PublishingMetrics {

    static final String LAG = "glossa_publishing_lag_seconds";
    static final String BROKEN_PERMALINKS = "glossa_broken_permalinks";
    static final String GROUPS_RENDERED = "glossa_sitemap_groups_rendered";
    static final String GROUPS_KEPT = "glossa_sitemap_groups_kept";
    static final String PAUSED_FOR_READERS = "glossa_documents_paused_for_readers_seconds";

    @Inject
    MetricRegistry registry;

    @Inject
    PublishingMonitor monitor;

    @Inject
    Regeneration regeneration;

    @Inject
    ReadersFirst readersFirst;

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Metadata metadata = Metadata.builder()
                .withName(LAG)
                .withDescription(
                        "Seconds the locale's newest publication has waited for its sitemap and feed (0: up to date)")
                .build();
        for (LocaleDefinition locale : LocaleCatalog.standard().all()) {
            String tag = locale.tag();
            registry.gauge(metadata, monitor, m -> m.lastLag(tag).toSeconds(), new Tag("locale", tag));
        }
        Metadata broken = Metadata.builder()
                .withName(BROKEN_PERMALINKS)
                .withDescription("Findings of the locale's newest permalink check: sitemap URLs and x-defaults that do"
                        + " not answer 200, alternates that do not pair back (0: none)")
                .build();
        for (LocaleDefinition locale : LocaleCatalog.standard().all()) {
            String tag = locale.tag();
            registry.gauge(broken, monitor, m -> m.lastBrokenPermalinks(tag), new Tag("locale", tag));
        }
        registry.gauge(
                Metadata.builder()
                        .withName(GROUPS_RENDERED)
                        .withDescription("Sitemap groups (one locale's section pages excluded) rendered since start:"
                                + " those whose inputs changed")
                        .build(),
                regeneration,
                Regeneration::renderedGroups);
        registry.gauge(
                Metadata.builder()
                        .withName(GROUPS_KEPT)
                        .withDescription("Sitemap groups kept as stored since start: their inputs had not changed")
                        .build(),
                regeneration,
                Regeneration::keptGroups);
        registry.gauge(
                Metadata.builder()
                        .withName(PAUSED_FOR_READERS)
                        .withDescription("Seconds the documents' runs have paused since start while readers' pages"
                                + " were rendered (at most half of their time)")
                        .build(),
                readersFirst,
                ReadersFirst::pausedSeconds);
    }
}
