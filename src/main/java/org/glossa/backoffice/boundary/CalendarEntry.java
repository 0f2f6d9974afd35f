package org.glossa.backoffice.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.glossa.content.entity.Translation;
import org.glossa.editorial.boundary.ETags;
import org.glossa.editorial.control.ScheduledPublication;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * One scheduled publication as the calendar shows it (in the schedule, in the list beside it and in the dialog): the
 * source title, the locale named in its own language, the time in the owner's zone, the review screen's link, and the
 * ETag of the version the owner sees, so a move is refused if the translation changed meanwhile.
 */
public class CalendarEntry implements Serializable {

    private final long translationId;
    private final String kind;
    private final long item;
    private final String locale;
    private final String localeName;
    private final String localeDir;
    private final String sourceTitle;
    private final String sourceLang;
    private final String sourceDir;
    private final Instant publishAt;
    private final LocalDateTime localTime;
    private final String shown;
    private final String etag;

    CalendarEntry(ScheduledPublication s, ZoneId zone, Locale uiLocale) {
        Translation t = s.translation();
        LocaleDefinition l = LocaleCatalog.standard().get(t.locale());
        this.translationId = t.id();
        this.kind = t.kind().name().toLowerCase(Locale.ROOT);
        this.item = t.itemId();
        this.locale = l.tag();
        this.localeName = l.nativeName();
        this.localeDir = l.direction().html();
        this.sourceTitle = s.sourceTitle() == null ? "" : s.sourceTitle();
        LocaleDefinition source = LocaleCatalog.standard().get(t.item().sourceLocale());
        this.sourceLang = source.tag();
        this.sourceDir = source.direction().html();
        this.publishAt = t.publishAt();
        this.localTime = LocalDateTime.ofInstant(publishAt, zone);
        this.shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(uiLocale)
                .withZone(zone)
                .format(publishAt);
        this.etag = ETags.of(t);
    }

    /** What the schedule's entry says: the source title and the locale (the schedule shows the time itself). */
    String title() {
        return sourceTitle + " · " + localeName;
    }

    public String getKey() {
        return Long.toString(translationId);
    }

    public String getKind() {
        return kind;
    }

    public long getItem() {
        return item;
    }

    public String getLocale() {
        return locale;
    }

    public String getLocaleName() {
        return localeName;
    }

    public String getLocaleDir() {
        return localeDir;
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

    public Instant getPublishAt() {
        return publishAt;
    }

    /** The time in the owner's zone, as the schedule places it. */
    public LocalDateTime getLocalTime() {
        return localTime;
    }

    /** The time in the owner's zone, written out in the UI language. */
    public String getShown() {
        return shown;
    }

    /** For a {@code <time datetime>}: the instant itself. */
    public String getIso() {
        return publishAt.toString();
    }

    public String getEtag() {
        return etag;
    }

    /** The owner's review screen for this translation. */
    public String getReviewHref() {
        return "review-item.xhtml?kind=" + kind + "&item=" + item + "&locale=" + locale;
    }
}
