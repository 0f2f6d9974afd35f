package org.glossa.documents.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates the documents once during start-up, after demo content (if any) is loaded, so a fresh site serves
 * them as soon as it takes requests. Synchronous on purpose: a run racing the first requests would make start-up
 * behaviour depend on timing. Until it is done, content events do not schedule runs (this one covers them).
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

    @PostConstruct
    void generate() {
        try {
            int written = regeneration.regenerateAll();
            LOG.info(() -> "Sitemaps and feeds generated at start-up: " + written + " document(s) written");
        } catch (RuntimeException e) {
            // The stored documents (if any) stay served; the periodic run repairs them.
            LOG.log(Level.SEVERE, "Generating sitemaps and feeds at start-up failed: " + e, e);
        } finally {
            triggers.started();
        }
    }
}
