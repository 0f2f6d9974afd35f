package org.glossa.backoffice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Translation;
import org.glossa.domains.boundary.PreviewLinks;
import org.glossa.localization.control.LocaleCatalog;

/** Makes the preview links the editor and the review screen show, for a translation the viewer has already read. */
@ApplicationScoped
public class PreviewOffers {

    @Inject
    PreviewLinks links;

    @Inject
    BackOffice backOffice;

    /**
     * A link to the translation's current revision, valid from now; {@code null} for a kind without pages (the
     * profile), which the editor's and review screen's rendered body preview shows instead.
     */
    PreviewOffer of(Translation translation, ItemKind kind, long itemId, UiLanguage ui) {
        if (!kind.hasPages()) {
            return null;
        }
        Instant now = Instant.now();
        String url = links.link(
                kind, itemId, LocaleCatalog.standard().get(translation.locale()), translation.revisionNumber(), now);
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(ui.getJavaLocale())
                        .withZone(backOffice.ownerZone())
                        .format(now.plus(links.ttl()))
                + " (" + backOffice.ownerZone().getId() + ")";
        return new PreviewOffer(url, until);
    }
}
