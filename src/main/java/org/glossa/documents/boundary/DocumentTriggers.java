package org.glossa.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.scheduling.boundary.Scheduling;

/**
 * A publication, unpublication or slug change records a regeneration request in the change's own transaction, and
 * once it committed asks for a run right away. The run regenerates the changed locale and the locales whose sitemaps list
 * the item's alternates; documents whose bytes do not change are not rewritten, so their ETags stay. Requests
 * made while a run is pending join it.
 */
@ApplicationScoped
public class DocumentTriggers {

    private static final Logger LOG = Logger.getLogger(DocumentTriggers.class.getName());

    @Inject
    Scheduling scheduling;

    @Inject
    RegenerationRequests requests;

    private volatile boolean started;

    /**
     * The start-up generation is done: from now on every change schedules a run. A change committed while it ran
     * may have left a request it did not see, so a run is asked for if any waits.
     */
    public void started() {
        started = true;
        try {
            if (scheduling.running() && requests.anyPending()) {
                scheduling.fireNow(RegenerateDocumentsJob.class);
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not schedule the regeneration of the requests made during start-up; "
                            + "the periodic run will catch up",
                    e);
        }
    }

    void recordRequest(@Observes ContentChanged event) {
        requests.record(event, Instant.now());
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        if (!started || !scheduling.running()) {
            // Start-up: DocumentsAtStartup generates everything once demo content is loaded.
            return;
        }
        try {
            scheduling.fireNow(RegenerateDocumentsJob.class);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not schedule the regeneration of sitemaps and feeds for " + event.locales()
                            + "; the periodic run will catch up",
                    e);
        }
    }
}
