package org.glossa.backoffice.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.boundary.ContentConsole;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.control.EditorialException;
import org.glossa.localization.control.LocaleCatalog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's content list ({@code content.xhtml}): posts newest first and roles in timeline order, each lazy and
 * paged over {@link ContentConsole} (a bounded number of statements per page), with links to edit the item's facts
 * and its source text, Move up / Move down for roles, and Unpublish / Archive behind a confirmation that names the
 * locales whose readers lose the item. Owner only: the filter answers anyone else 403, the boundary refuses them too.
 */
@Named("contentList")
@ViewScoped
public class ContentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentConsole console;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    private final LazyDataModel<ContentRow> posts = new Items(ItemKind.POST);
    private final LazyDataModel<ContentRow> roles = new Items(ItemKind.EXPERIENCE);

    /** What the confirmation dialog asks about: the move, the item, and what readers would lose. */
    private String pendingAction;

    private String pendingKind;
    private long pendingId;
    private String pendingTitle;
    private List<String> pendingLoss = List.of();

    private final class Items extends LazyDataModel<ContentRow> {
        private static final long serialVersionUID = 1L;
        private final ItemKind kind;

        Items(ItemKind kind) {
            this.kind = kind;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, console.count(viewers.current(), kind));
        }

        @Override
        public List<ContentRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return console.page(viewers.current(), kind, first, pageSize).stream()
                    .map(row -> new ContentRow(
                            row,
                            ui.t(StateLabels.key(row.sourceStatus(), null, false)),
                            name(row.sourceLocale()),
                            LocaleNames.list(row.liveLocales(), ui)))
                    .toList();
        }

        @Override
        public String getRowKey(ContentRow row) {
            return row.getKey();
        }
    }

    public LazyDataModel<ContentRow> getPosts() {
        return posts;
    }

    public LazyDataModel<ContentRow> getRoles() {
        return roles;
    }

    /** A locale's name in the UI language (what the owner reads), e.g. "German" in an English UI. */
    String name(String tag) {
        return LocaleCatalog.standard()
                .find(tag)
                .map(l -> l.uLocale().getDisplayName(ULocale.forLocale(ui.getJavaLocale())))
                .orElse(tag);
    }

    private List<String> names(List<String> tags) {
        return tags.stream().map(this::name).toList();
    }

    // ---- reordering -------------------------------------------------------------------------------------------------

    public void moveUp(long id) {
        move(id, -1);
    }

    public void moveDown(long id) {
        move(id, 1);
    }

    private void move(long id, int by) {
        try {
            boolean moved = console.move(viewers.current(), id, by, Instant.now());
            info(moved ? "backoffice.content.moved" : "backoffice.content.notMoved");
        } catch (EditorialException e) {
            error(e);
        } catch (EJBException e) {
            error(unwrap(e));
        }
    }

    // ---- off the site -----------------------------------------------------------------------------------------------

    public void askUnpublish(String kind, long id, String title) {
        ask("unpublish", kind, id, title);
    }

    public void askArchive(String kind, long id, String title) {
        ask("archive", kind, id, title);
    }

    private void ask(String action, String kind, long id, String title) {
        pendingAction = action;
        pendingKind = kind;
        pendingId = id;
        pendingTitle = title;
        pendingLoss = names(console.liveLocales(viewers.current(), kindOf(kind), id));
    }

    /** Does what the dialog asked about; the public pages of the locales it lists answer 410 from now on. */
    public void confirm() {
        if (pendingAction == null) {
            return;
        }
        try {
            ItemKind kind = kindOf(pendingKind);
            List<String> left = "archive".equals(pendingAction)
                    ? console.archive(viewers.current(), kind, pendingId, Instant.now())
                    : console.unpublish(viewers.current(), kind, pendingId, Instant.now());
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    ui.format(
                                            "archive".equals(pendingAction)
                                                    ? "backoffice.content.archived"
                                                    : "backoffice.content.unpublished",
                                            Map.of("title", pendingTitle, "count", left.size())),
                                    ""));
        } catch (EditorialException e) {
            error(e);
        } catch (EJBException e) {
            error(unwrap(e));
        }
        pendingAction = null;
        pendingLoss = List.of();
    }

    public String getPendingAction() {
        return pendingAction;
    }

    public String getPendingTitle() {
        return pendingTitle;
    }

    /** The locales whose readers lose the item, by name. */
    public List<String> getPendingLoss() {
        return pendingLoss;
    }

    public String getDialogHeading() {
        return pendingAction == null
                ? ""
                : ui.t("archive".equals(pendingAction) ? "backoffice.content.archive" : "backoffice.content.unpublish");
    }

    private static ItemKind kindOf(String kind) {
        return "experience".equals(kind) ? ItemKind.EXPERIENCE : ItemKind.POST;
    }

    private static EditorialException unwrap(EJBException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EditorialException editorial) {
                return editorial;
            }
        }
        throw e;
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ui.t(key), ""));
    }

    private void error(EditorialException e) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Refusals.text(ui, e), ""));
    }
}
