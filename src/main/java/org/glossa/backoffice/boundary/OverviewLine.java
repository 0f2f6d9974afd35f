package org.glossa.backoffice.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossa.editorial.control.Overview;
import org.glossa.editorial.control.WorkState;
import org.glossa.editorial.control.WorkStates;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/** One line of the translation overview as a view reads it: the item and a cell per locale (getters for EL). */
public class OverviewLine implements Serializable {

    /**
     * One item in one locale: the state's name (text, never colour alone), a CSS class, whether it is the item's
     * source, and where it leads: the review screen while in review, the editor otherwise.
     */
    public record Cell(String state, String stateName, boolean source, boolean live, String href)
            implements Serializable {
        public String getState() {
            return state;
        }

        public String getStateName() {
            return stateName;
        }

        public boolean isSource() {
            return source;
        }

        public boolean isLive() {
            return live;
        }

        public String getHref() {
            return href;
        }
    }

    private final String key;
    private final String title;
    private final String titleLang;
    private final String titleDir;
    private final String kind;
    private final List<Cell> cells;

    OverviewLine(Overview.Line line, UiLanguage ui) {
        LocaleDefinition source = LocaleCatalog.standard().get(line.sourceLocale());
        String kindParam = line.kind().name().toLowerCase(Locale.ROOT);
        this.key = line.kind() + "-" + line.itemId();
        this.title = line.sourceTitle();
        this.titleLang = source.tag();
        this.titleDir = source.direction().html();
        this.kind = ui.t(WorkListView.kindKey(line.kind()));
        List<String> locales = LocaleCatalog.standard().tags();
        this.cells = new ArrayList<>();
        for (int i = 0; i < locales.size(); i++) {
            Overview.Cell cell = line.cells().get(i);
            String locale = locales.get(i);
            String state = cell == null ? WorkState.MISSING.name() : cell.state();
            String href = WorkState.IN_REVIEW.name().equals(state)
                    ? "review-item.xhtml?kind=" + kindParam + "&item=" + line.itemId() + "&locale=" + locale
                    : "edit.xhtml?kind=" + kindParam + "&id=" + line.itemId() + "&locale=" + locale;
            cells.add(new Cell(
                    state.toLowerCase(Locale.ROOT).replace('_', '-'),
                    ui.t(label(state)),
                    cell != null && cell.source(),
                    cell != null && cell.live(),
                    href));
        }
    }

    private static String label(String state) {
        return WorkStates.ARCHIVED.equals(state) ? "admin.state.archived" : StateLabels.key(WorkState.valueOf(state));
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

    public String getKind() {
        return kind;
    }

    /** The cells in the catalog's order of locales, as the columns are. */
    public List<Cell> getCells() {
        return cells;
    }
}
