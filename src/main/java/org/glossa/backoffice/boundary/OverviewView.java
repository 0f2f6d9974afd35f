package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.control.Overview;
import org.glossa.editorial.control.WorkState;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's translation overview ({@code /admin/overview.xhtml}): every item by all 17 locales with its state, a
 * cell leading to the editor (or the review screen while in review); above it, per locale, the share of items live
 * and how many are outdated. Filtered by kind and by a state in one locale, searched by source title, a page at a
 * time, every page read by key beside the page before ({@link Translations#overview}).
 */
@Named("overview")
@ViewScoped
public class OverviewView implements Serializable {

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    private String kind;
    private String locale;
    private String state;
    private String search;

    /** The filter in force (changed only by a valid "Filter"), its total, and the page last read. */
    private Overview.Filter applied = new Overview.Filter(null, null, null, null);

    private Overview.Filter counted;
    private long size;
    private Overview.Page previous;
    private List<Overview.LocaleCount> counters;

    private final LazyDataModel<OverviewLine> lines = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // Counted on every page (one statement over the counters); the page before is kept for the same filter,
            // so that the next page is read by key.
            if (!applied.equals(counted)) {
                counted = applied;
                previous = null;
            }
            size = translations.overviewSize(viewers.current(), counted);
            return (int) Math.min(Integer.MAX_VALUE, size);
        }

        @Override
        public List<OverviewLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (!applied.equals(counted)) {
                counted = applied;
                previous = null;
                size = translations.overviewSize(viewers.current(), applied);
            }
            previous = translations.overview(viewers.current(), applied, size, previous, first, pageSize);
            return previous.lines().stream().map(l -> new OverviewLine(l, ui)).toList();
        }

        @Override
        public String getRowKey(OverviewLine line) {
            return line.getKey();
        }
    };

    /**
     * Applies the filters from the first page on. A state is a state in one locale: a state without its locale is
     * refused at the locale field.
     */
    public void apply() {
        boolean hasState = state != null && !state.isBlank();
        boolean hasLocale = locale != null && !locale.isBlank();
        if (hasState && !hasLocale) {
            String message = ui.t("backoffice.overview.stateNeedsLocale");
            FacesContext.getCurrentInstance()
                    .addMessage("overview:locale", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        applied = new Overview.Filter(
                kind == null || kind.isBlank() ? null : ItemKind.valueOf(kind),
                hasState ? LocaleCatalog.standard().get(locale).tag() : null,
                hasState ? WorkState.valueOf(state) : null,
                search);
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("overview:lines")
                instanceof DataTable table) {
            table.reset();
        }
    }

    public LazyDataModel<OverviewLine> getLines() {
        return lines;
    }

    /** The columns: every locale of the catalog, named in its own language. */
    public List<LocaleDefinition> getColumns() {
        return LocaleCatalog.standard().all();
    }

    /** Per locale, in the columns' order: items, live, outdated (one statement, read once per view). */
    public List<Overview.LocaleCount> getCounters() {
        if (counters == null) {
            counters = translations.overviewCounters(viewers.current());
        }
        return counters;
    }

    public String nativeName(String tag) {
        return LocaleCatalog.standard().get(tag).nativeName();
    }

    public List<SelectItem> getStates() {
        List<SelectItem> states = new ArrayList<>();
        for (WorkState s : WorkState.values()) {
            states.add(new SelectItem(s.name(), ui.t(StateLabels.key(s))));
        }
        return states;
    }

    public List<SelectItem> getLocales() {
        List<SelectItem> locales = new ArrayList<>();
        for (LocaleDefinition l : LocaleCatalog.standard().all()) {
            locales.add(new SelectItem(l.tag(), l.nativeName()));
        }
        return locales;
    }

    public List<SelectItem> getKinds() {
        List<SelectItem> kinds = new ArrayList<>();
        for (ItemKind k : ItemKind.values()) {
            kinds.add(new SelectItem(k.name(), ui.t(WorkListView.kindKey(k))));
        }
        return kinds;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
