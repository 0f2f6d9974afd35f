package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.editorial.boundary.AuditTrail;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.control.AuditFilter;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's audit log: every workflow move, newest first, filtered by item, locale, actor, action and period (days
 * in the owner's time zone), a page at a time. Read through {@link AuditTrail}, which refuses anyone but the owner;
 * the back office's filter answers them 403 before that.
 */
@Named("auditLog")
@ViewScoped
public class AuditLogView implements Serializable {

    static final String TABLE = "log:entries";

    @Inject
    AuditTrail trail;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    BackOffice backOffice;

    private String locale;
    private String actor;
    private String action;
    private String kind;
    private Long item;
    private String from;
    private String until;
    /** The filter last applied: the table keeps showing it while a new one is being typed or is refused. */
    private AuditFilter applied = AuditFilter.ANY;

    private final LazyDataModel<AuditRow> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.size(viewers.current(), applied));
        }

        @Override
        public List<AuditRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ZoneId zone = backOffice.ownerZone();
            return trail.page(viewers.current(), applied, first, pageSize).stream()
                    .map(line -> new AuditRow(line, ui, zone))
                    .toList();
        }

        @Override
        public String getRowKey(AuditRow row) {
            return row.getKey();
        }
    };

    /** Applies the filters from the first page on; a day that is not a date is refused naming its field. */
    public void apply() {
        ZoneId zone = backOffice.ownerZone();
        LocalDate first = day("from", from);
        LocalDate last = day("until", until);
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        if (first != null && last != null && last.isBefore(first)) {
            refuse("until", "backoffice.audit.untilBeforeFrom");
            return;
        }
        boolean oneItem = item != null && kind != null && !kind.isBlank();
        if (item != null && !oneItem) {
            refuse("kind", "backoffice.audit.kindForItem");
            return;
        }
        applied = new AuditFilter(
                kind == null || kind.isBlank() ? null : ItemKind.valueOf(kind),
                oneItem ? item : null,
                blankToNull(locale),
                blankToNull(actor == null ? null : actor.strip()),
                action == null || action.isBlank() ? null : TranslationStatus.Action.valueOf(action),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.reset();
        }
    }

    private LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            refuse(field, "backoffice.audit.notADay");
            return null;
        }
    }

    private void refuse(String field, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ui.t(key);
        faces.addMessage("log:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String actionKey(TranslationStatus.Action action) {
        return "backoffice.audit.action." + action.name().toLowerCase(Locale.ROOT);
    }

    public LazyDataModel<AuditRow> getEntries() {
        return entries;
    }

    public List<SelectItem> getActions() {
        List<SelectItem> actions = new ArrayList<>();
        for (TranslationStatus.Action a : TranslationStatus.Action.values()) {
            actions.add(new SelectItem(a.name(), ui.t(actionKey(a))));
        }
        return actions;
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

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }
}
