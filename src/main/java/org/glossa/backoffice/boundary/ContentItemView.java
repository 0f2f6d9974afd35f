package org.glossa.backoffice.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glossa.content.boundary.UploadLimit;
import org.glossa.content.control.ExperienceFacts;
import org.glossa.content.control.ImageInspector;
import org.glossa.content.control.InvalidFieldException;
import org.glossa.content.control.InvalidSlugException;
import org.glossa.content.control.RejectedImageException;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableItem;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.content.entity.VerifiedImage;
import org.glossa.content.entity.Workplace;
import org.glossa.editorial.boundary.ContentConsole;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.boundary.Workflow;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.Viewer;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.UnstorableTextException;

/**
 * One item in the owner's hands ({@code content-item.xhtml?kind=post|experience[&id=..]}). Without an id: a new item
 * with its source text and every fact, saved as a draft (for the owner and translators) or published at once. With
 * one: the item's facts (a post's cover image and its text alternatives per locale; a role's organisation, kind of
 * work, workplace, months and place on the timeline) against the version read, plus publishing the source text as
 * it stands; the text itself is edited in the editor, where every locale's is.
 *
 * <p>A cover image is checked from its bytes ({@link ImageInspector}) before anything is stored: a refused file is
 * answered at the upload field with the reason and nothing is written. Every other rule is the boundary's, the same
 * the API applies; its refusals come back on the field they name.
 */
