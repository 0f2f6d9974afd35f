package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.boundary.Workflow;
import org.glossa.editorial.control.BrokenLinksException;
import org.glossa.editorial.control.EditorialException;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The owner's calendar of scheduled publications: a PrimeFaces Schedule (month, week and list views) that reads only
 * the range it shows, each time it shows another ({@link LazyScheduleModel}); beside it the same entries from today
 * on as a plain table, which is what a screen reader or keyboard user gets whatever the schedule does. An entry opens
 * a dialog (by click or Enter in the schedule, by its button in the table) that moves the publication to another
 * future time or cancels it, through the same {@link Workflow} moves as the API, for the version shown (its ETag).
 *
 * <p>Times are the owner's ({@code GLOSSA_TIME_ZONE}): the schedule is told that zone for the server's times and for
 * what it shows, whatever zone the browser is in; the date and time field reads a wall-clock time in that zone. The
 * dialog's buttons post the whole page, so that a refusal is shown at the field with the dialog still open, and a
 * move shows the calendar read again.
 */
@Named("calendar")
@ViewScoped
public class CalendarView implements Serializable {

    private static final Logger LOG = Logger.getLogger(CalendarView.class.getName());

    /** At most this many entries in one range of the schedule, and in the table. */
    static final int MAX_ENTRIES = 200;

    /** The end of "from today on" (PostgreSQL's timestamptz ends in the year 294276). */
    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    @Inject
    Translations translations;

    @Inject
    Workflow workflow;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    BackOffice backOffice;

