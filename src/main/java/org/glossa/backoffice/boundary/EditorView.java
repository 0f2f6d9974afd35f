package org.glossa.backoffice.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glossa.content.control.InvalidSlugException;
import org.glossa.content.control.MarkdownRenderer;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Revision;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.Translation;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.editorial.boundary.ETags;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.boundary.Workflow;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.SourceDiff;
import org.glossa.editorial.control.TextRules;
import org.glossa.editorial.control.TranslationState;
import org.glossa.editorial.control.Viewer;
import org.glossa.editorial.control.WordDiff;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.UnstorableTextException;

/**
 * The translator's editor for one item in one locale ({@code edit.xhtml?kind=post&id=..&locale=..}): the source and
 * the translation side by side, each in its own language and direction. Every read and every move goes through the
 * editorial boundary the API uses ({@link Translations}, {@link Workflow}), scoped to the signed-in viewer; a locale
 * or an item the viewer may not edit is answered 403 / 404 before anything of it is read.
 *
 * <p>A save carries the version the editor read (the API's ETag). When someone saved in between, nothing is
 * discarded: the form keeps the user's text and shows theirs beside it, and the user chooses (keep mine, take
 * theirs, or merge by hand and save the merge over theirs).
 *
 * <p>Unsaved text is kept in the browser ({@code editor-draft.js}, local storage, a second after each change) and
 * comes back through {@link #restoreDraft()} when the editor is opened again, after a closed tab or a lost session.
 * It never reaches the server by itself: it goes in with the next Save, carrying the version it was typed on, so a
 * draft typed on an older version meets the same staleness rule as any save.
 *
 * <p>The slug is checked as the title or slug changes, with the rules a save applies ({@link SlugPolicy}, and the
 * 409s of a slug used by another translation or still redirecting to another item), and the title's slug suggested.
 */
