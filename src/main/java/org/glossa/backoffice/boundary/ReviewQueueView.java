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
import java.util.Locale;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's review queue: every translation in review, oldest submission first, a page at a time, narrowed to one
 * locale and one kind by the query string ({@code ?locale=de&kind=post}, so a filtered queue can be bookmarked), with
 * how many wait in each locale. Each page is read through the editorial boundary the API's {@code /review-queue}
 * uses ({@link Translations#reviewQueue}), whose queries refuse anyone but the owner; the back office's filter
 * answers them 403 before that. The per-locale counts are one grouped query read once per request, and the
 * paginator's total is their sum.
 */
@Named("reviewQueue")
@ViewScoped
public class ReviewQueueView implements Serializable {

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    BackOffice backOffice;

    private String locale;
    private String kind;
    private Map<String, Long> counts;

    private final LazyDataModel<ReviewRow> items = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long waiting = locale() == null
                    ? counts().values().stream().mapToLong(Long::longValue).sum()
                    : counts().getOrDefault(locale(), 0L);
            return (int) Math.min(Integer.MAX_VALUE, waiting);
        }

        @Override
        public List<ReviewRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return translations.reviewQueue(viewers.current(), locale(), itemKind(), first, pageSize).stream()
                    .map(entry -> new ReviewRow(entry, ui, backOffice.ownerZone()))
                    .toList();
        }

        @Override
        public String getRowKey(ReviewRow row) {
            return row.getKey();
        }
    };

    /** Refuses, with a message, a filter value the page did not offer; the queue then shows everything. */
    public void load() {
        if (locale != null && !locale.isBlank() && !LocaleCatalog.standard().contains(locale)) {
            refuse();
            locale = null;
        }
        if (kind != null && !kind.isBlank() && kindOf(kind) == null) {
            refuse();
            kind = null;
        }
    }

    private void refuse() {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, ui.t("backoffice.review.queue.unknownFilter"), null));
    }

    private Map<String, Long> counts() {
        if (counts == null) {
            counts = translations.reviewQueueByLocale(viewers.current(), itemKind());
        }
        return counts;
    }

    private String locale() {
        return locale == null || locale.isBlank() ? null : locale;
    }

    private ItemKind itemKind() {
        return kind == null || kind.isBlank() ? null : kindOf(kind);
    }

    private static ItemKind kindOf(String value) {
        for (ItemKind k : ItemKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(value)) {
                return k;
            }
        }
        return null;
    }

    public LazyDataModel<ReviewRow> getItems() {
        return items;
    }

    /** One line per locale with something waiting, in the catalog's order. */
    public List<LocaleCount> getCounts() {
        List<LocaleCount> lines = new ArrayList<>();
        for (LocaleDefinition l : LocaleCatalog.standard().all()) {
            Long waiting = counts().get(l.tag());
            if (waiting != null) {
                lines.add(new LocaleCount(
                        l.tag(),
                        l.direction().html(),
                        l.nativeName(),
                        ui.t1("backoffice.review.queue.localeCount", "count", waiting),
                        "review.xhtml?locale=" + l.tag() + (itemKind() == null ? "" : "&kind=" + kind),
                        l.tag().equals(locale())));
            }
        }
        return lines;
    }

    /** The locales, each named in its own language. */
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
            kinds.add(new SelectItem(k.name().toLowerCase(Locale.ROOT), ui.t(WorkListView.kindKey(k))));
        }
        return kinds;
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

    /** How many wait in one locale, and the queue narrowed to it. */
    public record LocaleCount(String tag, String dir, String name, String waiting, String href, boolean current)
            implements Serializable {
        public String getTag() {
            return tag;
        }

        public String getDir() {
            return dir;
        }

        public String getName() {
            return name;
        }

        public String getWaiting() {
            return waiting;
        }

        public String getHref() {
            return href;
        }

        public boolean isCurrent() {
            return current;
        }
    }
}