    private final ScheduleModel model = new LazyScheduleModel() {
        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = zone();
            for (CalendarEntry entry :
                    entries(start.atZone(zone).toInstant(), end.atZone(zone).toInstant())) {
                addEvent(DefaultScheduleEvent.<CalendarEntry>builder()
                        .id(entry.getKey())
                        .title(entry.title())
                        .startDate(entry.getLocalTime())
                        .allDay(false)
                        .editable(false)
                        .draggable(false)
                        .resizable(false)
                        .data(entry)
                        .build());
            }
        }
    };

    private List<CalendarEntry> upcoming;
    private CalendarEntry selected;
    private boolean dialogOpen;
    private String publishAt;

    private ZoneId zone() {
        return backOffice.ownerZone();
    }

    private List<CalendarEntry> entries(Instant from, Instant to) {
        Locale uiLocale = ui.getJavaLocale();
        return translations.scheduled(viewers.current(), from, to, MAX_ENTRIES).stream()
                .map(s -> new CalendarEntry(s, zone(), uiLocale))
                .toList();
    }

    /** What the table lists: every scheduled publication from the start of today (in the owner's zone) on. */
    public List<CalendarEntry> getUpcoming() {
        if (upcoming == null) {
            Instant today = LocalDate.now(zone()).atStartOfDay(zone()).toInstant();
            upcoming = entries(today, FAR_FUTURE);
        }
        return upcoming;
    }

    public boolean isTableFull() {
        return getUpcoming().size() >= MAX_ENTRIES;
    }

    /** An entry chosen in the schedule (click, or Enter on it). */
    public void onEventSelect(SelectEvent<ScheduleEvent<CalendarEntry>> event) {
        open(event.getObject().getData());
    }

    /** An entry chosen by its button in the table. */
    public void choose(String key) {
        getUpcoming().stream().filter(e -> e.getKey().equals(key)).findFirst().ifPresent(this::open);
    }

    private void open(CalendarEntry entry) {
        selected = entry;
        publishAt = entry.getLocalTime().truncatedTo(ChronoUnit.MINUTES).toString();
        dialogOpen = true;
    }

    public void closeDialog() {
        dialogOpen = false;
        selected = null;
    }

    /** Moves the chosen publication to the time in the field, read in the owner's zone; only in the future. */
    public void reschedule() {
        if (selected == null) {
            return;
        }
        Instant when;
        try {
            when = LocalDateTime.parse(publishAt == null ? "" : publishAt.strip())
                    .atZone(zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            atField("backoffice.review.publishAtInvalid");
            return;
        }
        Instant now = Instant.now();
        if (!when.isAfter(now)) {
            atField("backoffice.review.publishAtPast");
            return;
        }
        CalendarEntry entry = selected;
        String shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(ui.getJavaLocale())
                .withZone(zone())
                .format(when);
        move(
                ui.t1("backoffice.calendar.moved", "time", shown),
                () -> workflow.reschedule(
                        viewers.current(),
                        kindOf(entry),
                        entry.getItem(),
                        entry.getLocale(),
                        when,
                        entry.getEtag(),
                        now));
    }

    /** Cancels the chosen publication: the translation returns to the review queue. */
    public void unschedule() {
        if (selected == null) {
            return;
        }
        CalendarEntry entry = selected;
        move(
                ui.t("backoffice.calendar.cancelled"),
                () -> workflow.unschedule(
                        viewers.current(),
                        kindOf(entry),
                        entry.getItem(),
                        entry.getLocale(),
                        entry.getEtag(),
                        Instant.now()));
    }

    private static ItemKind kindOf(CalendarEntry entry) {
        return ItemKind.valueOf(entry.getKind().toUpperCase(Locale.ROOT));
    }

    /**
     * Runs a move; done, the dialog closes and the calendar is read again. A refusal stays in the dialog: at the
     * field when it names the time, else above the buttons.
     */
    private void move(String done, Runnable action) {
        try {
            action.run();
            global(FacesMessage.SEVERITY_INFO, done);
            closeDialog();
            upcoming = null;
        } catch (RuntimeException e) {
            Optional<RuntimeException> refusal = refusal(e);
            if (refusal.isEmpty()) {
                LOG.log(Level.SEVERE, "Calendar move failed", e);
                inDialog(ui.t("backoffice.review.failed"));
            } else if (refusal.get() instanceof BrokenLinksException broken) {
                inDialog(ui.t("backoffice.review.refused") + " " + Refusals.text(ui, broken));
            } else if (refusal.get() instanceof EditorialException editorial && "publishAt".equals(editorial.field())) {
                atField("backoffice.review.publishAtPast");
            } else {
                inDialog(ui.t("backoffice.review.changed"));
            }
        }
    }

    /** The workflow's refusal inside what the container threw, if it was one. */
    private static Optional<RuntimeException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EditorialException editorial) {
                return Optional.of(editorial);
            }
            if (t instanceof OptimisticLockException lost) {
                return Optional.of(lost);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private void atField(String key) {
        FacesContext.getCurrentInstance()
                .addMessage("entry:publishAt", new FacesMessage(FacesMessage.SEVERITY_ERROR, ui.t(key), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void inDialog(String text) {
        FacesContext.getCurrentInstance()
                .addMessage("entry", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void global(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public ScheduleModel getModel() {
        return model;
    }

    public CalendarEntry getSelected() {
        return selected;
    }

    public boolean isDialogOpen() {
        return dialogOpen;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    /** The owner's zone, by its id: the schedule's and the field's. */
    public String getZone() {
        return zone().getId();
    }

    /** The UI language as the schedule's locale, which FullCalendar and PrimeFaces both know it by. */
    public String getCalendarLocale() {
        return calendarLocale(ui.locale().tag());
    }

    /**
     * FullCalendar names Simplified Chinese {@code zh-cn} and has no {@code zh-hans}: without this the calendar would
     * speak English. The others are a language, or a language and region it knows ({@code pt-br}).
     */
    static String calendarLocale(String tag) {
        return switch (tag) {
            case "zh-Hans" -> "zh_CN";
            case "pt-BR" -> "pt_BR";
            default -> tag;
        };
    }

    public int getMaxEntries() {
        return MAX_ENTRIES;
    }
}