@Named("contentItem")
@ViewScoped
public class ContentItemView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "item:";
    private static final Set<String> FIELDS = Set.of(
            "title",
            "summary",
            "body",
            "slug",
            "location",
            "sourceLocale",
            "organisation",
            "start",
            "end",
            "employmentType",
            "workplace",
            "sortOrder",
            "alt",
            "cover",
            "version");

    @Inject
    ContentConsole console;

    @Inject
    Workflow workflow;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    UploadLimit uploadLimit;

    private ItemKind kind;
    private Long id;
    private int version;
    private String heading;
    /** Whether the source text can go live directly: a new item's always, an existing one's while a draft. */
    private boolean publishable = true;

    private String sourceLocale = "en";
    private String title;
    private String summary;
    private String body;
    private String slug;
    private String location;

    private transient Part cover;
    private String alt;
    private Long coverId;
    private boolean removeCover;
    private List<AltRow> altTexts = List.of();

    private String organisation;
    private String employmentType = EmploymentType.FULL_TIME.name();
    private String workplace = Workplace.ON_SITE.name();
    private String start;
    private String end;
    private boolean present;
    private Integer sortOrder = 0;

    /** One locale's text alternative for the cover, as the form edits it. */
    public static final class AltRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String locale;
        private final String name;
        private final String dir;
        private String text;

        AltRow(LocaleDefinition locale, String name, String text) {
            this.locale = locale.tag();
            this.name = name;
            this.dir = locale.rightToLeft() ? "rtl" : "ltr";
            this.text = text;
        }

        public String getLocale() {
            return locale;
        }

        public String getName() {
            return name;
        }

        public String getDir() {
            return dir;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** Reads the item the URL names, or answers 404 for no such item. */
    public void load() throws IOException {
        if (kind != null) {
            return;
        }
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        kind = "experience".equals(parameters.get("kind")) ? ItemKind.EXPERIENCE : ItemKind.POST;
        String given = parameters.get("id");
        try {
            Viewer viewer = viewers.current();
            viewer.requireOwner();
            if (given == null || given.isBlank()) {
                heading = ui.t(kind == ItemKind.POST ? "backoffice.content.newPost" : "backoffice.content.newRole");
                return;
            }
            id = Long.parseLong(given);
            read(viewer);
        } catch (NumberFormatException e) {
            refuse(404);
        } catch (EditorialException e) {
            refuse(e.kind() == EditorialException.Kind.FORBIDDEN ? 403 : 404);
        } catch (EJBException e) {
            EditorialException cause = unwrap(e);
            refuse(cause.kind() == EditorialException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    private void read(Viewer viewer) {
        if (kind == ItemKind.POST) {
            ContentConsole.PostFacts facts = console.post(viewer, id);
            version = facts.version();
            sourceLocale = facts.sourceLocale();
            title = facts.title();
            publishable = facts.sourceStatus() == TranslationStatus.DRAFT;
            coverId = facts.coverId();
            removeCover = false;
            List<AltRow> rows = new ArrayList<>();
            ULocale uiLocale = ULocale.forLocale(ui.getJavaLocale());
            for (LocaleDefinition locale : LocaleCatalog.standard().all()) {
                String text = locale.tag().equals(sourceLocale)
                        ? facts.sourceAlt()
                        : facts.altTexts().getOrDefault(locale.tag(), "");
                rows.add(new AltRow(locale, locale.uLocale().getDisplayName(uiLocale), text));
            }
            altTexts = rows;
        } else {
            ContentConsole.RoleFacts facts = console.role(viewer, id);
            version = facts.version();
            sourceLocale = facts.sourceLocale();
            title = facts.title();
            publishable = facts.sourceStatus() == TranslationStatus.DRAFT;
            organisation = facts.organisation();
            employmentType = facts.employmentType().name();
            workplace = facts.workplace().name();
            start = facts.start().toString();
            end = facts.endOrNull() == null ? "" : facts.endOrNull().toString();
            present = facts.endOrNull() == null;
            sortOrder = facts.sortOrder();
        }
        heading = ui.t1(
                kind == ItemKind.POST ? "backoffice.content.editPost" : "backoffice.content.editRole", "title", title);
    }

    // ---- actions ----------------------------------------------------------------------------------------------------

    /** Saves: a new item as a draft, an existing one's facts. */
    public String save() {
        return saved(false);
    }

    /** Saves and publishes the source text directly (the owner's own text needs no review). */
    public String publish() {
        return saved(true);
    }

    private String saved(boolean publish) {
        Viewer viewer = viewers.current();
        VerifiedImage image;
        try {
            image = uploadedImage();
        } catch (IllegalArgumentException e) {
            return null; // the reason is at the upload field; nothing was stored
        }
        try {
            Instant now = Instant.now();
            if (id == null) {
                TranslatableItem created = kind == ItemKind.POST
                        ? console.createPost(viewer, sourceLocale, text(), image, alt, publish, now)
                        : console.createRole(viewer, sourceLocale, text(), facts(), publish, now);
                return "content-item.xhtml?faces-redirect=true&kind=" + kindParameter() + "&id=" + created.id()
                        + "&saved=" + (publish ? "published" : "draft");
            }
            if (kind == ItemKind.POST) {
                console.revisePost(viewer, id, version, image, removeCover, altMap(), now);
            } else {
                console.reviseRole(viewer, id, version, facts(), now);
            }
            if (publish) {
                workflow.publishDirect(viewer, kind, id, sourceLocale, now);
            }
            return "content-item.xhtml?faces-redirect=true&kind=" + kindParameter() + "&id=" + id + "&saved="
                    + (publish ? "published" : "facts");
        } catch (InvalidSlugException e) {
            fieldProblem("slug", Refusals.text(ui, e));
        } catch (InvalidFieldException e) {
            fieldProblem(e.field(), ui.t("refusal.kind.invalid") + " " + e.getMessage());
        } catch (UnstorableTextException e) {
            fieldProblem(e.field(), ui.t("refusal.text.unstorable"));
        } catch (EditorialException e) {
            problem(e);
        } catch (EJBException e) {
            problem(unwrap(e));
        }
        return null;
    }

    /** The uploaded file checked from its bytes, or null when none was chosen; a refusal is put at the field. */
    private VerifiedImage uploadedImage() {
        if (kind != ItemKind.POST || cover == null || cover.getSize() == 0) {
            return null;
        }
        if (cover.getSize() > uploadLimit.maxBytes()) {
            coverProblem(ui.t1("backoffice.content.cover.tooLarge", "max", uploadLimit.maxBytes() / (1024 * 1024)));
            throw new IllegalArgumentException("too large");
        }
        byte[] bytes;
        try (InputStream in = cover.getInputStream()) {
            bytes = in.readNBytes(uploadLimit.maxBytes() + 1);
        } catch (IOException e) {
            coverProblem(ui.t("backoffice.content.cover.unreadable"));
            throw new IllegalArgumentException(e);
        }
        try {
            return ImageInspector.verify(bytes);
        } catch (RejectedImageException e) {
            coverProblem(ui.t(
                    switch (e.reason()) {
                        case NOT_AN_IMAGE -> "backoffice.content.cover.notAnImage";
                        case UNREADABLE -> "backoffice.content.cover.unreadable";
                        case TOO_MANY_PIXELS -> "backoffice.content.cover.tooManyPixels";
                    }));
            throw e;
        }
    }

    private TranslatableText text() {
        return kind == ItemKind.POST
                ? new TranslatableText(title, slug, summary, body, null)
                : new TranslatableText(title, slug, null, body, location);
    }

    private ExperienceFacts facts() {
        return ExperienceFacts.read(organisation, employmentType, workplace, start, present ? null : end, sortOrder);
    }

    private Map<String, String> altMap() {
        Map<String, String> map = new LinkedHashMap<>();
        altTexts.forEach(row -> map.put(row.getLocale(), row.getText()));
        return map;
    }

    private String kindParameter() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** After a redirect: what was just done. */
    public void announce() {
        String saved = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("saved");
        if (saved != null && List.of("published", "draft", "facts").contains(saved)) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO, ui.t("backoffice.content.saved." + saved), ""));
        }
    }

    // ---- refusals ---------------------------------------------------------------------------------------------------

    private void problem(EditorialException e) {
        String field = e.field();
        if (field != null && field.startsWith("alt-")) {
            fieldProblem("alts:" + altIndex(field.substring(4)) + ":alt", Refusals.text(ui, e));
        } else if (field != null && FIELDS.contains(field)) {
            fieldProblem(field, Refusals.text(ui, e));
        } else {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    ui.t("backoffice.editor.refused"),
                                    Refusals.text(ui, e)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private int altIndex(String locale) {
        for (int i = 0; i < altTexts.size(); i++) {
            if (altTexts.get(i).getLocale().equals(locale)) {
                return i;
            }
        }
        return 0;
    }

    private void coverProblem(String reason) {
        fieldProblem("cover", reason);
    }

    private void fieldProblem(String field, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean wholeItem = "version".equals(field); // a concurrent edit: no field of the form is at fault
        faces.addMessage(
                wholeItem ? null : FORM + field,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        ui.t(wholeItem ? "backoffice.editor.refused" : "backoffice.editor.fieldRefused"),
                        detail));
        faces.validationFailed();
    }

    private static EditorialException unwrap(EJBException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EditorialException editorial) {
                return editorial;
            }
            if (cause instanceof InvalidSlugException slug) {
                return EditorialException.invalid("slug", slug.reason()).because(slug.problem(), slug.arguments());
            }
            if (cause instanceof InvalidFieldException field) {
                return EditorialException.invalid(field.field(), field.getMessage());
            }
        }
        throw e;
    }

    private static void refuse(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletResponse) external.getResponse()).sendError(status);
        faces.responseComplete();
    }

    // ---- form state -------------------------------------------------------------------------------------------------

    public boolean isPost() {
        return kind == ItemKind.POST;
    }

    public boolean isPublishable() {
        return publishable;
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getKind() {
        return kind == null ? "post" : kindParameter();
    }

    public Long getId() {
        return id;
    }

    public String getHeading() {
        return heading;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<LocaleDefinition> getLocales() {
        return LocaleCatalog.standard().all();
    }

    public List<String> getEmploymentTypes() {
        return java.util.Arrays.stream(EmploymentType.values()).map(Enum::name).toList();
    }

    public List<String> getWorkplaces() {
        return java.util.Arrays.stream(Workplace.values()).map(Enum::name).toList();
    }

    public String getSourceLocale() {
        return sourceLocale;
    }

    public void setSourceLocale(String sourceLocale) {
        this.sourceLocale = sourceLocale;
    }

    public String getSourceDir() {
        return LocaleCatalog.standard()
                        .find(sourceLocale)
                        .map(LocaleDefinition::rightToLeft)
                        .orElse(false)
                ? "rtl"
                : "ltr";
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public Long getCoverId() {
        return coverId;
    }

    public boolean isRemoveCover() {
        return removeCover;
    }

    public void setRemoveCover(boolean removeCover) {
        this.removeCover = removeCover;
    }

    public List<AltRow> getAltTexts() {
        return altTexts;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(String employmentType) {
        this.employmentType = employmentType;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
