package org.glossa.backoffice.boundary;

import java.io.Serializable;
import java.util.Locale;
import org.glossa.editorial.control.WorkList;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/** One line of the work list as a view reads it (Jakarta EL reads getters, not record components). */
public class WorkItem implements Serializable {

    private final String key;
    private final String title;
    private final String titleLang;
    private final String titleDir;
    private final String locale;
    private final String localeName;
    private final String kind;
    private final String state;
    private final String stateName;
    private final boolean needsAction;
    private final String editUrl;

    WorkItem(WorkList.Row row, UiLanguage ui) {
        LocaleDefinition source = LocaleCatalog.standard().get(row.sourceLocale());
        LocaleDefinition target = LocaleCatalog.standard().get(row.locale());
        this.key = row.kind() + "-" + row.itemId() + "-" + row.locale();
        this.title = row.sourceTitle();
        this.titleLang = source.tag();
        this.titleDir = source.direction().html();
        this.locale = target.tag();
        this.localeName = target.nativeName();
        this.kind = ui.t(WorkListView.kindKey(row.kind()));
        this.state = row.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.stateName = ui.t(StateLabels.key(row.state()));
        this.needsAction = row.state().needsAction();
        this.editUrl = "edit.xhtml?kind=" + row.kind().name().toLowerCase(Locale.ROOT) + "&id=" + row.itemId()
                + "&locale=" + target.tag();
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleLang() {
        return titleLang;
    }

    public String getTitleDir() {
        return titleDir;
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

    /** The state as a CSS class suffix ({@code in-review}). */
    public String getState() {
        return state;
    }

    public String getStateName() {
        return stateName;
    }

    /** The editor for this item in this locale, relative to the work list. */
    public String getEditUrl() {
        return editUrl;
    }

    public boolean isNeedsAction() {
        return needsAction;
    }
}
