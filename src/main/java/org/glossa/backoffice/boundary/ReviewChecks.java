package org.glossa.backoffice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.control.TranslationQuality;
import org.glossa.localization.control.Messages;

/**
 * The review screen's quality checks ({@code WEB-INF/includes/review-checks.xhtml}): what the checks find in the
 * submitted text now, and the warnings the translator acknowledged when submitting it, in the owner's language.
 * Read once per view, for the translation {@link ReviewView} shows.
 */
@Named("reviewChecks")
@ViewScoped
public class ReviewChecks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewView review;

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    private List<FindingRow> findings;
    private List<FindingRow> acknowledged;

    private void read() {
        if (findings != null) {
            return;
        }
        ItemKind kind = ItemKind.valueOf(review.getKind().toUpperCase(Locale.ROOT));
        Messages messages = Messages.of(ui.locale());
        TranslationQuality.Report report =
                translations.checks(viewers.current(), kind, review.getItem(), review.getLocale());
        findings =
                report.findings().stream().map(f -> new FindingRow(f, messages)).toList();
        acknowledged =
                translations
                        .acknowledgedWarnings(viewers.current(), kind, review.getItem(), review.getLocale())
                        .stream()
                        .map(f -> new FindingRow(f, messages))
                        .toList();
    }

    public List<FindingRow> getFindings() {
        read();
        return findings;
    }

    public List<FindingRow> getAcknowledged() {
        read();
        return acknowledged;
    }
}
