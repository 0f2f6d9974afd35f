package org.glossa.backoffice.boundary;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.glossa.editorial.boundary.AuditTrail;
import org.glossa.editorial.entity.AuditEntry;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/** One line of the audit log as the audit screen shows it, in the owner's time zone and UI language. */
public class AuditRow implements Serializable {

    private final String key;
    private final String at;
    private final String atIso;
    private final String actor;
    private final String action;
    private final String change;
    private final String itemTitle;
    private final String itemLang;
    private final String itemDir;
    private final String itemHref;
    private final String kind;
    private final String locale;
    private final String localeName;
    private final String comment;

    AuditRow(AuditTrail.Line line, UiLanguage ui, ZoneId zone) {
        AuditEntry e = line.entry();
        LocaleDefinition target = LocaleCatalog.standard().find(e.locale()).orElse(null);
        String kindParam = e.kind().name().toLowerCase(Locale.ROOT);
        this.key = Long.toString(e.id());
        this.at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getJavaLocale())
                .withZone(zone)
                .format(e.occurredAt());
        this.atIso = e.occurredAt().toString();
        this.actor = e.actor();
        this.action = ui.t(AuditLogView.actionKey(e.action()));
        // The arrow points the way the UI reads: from the first state named to the second.
        String arrow = "rtl".equals(ui.getDir()) ? " ← " : " → ";
        this.change = e.fromStatus() == e.toStatus()
                ? ui.t(StateLabels.key(e.toStatus(), null, false))
                : ui.t(StateLabels.key(e.fromStatus(), null, false))
                        + arrow
                        + ui.t(StateLabels.key(e.toStatus(), null, false));
        LocaleDefinition source = line.itemTitle() == null
                ? null
                : LocaleCatalog.standard().find(line.itemTitle().locale()).orElse(null);
        this.itemTitle =
                line.itemTitle() == null ? "#" + e.itemId() : line.itemTitle().title();
        this.itemLang = source == null ? ui.getTag() : source.tag();
        this.itemDir = source == null ? ui.getDir() : source.direction().html();
        this.itemHref = "edit.xhtml?kind=" + kindParam + "&id=" + e.itemId() + "&locale=" + e.locale();
        this.kind = ui.t(WorkListView.kindKey(e.kind()));
        this.locale = e.locale();
        this.localeName = target == null ? e.locale() : target.nativeName();
        this.comment = e.comment() == null ? "" : e.comment();
    }

    public String getKey() {
        return key;
    }

    public String getAt() {
        return at;
    }

    public String getAtIso() {
        return atIso;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getChange() {
        return change;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public String getItemLang() {
        return itemLang;
    }

    public String getItemDir() {
        return itemDir;
    }

    /** The item's editor in the entry's locale, relative to the audit screen. */
    public String getItemHref() {
        return itemHref;
    }

    public String getKind() {
        return kind;
    }

    public String getLocale() {
        return locale;
    }

    public String getLocaleName() {
        return localeName;
    }

    public String getComment() {
        return comment;
    }
}
