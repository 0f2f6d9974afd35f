package org.glossa.backoffice.boundary;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.glossa.content.entity.Translation;
import org.glossa.editorial.control.ReviewQueueEntry;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/** One line of the review queue as a view reads it. */
public class ReviewRow implements Serializable {

    private final String key;
    private final String href;
    private final String locale;
    private final String localeName;
    private final String kind;
    private final String sourceTitle;
    private final String sourceLang;
    private final String sourceDir;
    private final String translator;
    private final String submittedAt;
    private final String submittedAtIso;

    ReviewRow(ReviewQueueEntry entry, UiLanguage ui, ZoneId zone) {
        Translation t = entry.translation();
        LocaleDefinition target = LocaleCatalog.standard().get(t.locale());
        LocaleDefinition source = LocaleCatalog.standard().get(t.item().sourceLocale());
        String kindParam = t.kind().name().toLowerCase(Locale.ROOT);
        this.key = kindParam + "-" + t.itemId() + "-" + t.locale();
        this.href = "review-item.xhtml?kind=" + kindParam + "&item=" + t.itemId() + "&locale=" + t.locale();
        this.locale = target.tag();
        this.localeName = target.nativeName();
        this.kind = ui.t(WorkListView.kindKey(t.kind()));
        this.sourceTitle = entry.sourceTitle() == null ? "" : entry.sourceTitle();
        this.sourceLang = source.tag();
        this.sourceDir = source.direction().html();
        this.translator = entry.translator() == null ? "" : entry.translator();
        this.submittedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getJavaLocale())
                .withZone(zone)
                .format(t.updatedAt());
        this.submittedAtIso = t.updatedAt().toString();
    }

    public String getKey() {
        return key;
    }

    /** The review screen of this submission, relative to the queue. */
    public String getHref() {
        return href;
    }

    public String getLocale() {
        return locale;
    }

    public String getLocaleName() {
        return localeName;
    }

    public String getKind() {
        return kind;
    }

    public String getSourceTitle() {
        return sourceTitle;
    }

    public String getSourceLang() {
        return sourceLang;
    }

    public String getSourceDir() {
        return sourceDir;
    }

    public String getTranslator() {
        return translator;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedAtIso() {
        return submittedAtIso;
    }
}
