package org.glossa.backoffice.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.control.WorkList;
import org.glossa.editorial.control.WorkState;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The translator's work list: their locales only (the owner's: all), what needs their action first, filtered by
 * state, locale and kind and searched by source title, a page at a time. Every page is read through the editorial
 * boundary the API uses ({@link Translations#workList}), scoped to the signed-in viewer in the query.
 */
@Named("workList")
@ViewScoped
public class WorkListView implements Serializable {

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    private String state;
    private String locale;
    private String kind;
    private String search;

    /** The filter last counted, its total, and its page last read (the next page is read from its key). */
    private WorkList.Filter counted;

    private long size;

    private WorkList.Page previous;

    private final LazyDataModel<WorkItem> items = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // Counted on every page (a sum of counters, or a count for a search); the page before is kept for the
            // same filter, so that the next page is read by key.
            WorkList.Filter current = filter();
            if (!current.equals(counted)) {
                counted = current;
                previous = null;
            }
            size = translations.workListSize(viewers.current(), counted);
            return (int) Math.min(Integer.MAX_VALUE, size);
        }

        @Override
        public List<WorkItem> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            WorkList.Filter current = filter();
            if (!current.equals(counted)) {
                counted = current;
                previous = null;
                size = translations.workListSize(viewers.current(), current);
            }
            previous = translations.workList(viewers.current(), current, size, previous, first, pageSize);
            return previous.rows().stream().map(row -> new WorkItem(row, ui)).toList();
        }

        @Override
        public String getRowKey(WorkItem item) {
            return item.getKey();
        }
    };

    private WorkList.Filter filter() {
        return new WorkList.Filter(
                state == null || state.isBlank() ? null : WorkState.valueOf(state),
                locale == null || locale.isBlank() ? null : locale,
                kind == null || kind.isBlank() ? null : ItemKind.valueOf(kind),
                search);
    }

    /** Applies the filters from the first page on. */
    public void apply() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("list:items") instanceof DataTable table) {
            table.reset();
        }
    }

    public LazyDataModel<WorkItem> getItems() {
        return items;
    }

    public List<SelectItem> getStates() {
        List<SelectItem> states = new ArrayList<>();
        for (WorkState s : WorkState.values()) {
            states.add(new SelectItem(s.name(), ui.t(StateLabels.key(s))));
        }
        return states;
    }

    /** The viewer's locales, each named in its own language. */
    public List<SelectItem> getLocales() {
        var mine = viewers.current();
        List<SelectItem> locales = new ArrayList<>();
        for (LocaleDefinition l : LocaleCatalog.standard().all()) {
            if (mine.owner() || mine.locales().contains(l.tag())) {
                locales.add(new SelectItem(l.tag(), l.nativeName()));
            }
        }
        return locales;
    }

    public List<SelectItem> getKinds() {
        List<SelectItem> kinds = new ArrayList<>();
        for (ItemKind k : ItemKind.values()) {
            kinds.add(new SelectItem(k.name(), ui.t(kindKey(k))));
        }
        return kinds;
    }

    static String kindKey(ItemKind kind) {
        return "admin.kind." + kind.name().toLowerCase(Locale.ROOT);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
