package org.glossa.documents.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.glossa.documents.entity.PublishingState;
import org.glossa.lifecycle.boundary.StartupProgress;
import org.glossa.lifecycle.boundary.StartupStep;
import org.glossa.localization.control.LocaleCatalog;

/**
 * Generates the documents during start-up, after demo content (if any) is loaded.
 *
 * <p>On a site that has no documents yet (a fresh database, or a locale never generated), synchronously, so it serves
 * them as soon as it takes requests: a run racing the first requests would make start-up behaviour depend on timing.
 * Until that run is done, content events do not schedule runs (it covers them).
 *
 * <p>On a site whose every locale was generated before (a restart, another node joining), the stored documents are
 * served as they are and the full run goes on in the background: it checks them against the content and this
 * release's configuration and replaces what differs, as the periodic run does. Start-up then does nothing
 * proportional to the content (at 850,850 translations the run takes minutes), and content events schedule their
 * runs from the start.
 */
@Startup
@Singleton
@DependsOn({"Scheduling", "DemoContent"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentsAtStartup {

    private static final Logger LOG = Logger.getLogger(DocumentsAtStartup.class.getName());

    @Inject
    Regeneration regeneration;

    @Inject
    DocumentTriggers triggers;

    @Inject
    PublishingRuns runs;

    @Resource
    ManagedExecutorService background;

    @Inject
    StartupProgress startup;

    @PostConstruct
    void generate() {
        if (everyLocaleGenerated()) {
            triggers.started();
            background.submit(() -> run("in the background after start-up"));
            LOG.info("Every locale's sitemaps and feeds are stored: they are served while a full run checks them"
                    + " in the background");
        } else {
            try {
                run("at start-up");
            } finally {
                triggers.started();
            }
        }
        startup.finished(StartupStep.DOCUMENTS);
    }

    private void run(String when) {
        try {
            int written = regeneration.regenerateAll();
            LOG.info(() -> "Sitemaps and feeds generated " + when + ": " + written + " document(s) written");
        } catch (RuntimeException e) {
            // The stored documents (if any) stay served; the periodic run repairs them.
            LOG.log(Level.SEVERE, "Generating sitemaps and feeds " + when + " failed: " + e, e);
        }
    }

    private boolean everyLocaleGenerated() {
        try {
            Set<String> generated = runs.all().stream()
                    .filter(state -> state.lastSuccessAt().isPresent())
                    .map(PublishingState::locale)
                    .collect(Collectors.toSet());
            return generated.containsAll(LocaleCatalog.standard().tags());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read which locales were generated; generating now", e);
            return false;
        }
    }
}
