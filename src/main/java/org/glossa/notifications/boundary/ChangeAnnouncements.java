package org.glossa.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.notifications.control.IndexNow;
import org.glossa.notifications.control.WebSubPing;
import org.glossa.notifications.entity.OutboundNotification.Kind;

/**
 * Tells the outside world that a locale's documents changed, through the notification queue and in the
 * transaction that stored them: a WebSub publish ping for the locale's feed when {@code glossa.websub.hub} is set
 * (WebSub: publishing), and an IndexNow submission of the changed page URLs when {@code glossa.indexnow.key} is set (IndexNow: a batch of the added, updated or deleted URLs).
 */
@ApplicationScoped
public class ChangeAnnouncements {

    private static final Logger LOG = Logger.getLogger(ChangeAnnouncements.class.getName());

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "glossa.websub.hub")
    Optional<String> hub;

    @Inject
    @ConfigProperty(name = "glossa.indexnow.key")
    Optional<String> indexNowKey;

    @Inject
    @ConfigProperty(name = "glossa.indexnow.endpoint", defaultValue = "https://api.indexnow.org/indexnow")
    String indexNowEndpoint;

    /** The configured WebSub hub URL, if any. */
    public Optional<String> hub() {
        return hub.map(String::strip).filter(h -> !h.isEmpty());
    }

    private volatile Optional<String> checkedKey;

    /**
     * The configured IndexNow key, if any and valid (IndexNow: key file). An invalid key turns IndexNow off with one SEVERE log
     * entry instead of failing the pages that check for the key file.
     */
    public Optional<String> indexNowKey() {
        Optional<String> key = checkedKey;
        if (key == null) {
            key = indexNowKey.map(String::strip).filter(k -> !k.isEmpty());
            if (key.isPresent() && !IndexNow.validKey(key.get())) {
                LOG.severe("glossa.indexnow.key is not 8-128 characters of a-z, A-Z, 0-9 and '-': IndexNow is off");
                key = Optional.empty();
            }
            checkedKey = key;
        }
        return key;
    }

    public boolean indexNowEnabled() {
        return indexNowKey().isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void feedChanged(String feedUrl) {
        hub().ifPresent(h -> notifications.enqueue(Kind.WEBSUB, h, WebSubPing.CONTENT_TYPE, WebSubPing.body(feedUrl)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pagesChanged(List<String> pageUrls) {
        if (pageUrls.isEmpty()) {
            return;
        }
        indexNowKey()
                .ifPresent(key -> IndexNow.payloads(key, pageUrls)
                        .forEach(body ->
                                notifications.enqueue(Kind.INDEXNOW, indexNowEndpoint, IndexNow.CONTENT_TYPE, body)));
    }
}
