package org.glossa.backoffice.boundary;

import java.util.Locale;
import org.glossa.editorial.boundary.ContentConsole;

/** One item in the owner's content list, with getters for the page (EL does not read records' accessors). */
public final class ContentRow {

    private final ContentConsole.Row row;
    private final String state;
    private final String sourceLocaleName;
    private final String liveNames;

    ContentRow(ContentConsole.Row row, String state, String sourceLocaleName, String liveNames) {
        this.row = row;
        this.state = state;
        this.sourceLocaleName = sourceLocaleName;
        this.liveNames = liveNames;
    }

    public String getKey() {
        return getKind() + "-" + row.id();
    }

    /** The kind as the editor's URL spells it: {@code post} or {@code experience}. */
    public String getKind() {
        return row.kind().name().toLowerCase(Locale.ROOT);
    }

    public long getId() {
        return row.id();
    }

    public String getTitle() {
        return row.title();
    }

    public String getSourceLocale() {
        return row.sourceLocale();
    }

    public String getSourceLocaleName() {
        return sourceLocaleName;
    }

    public String getState() {
        return state;
    }

    public boolean isLive() {
        return !row.liveLocales().isEmpty();
    }

    public boolean isArchived() {
        return row.sourceStatus() == org.glossa.content.entity.TranslationStatus.ARCHIVED;
    }

    /**
     * Where readers find it now: the locales' names as a list in the UI language ("English, French and German";
     * Arabic joins with its own comma and "و"); empty when nowhere.
     */
    public String getLiveNames() {
        return liveNames;
    }
}