@Named("editor")
@ViewScoped
public class EditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "edit:";

    @Inject
    Translations translations;

    @Inject
    Workflow workflow;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    PreviewOffers previewOffers;

    @Inject
    EditorChecks checks;

    private String kind;
    private String id;
    private String locale;

    private ItemKind itemKind;
    private long itemId;
    private LocaleDefinition target;
    private LocaleDefinition source;

    private String title;
    private String summary;
    private String body;
    private String slug;
    private String location;

    private String etag;
    private TranslatableText stored;
    private TranslatableText sourceText;
    private TranslationStatus status;
    private String reviewComment;
    private boolean outdated;
    private DiffView diff;
    private List<RevisionRow> revisions = List.of();
    private RevisionRow viewed;

    private TranslatableText theirs;
    private String theirsEtag;
    private PreviewOffer previewOffer;
    private boolean merging;
    private Instant lastSaved;

    private String slugSuggestion;
    private String slugVerdict;
    private boolean slugValid;

    /** Reads the item and locale the URL names, or answers 403 / 404 without saying anything about them. */
    public void load() throws IOException {
        if (itemKind != null) {
            return; // a postback: the view already holds what it read
        }
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        kind = parameters.get("kind");
        id = parameters.get("id");
        locale = parameters.get("locale");
        try {
            Viewer viewer = viewers.current();
            itemKind = kindOf(kind);
            itemId = idOf(id);
            target = LocaleCatalog.standard()
                    .find(locale == null ? "" : locale)
                    .orElseThrow(() -> EditorialException.notFound("no such locale"));
            viewer.requireEditor(target.tag());
            read(viewer, true);
        } catch (EditorialException e) {
            itemKind = null;
            refuse(e.kind() == EditorialException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    private static ItemKind kindOf(String kind) {
        for (ItemKind k : ItemKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(kind)) {
                return k;
            }
        }
        throw EditorialException.notFound("no such kind");
    }

    private static long idOf(String id) {
        try {
            return Long.parseLong(id == null ? "" : id);
        } catch (NumberFormatException e) {
            throw EditorialException.notFound("no such item");
        }
    }

    private static void refuse(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletResponse) external.getResponse()).sendError(status);
        faces.responseComplete();
    }

    /** Reads where the translation stands; with {@code intoForm}, its text replaces what the form holds. */
    private void read(Viewer viewer, boolean intoForm) {
        List<TranslationState> states = translations.states(viewer, itemKind, itemId);
        TranslationState any = states.stream()
                .findFirst()
                .orElseThrow(() -> EditorialException.notFound("no translation you can see"));
        source = LocaleCatalog.standard().get(any.sourceLocale());
        sourceText = states.stream()
                .filter(s -> s.translation().locale().equals(any.sourceLocale()))
                .findFirst()
                .map(s -> s.translation().text())
                .orElse(null);
        Optional<TranslationState> mine = states.stream()
                .filter(s -> s.translation().locale().equals(target.tag()))
                .findFirst();
        if (mine.isEmpty()) {
            previewOffer = null;
            etag = null;
            stored = null;
            status = null;
            reviewComment = null;
            outdated = false;
            diff = null;
            revisions = List.of();
            if (intoForm) {
                fill(new TranslatableText("", "", "", "", ""));
            }
            return;
        }
        Translation t = mine.get().translation();
        previewOffer = previewOffers.of(t, itemKind, itemId, ui);
        etag = ETags.of(t);
        stored = t.text();
        status = t.status();
        // Rejected: back in draft with the owner's comment (the work list's rule).
        reviewComment = t.status() == TranslationStatus.DRAFT ? t.reviewComment() : null;
        outdated = mine.get().outdated();
        diff = outdated ? new DiffView(translations.sourceDiff(viewer, itemKind, itemId, target.tag())) : null;
        DateTimeFormatter savedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getJavaLocale())
                .withZone(ZoneOffset.UTC);
        revisions = new ArrayList<>();
        for (Revision r : translations.revisions(viewer, itemKind, itemId, target.tag())) {
            revisions.add(0, new RevisionRow(r, savedAt));
        }
        if (intoForm) {
            fill(stored);
        }
    }

    private void fill(TranslatableText text) {
        title = text.title();
        summary = text.summary();
        body = text.body();
        slug = text.slug();
        location = text.location();
        checkSlug();
    }

    private TranslatableText typed() {
        return new TranslatableText(title, slug, summary, body, location);
    }

    /**
     * The form's text as a save would store it (trimmed, the slug derived from the title when empty); as typed when
     * a save would refuse it, the refusal being the save's to show.
     */
    TranslatableText formText() {
        if (itemKind == null) {
            return typed();
        }
        try {
            return TextRules.validated(typed(), itemKind, target);
        } catch (EditorialException | InvalidSlugException e) {
            return new TranslatableText(orEmpty(title), orEmpty(slug), summary, orEmpty(body), location);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    /** Saves the form as a new revision of the draft. */
    public void save() {
        if (saved(etag)) {
            info("backoffice.editor.saved");
        }
    }

    /**
     * Saves what changed, then submits for review when the quality checks allow it ({@link EditorChecks}, the
     * checks the API runs): errors block, warnings must be acknowledged first.
     */
    public void submit() {
        if (!typed().equals(stored) && !saved(etag)) {
            return;
        }
        try {
            if (!checks.submitted(itemKind, itemId, target.tag())) {
                return;
            }
            read(viewers.current(), true);
            info("backoffice.editor.submitted");
        } catch (EditorialException e) {
            problem(e);
        } catch (EJBException e) {
            problem(unwrap(e));
        }
    }

    /** After a stale save: the user's text goes in over the version saved meanwhile. */
    public void keepMine() {
        if (saved(theirsEtag)) {
            info("backoffice.editor.saved");
        }
    }

    /** After a stale save: the version saved meanwhile replaces the user's text in the form. */
    public void takeTheirs() {
        read(viewers.current(), true);
        theirs = null;
        theirsEtag = null;
        merging = false;
        info("backoffice.editor.tookTheirs");
    }

    /**
     * After a stale save: the user edits their text with theirs in view, and the next Save goes over theirs (it is
     * based on it now); refused as stale again if someone saves once more meanwhile.
     */
    public void mergeByHand() {
        etag = theirsEtag;
        merging = true;
    }

    /**
     * Puts the text the browser kept back into the form (request parameters {@code title}, {@code summary},
     * {@code body}, {@code slug}, {@code location} and {@code basedOn}, the version it was typed on). When that is no
     * longer the current version, the conflict panel shows the current one beside it, as after a stale save.
     */
    public void restoreDraft() {
        var kept = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String basedOn = kept.getOrDefault("basedOn", "");
        fill(new TranslatableText(
                kept.getOrDefault("title", ""),
                kept.getOrDefault("slug", ""),
                isSummaryField() ? kept.getOrDefault("summary", "") : summary,
                kept.getOrDefault("body", ""),
                isLocationField() ? kept.getOrDefault("location", "") : location));
        String current = etag == null ? "" : etag;
        if (!basedOn.equals(current)) {
            theirs = stored == null ? new TranslatableText("", "", "", "", "") : stored;
            theirsEtag = etag;
            etag = basedOn.isEmpty() ? null : basedOn;
            merging = false;
        }
        info("backoffice.editor.draft.restored");
    }

    /** Suggests the title's slug and says whether the slug (typed, or else the suggested one) can be saved. */
    public void checkSlug() {
        slugSuggestion = null;
        slugVerdict = null;
        slugValid = false;
        if (target == null) {
            return;
        }
        String typedTitle = title == null ? "" : title.strip();
        try {
            if (!typedTitle.isEmpty()) {
                slugSuggestion = SlugPolicy.slugify(typedTitle, target);
            }
        } catch (InvalidSlugException e) {
            slugVerdict = slug == null || slug.isBlank() ? Refusals.text(ui, e) : null;
        }
        boolean derived = slug == null || slug.isBlank();
        String candidate = derived ? slugSuggestion : slug;
        if (candidate == null) {
            return;
        }
        try {
            SlugPolicy.validate(candidate, target);
            translations.requireSlugFree(viewers.current(), itemKind, itemId, target.tag(), candidate);
            slugValid = true;
            slugVerdict = derived
                    ? ui.t1("backoffice.editor.slug.derived", "slug", candidate)
                    : ui.t("backoffice.editor.slug.valid");
        } catch (InvalidSlugException e) {
            slugVerdict = Refusals.text(ui, e);
        } catch (EditorialException e) {
            slugVerdict = Refusals.text(ui, e);
        } catch (EJBException e) {
            slugVerdict = Refusals.text(ui, unwrap(e));
        }
    }

    /** Puts the suggested slug into the slug field. */
    public void useSuggestion() {
        if (slugSuggestion != null) {
            slug = slugSuggestion;
        }
        checkSlug();
    }

    /** Shows one revision beside the form. */
    public void view(int number) {
        viewed = revisions.stream()
                .filter(r -> r.getNumber() == number)
                .findFirst()
                .orElse(null);
    }

    public void closeRevision() {
        viewed = null;
    }

    /** Puts a revision's text back into the draft, as a new revision (nothing is published). */
    public void restore(int number) {
        Optional<RevisionRow> revision =
                revisions.stream().filter(r -> r.getNumber() == number).findFirst();
        if (revision.isEmpty()) {
            return;
        }
        fill(revision.get().text);
        viewed = null;
        if (saved(etag)) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    ui.t1("backoffice.editor.restored", "number", number),
                                    ""));
        }
    }

    /**
     * Checks the form with the API's rules, then saves it with the version it was read at.
     *
     * @return false when a rule refused a field (a message is bound to it) or the save was stale (both versions
     *     are shown)
     */
    private boolean saved(String basedOn) {
        Viewer viewer = viewers.current();
        try {
            TextRules.validated(typed(), itemKind, target);
            workflow.save(viewer, itemKind, itemId, target.tag(), typed(), basedOn, Instant.now());
        } catch (InvalidSlugException e) {
            fieldProblem("slug", Refusals.text(ui, e));
            return false;
        } catch (UnstorableTextException e) {
            fieldProblem(e.field(), ui.t("refusal.text.unstorable"));
            return false;
        } catch (EditorialException e) {
            return refused(viewer, e);
        } catch (EJBException e) {
            return refused(viewer, unwrap(e));
        }
        theirs = null;
        theirsEtag = null;
        merging = false;
        lastSaved = Instant.now();
        read(viewer, true); // the text as stored: a slug derived from the title, trimmed fields
        return true;
    }

    private boolean refused(Viewer viewer, EditorialException e) {
        if (e.kind() == EditorialException.Kind.PRECONDITION_FAILED
                || e.kind() == EditorialException.Kind.PRECONDITION_REQUIRED
                || (e.kind() == EditorialException.Kind.CONFLICT && "locale".equals(e.field()))) {
            Translation current =
                    translations.state(viewer, itemKind, itemId, target.tag()).translation();
            theirs = current.text();
            theirsEtag = ETags.of(current);
            merging = false;
            return false; // the conflict panel says it, beside the form
        }
        problem(e);
        return false;
    }

    private static EditorialException unwrap(EJBException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof EditorialException editorial) {
                return editorial;
            }
            if (cause instanceof InvalidSlugException slug) {
                return EditorialException.invalid("slug", slug.reason()).because(slug.problem(), slug.arguments());
            }
            cause = cause.getCause();
        }
        throw e;
    }

    /** A refusal shown where it belongs: on the field it names, else at the top of the form. */
    private void problem(EditorialException e) {
        String field = e.field();
        if (field != null
                && List.of("title", "summary", "body", "slug", "location").contains(field)) {
            fieldProblem(field, Refusals.text(ui, e));
        } else {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    ui.t("backoffice.editor.refused"),
                                    Refusals.text(ui, e)));
        }
    }

    private void fieldProblem(String field, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                FORM + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, ui.t("backoffice.editor.fieldRefused"), detail));
        faces.validationFailed();
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ui.t(key), ""));
    }

    // ---- what the view shows ----------------------------------------------------------------------------------

    /** The body as readers would see it: the public site's own renderer and sanitiser. */
    public String getPreview() {
        return MarkdownRenderer.toSafeHtml(body == null ? "" : body);
    }

    /** The saved version on its own site (null before the first save). */
    public PreviewOffer getPreviewOffer() {
        return previewOffer;
    }

    /** The message key of a field's label for this item's kind ({@link FieldLabels}). */
    public String fieldKey(String field) {
        return FieldLabels.key("backoffice.editor.field.", itemKind, field);
    }

    /** Whether the text has a slug to edit: a kind without pages has a fixed one, never shown. */
    public boolean isSlugField() {
        return itemKind == null || itemKind.hasPages();
    }

    public boolean isSummaryField() {
        return itemKind != null && itemKind.has(ItemKind.TextField.SUMMARY);
    }

    public boolean isLocationField() {
        return itemKind != null && itemKind.has(ItemKind.TextField.LOCATION);
    }

    public String getTargetLang() {
        return target == null ? "" : target.tag();
    }

    public String getTargetDir() {
        return target == null ? "ltr" : target.direction().html();
    }

    public String getTargetName() {
        return target == null ? "" : target.nativeName();
    }

    public String getSourceLang() {
        return source == null ? "" : source.tag();
    }

    public String getSourceDir() {
        return source == null ? "ltr" : source.direction().html();
    }

    public String getSourceName() {
        return source == null ? "" : source.nativeName();
    }

    public TranslatableText getSourceText() {
        return sourceText;
    }

    public boolean isSourceLocale() {
        return source != null && target != null && source.tag().equals(target.tag());
    }

    public String getStateName() {
        return ui.t(StateLabels.key(status, reviewComment, outdated));
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public boolean isOutdated() {
        return outdated;
    }

    public DiffView getDiff() {
        return diff;
    }

    public List<RevisionRow> getRevisions() {
        return revisions;
    }

    public RevisionRow getViewed() {
        return viewed;
    }

    public boolean isConflict() {
        return theirs != null;
    }

    public TranslatableText getTheirs() {
        return theirs;
    }

    /** After "merge by hand": the next Save goes over their version. */
    public boolean isMerging() {
        return merging;
    }

    public String getSlugSuggestion() {
        return slugSuggestion;
    }

    /** Whether the slug field holds something other than the suggestion (so offering it helps). */
    public boolean isSuggestionOffered() {
        return slugSuggestion != null && !slugSuggestion.equals(slug);
    }

    /** Whether the slug would be accepted, and why not, in the UI language; empty when there is nothing to say. */
    public String getSlugVerdict() {
        return slugVerdict == null ? "" : slugVerdict;
    }

    public boolean isSlugValid() {
        return slugValid;
    }

    /**
     * Where the browser keeps this editor's unsaved text: per account, item and locale, so that one person's draft
     * never comes back in someone else's editor on a shared browser.
     */
    public String getDraftKey() {
        if (itemKind == null) {
            return "";
        }
        return "glossa.draft." + viewers.current().username() + "." + kind + "." + itemId + "." + target.tag();
    }

    /** The version the form's text was typed on (the ETag a save sends); empty for a translation not yet saved. */
    public String getBasedOn() {
        return etag == null ? "" : etag;
    }

    /** When this editor last saved, in milliseconds since the epoch (the browser shows it in its own time zone). */
    public String getLastSaved() {
        return lastSaved == null ? "" : String.valueOf(lastSaved.toEpochMilli());
    }

    /** Whether the form holds exactly what is stored: the browser then forgets its copy. */
    public boolean isClean() {
        TranslatableText saved = stored == null ? new TranslatableText("", "", "", "", "") : stored;
        return theirs == null
                && same(title, saved.title())
                && same(slug, saved.slug())
                && same(body, saved.body())
                && (!isSummaryField() || same(summary, saved.summary()))
                && (!isLocationField() || same(location, saved.location()));
    }

    private static boolean same(String typed, String saved) {
        return (typed == null ? "" : typed).equals(saved == null ? "" : saved);
    }

    public String getHeading() {
        String sourceTitle = sourceText == null ? "" : sourceText.title();
        return sourceTitle;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
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

    /** The source's word changes since the translation's basis, per field, as the view lists them. */
    public static final class DiffView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int fromRevision;
        private final int toRevision;
        private final List<FieldChanges> fields;

        DiffView(SourceDiff diff) {
            this.fromRevision = diff.fromRevision();
            this.toRevision = diff.toRevision();
            this.fields = diff.fields().entrySet().stream()
                    .filter(e -> !e.getValue().unchanged())
                    .map(e -> new FieldChanges(e.getKey(), e.getValue()))
                    .toList();
        }

        public int getFromRevision() {
            return fromRevision;
        }

        public int getToRevision() {
            return toRevision;
        }

        public List<FieldChanges> getFields() {
            return fields;
        }
    }

    /** One field's changes: runs of equal, inserted and deleted text. */
    public static final class FieldChanges implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final List<Run> runs;

        FieldChanges(String field, WordDiff diff) {
            this.field = field;
            this.runs = diff.changes().stream()
                    .map(c -> new Run(c.kind().name().toLowerCase(Locale.ROOT), c.text()))
                    .toList();
        }

        public String getField() {
            return field;
        }

        public List<Run> getRuns() {
            return runs;
        }
    }

    /** A run of text and how it changed ({@code equal}, {@code inserted}, {@code deleted}). */
    public static final class Run implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String kind;
        private final String text;

        Run(String kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        public String getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }
    }

    /** One saved revision as the history lists it. */
    public static final class RevisionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int number;
        private final String author;
        private final String createdAt;
        private final String savedAt;
        private final TranslatableText text;

        RevisionRow(Revision r, DateTimeFormatter savedAt) {
            this.number = r.number();
            this.author = r.author();
            this.createdAt = r.createdAt().toString();
            this.savedAt = savedAt.format(r.createdAt()) + " UTC";
            this.text = r.text();
        }

        public int getNumber() {
            return number;
        }

        public String getAuthor() {
            return author;
        }

        public String getCreatedAt() {
            return createdAt;
        }

        /** When it was saved, in the UI language's format. */
        public String getSavedAt() {
            return savedAt;
        }

        public TranslatableText getText() {
            return text;
        }
    }
}
