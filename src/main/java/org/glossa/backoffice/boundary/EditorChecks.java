package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.boundary.Workflow;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.TranslationQuality;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.Messages;

/**
 * The editor's quality checks ({@code WEB-INF/includes/editor-checks.xhtml}): what the checks the API runs find in
 * the text the form holds, shown beside it whenever the form is rendered, each finding tied to its field. That is
 * the saved translation unless the form has changes not saved yet: after a stale save, for example, the form keeps
 * the user's text while the saved version is someone else's, and findings about that other version would point at
 * fields that say something else. Submitting goes through here and judges the saved translation (the editor saves
 * the form first): errors block it, and each warning must be acknowledged (a checkbox) first; the acknowledged ones
 * are recorded with the submission, as the API does for the keys a client sends.
 */
@Named("checks")
@ViewScoped
public class EditorChecks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Translations translations;

    @Inject
    Workflow workflow;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    EditorView editor;

    private ItemKind kind;
    private long id;
    private String locale;
    private List<FindingRow> errors = List.of();
    private List<FindingRow> warnings = List.of();

    /** Runs the checks on the form's text, keeping the acknowledgements already ticked. */
    public void refresh() {
        if (kind == null && !read()) {
            return; // the editor refuses such a URL itself
        }
        TranslationQuality.Report report;
        try {
            report = translations.checks(viewers.current(), kind, id, locale, editor.formText());
        } catch (EditorialException e) {
            errors = List.of();
            warnings = List.of(); // nothing saved yet: nothing to check
            return;
        }
        show(report);
    }

    /** The item and locale of the editor's URL, read on its first request (postbacks do not repeat them). */
    private boolean read() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            id = Long.parseLong(String.valueOf(parameters.get("id")));
            kind = ItemKind.valueOf(String.valueOf(parameters.get("kind")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        locale = parameters.get("locale");
        if (locale == null || LocaleCatalog.standard().find(locale).isEmpty()) {
            kind = null;
            return false;
        }
        return true;
    }

    private void show(TranslationQuality.Report report) {
        Messages messages = Messages.of(ui.locale());
        Set<String> ticked = warnings.stream()
                .filter(FindingRow::isAcknowledged)
                .map(FindingRow::getKey)
                .collect(Collectors.toSet());
        errors = report.errors().stream().map(f -> new FindingRow(f, messages)).toList();
        warnings = new ArrayList<>();
        for (var f : report.warnings()) {
            FindingRow row = new FindingRow(f, messages);
            row.setAcknowledged(ticked.contains(row.getKey()));
            warnings.add(row);
        }
    }

    /**
     * Submits the saved translation when the checks allow it.
     *
     * @return false when errors block it or a warning is not acknowledged yet (a message says which)
     */
    boolean submitted(ItemKind kind, long id, String locale) {
        show(translations.checks(viewers.current(), kind, id, locale));
        if (!errors.isEmpty()) {
            refuse("backoffice.quality.errorsBlock");
            return false;
        }
        if (warnings.stream().anyMatch(w -> !w.isAcknowledged())) {
            refuse("backoffice.quality.acknowledgeFirst");
            return false;
        }
        Set<String> acknowledged = warnings.stream().map(FindingRow::getKey).collect(Collectors.toSet());
        workflow.submit(viewers.current(), kind, id, locale, acknowledged, Instant.now());
        warnings = List.of();
        return true;
    }

    private void refuse(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ui.t(key), ""));
        faces.validationFailed();
    }

    public List<FindingRow> getErrors() {
        return errors;
    }

    public List<FindingRow> getWarnings() {
        return warnings;
    }

    public boolean isNothingFound() {
        return errors.isEmpty() && warnings.isEmpty();
    }

    /** The findings of one field, errors first. */
    public List<FindingRow> of(String field) {
        Function<List<FindingRow>, List<FindingRow>> mine =
                rows -> rows.stream().filter(r -> r.getField().equals(field)).toList();
        List<FindingRow> rows = new ArrayList<>(mine.apply(errors));
        rows.addAll(mine.apply(warnings));
        return rows;
    }

    /** The id the field's {@code aria-describedby} names. */
    public String describing(String field) {
        return FindingRow.describing(field);
    }
}
