package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.content.control.MarkdownRenderer;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.Translation;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.editorial.boundary.ETags;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.boundary.Workflow;
import org.glossa.editorial.control.BrokenLinksException;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.Submission;
import org.glossa.editorial.control.WordDiff;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * The owner's review screen for one submission ({@code review-item.xhtml?kind=post&item=3&locale=de}): source and
 * translation side by side, each in its own language and direction; the body as the public site renders it; the
 * word diff against the live version when there is one; Approve, Reject (with a comment) and Schedule. Every move
 * is the API's ({@link Workflow}), with the ETag of the version shown, so a version saved, moved or decided by
 * someone else meanwhile is refused with a message and shown again, never approved unseen.
 */
@Named("review")
@ViewScoped
public class ReviewView implements Serializable {

    private static final Logger LOG = Logger.getLogger(ReviewView.class.getName());

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

    @Inject
    PreviewOffers previewOffers;

    private String kind;
    private Long item;
    private String locale;

    private boolean found;
    private String etag;
    private String status;
    private boolean inReview;
    private Side source;
    private Side translation;
    private String previewHtml;
    private PreviewOffer previewOffer;
    private List<DiffField> diff = List.of();
    private boolean live;
    private String publishAtShown;

    private String comment;
    private String publishAt;

    /** Reads the submission named by the view parameters (again after each move). */
    public void load() {
        found = false;
        ItemKind itemKind = itemKind();
        if (itemKind == null
                || item == null
                || locale == null
                || !LocaleCatalog.standard().contains(locale)) {
            message(FacesMessage.SEVERITY_ERROR, "backoffice.review.notFound");
            return;
        }
        Submission s;
        try {
            s = translations.submission(viewers.current(), itemKind, item, locale);
        } catch (RuntimeException e) {
            if (refusal(e).isEmpty()) {
                throw e;
            }
            message(FacesMessage.SEVERITY_ERROR, "backoffice.review.notFound");
            return;
        }
        Translation t = s.translation();
        found = true;
        etag = ETags.of(t);
        status = ui.t(StateLabels.key(t.status(), t.reviewComment(), s.outdated()));
        inReview = t.status() == TranslationStatus.IN_REVIEW;
        source = new Side(s.source().text(), s.source().locale());
        translation = new Side(t.text(), t.locale());
        previewHtml = MarkdownRenderer.toSafeHtml(t.body());
        previewOffer = previewOffers.of(t, itemKind, item, ui);
        live = s.live().isPresent();
        diff = s.live().map(before -> diff(before, t.text(), t.locale())).orElse(List.of());
        publishAtShown = t.publishAt() == null
                ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(ui.getJavaLocale())
                        .withZone(backOffice.ownerZone())
                        .format(t.publishAt());
    }

    public void approve() {
        move(
                "backoffice.review.approved",
                () -> workflow.approve(viewers.current(), itemKind(), item, locale, null, etag, Instant.now()));
    }

    public void reject() {
        String reason = comment == null ? "" : comment.strip();
        if (reason.isEmpty()) {
            message(FacesMessage.SEVERITY_ERROR, "backoffice.review.commentRequired");
            return;
        }
        if (reason.codePointCount(0, reason.length()) > Workflow.MAX_COMMENT) {
            message(FacesMessage.SEVERITY_ERROR, "backoffice.review.commentTooLong");
            return;
        }
        move(
                "backoffice.review.rejected",
                () -> workflow.reject(viewers.current(), itemKind(), item, locale, reason, etag, Instant.now()));
        if (!inReview) {
            comment = null;
        }
    }

    public void schedule() {
        Instant when;
        try {
            when = LocalDateTime.parse(publishAt == null ? "" : publishAt.strip())
                    .atZone(backOffice.ownerZone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            message(FacesMessage.SEVERITY_ERROR, "backoffice.review.publishAtInvalid");
            return;
        }
        Instant now = Instant.now();
        if (!when.isAfter(now)) {
            message(FacesMessage.SEVERITY_ERROR, "backoffice.review.publishAtPast");
            return;
        }
        move(
                "backoffice.review.scheduled",
                () -> workflow.approve(viewers.current(), itemKind(), item, locale, when, etag, now));
    }

    /** Runs a workflow move; a refusal (a concurrent change among them) becomes a message and the page is read again. */
    private void move(String done, Runnable action) {
        try {
            action.run();
            message(FacesMessage.SEVERITY_INFO, done);
        } catch (RuntimeException e) {
            Optional<RuntimeException> refusal = refusal(e);
            if (refusal.isEmpty()) {
                LOG.log(Level.SEVERE, "Review move failed", e);
                message(FacesMessage.SEVERITY_ERROR, "backoffice.review.failed");
            } else if (refusal.get() instanceof BrokenLinksException broken) {
                messageWithDetail("backoffice.review.refused", Refusals.text(ui, broken));
            } else if (refusal.get() instanceof EditorialException editorial
                    && (editorial.kind() == EditorialException.Kind.PRECONDITION_FAILED
                            || editorial.kind() == EditorialException.Kind.CONFLICT)) {
                message(FacesMessage.SEVERITY_ERROR, "backoffice.review.changed");
            } else if (refusal.get() instanceof EditorialException editorial) {
                messageWithDetail("backoffice.review.refused", Refusals.text(ui, editorial));
            } else {
                message(FacesMessage.SEVERITY_ERROR, "backoffice.review.changed");
            }
        }
        load();
    }

    /** The workflow's refusal inside what the container threw, if it was one. */
    private static Optional<RuntimeException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EditorialException || t instanceof OptimisticLockException) {
                return Optional.of(
                        t instanceof OptimisticLockException
                                ? new EditorialException(EditorialException.Kind.CONFLICT, "status", t.getMessage())
                                : (RuntimeException) t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, ui.t(key), null));
    }

    private void messageWithDetail(String key, String detail) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ui.t(key) + " " + detail, null));
    }

    private ItemKind itemKind() {
        if (kind == null) {
            return null;
        }
        try {
            return ItemKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The message key of a field's label for this item's kind ({@link FieldLabels}). */
    public String fieldKey(String field) {
        return FieldLabels.key("backoffice.review.field.", itemKind(), field);
    }

    private List<DiffField> diff(TranslatableText before, TranslatableText after, String tag) {
        LocaleDefinition l = LocaleCatalog.standard().get(tag);
        List<DiffField> fields = new ArrayList<>();
        fields.add(new DiffField(ui.t(fieldKey("title")), before.title(), after.title(), l));
        fields.add(new DiffField(ui.t(fieldKey("summary")), before.summary(), after.summary(), l));
        fields.add(new DiffField(ui.t(fieldKey("body")), before.body(), after.body(), l));
        return fields;
    }

    /** One side of the comparison: a text and the language and direction it is written in. */
    public static class Side implements Serializable {
        private final String title;
        private final String summary;
        private final String body;
        private final String lang;
        private final String dir;
        private final String languageName;

        Side(TranslatableText text, String tag) {
            LocaleDefinition l = LocaleCatalog.standard().get(tag);
            this.title = text.title();
            this.summary = text.summary() == null ? "" : text.summary();
            this.body = text.body();
            this.lang = l.tag();
            this.dir = l.direction().html();
            this.languageName = l.nativeName();
        }

        public String getTitle() {
            return title;
        }

        public String getSummary() {
            return summary;
        }

        public String getBody() {
            return body;
        }

        public String getLang() {
            return lang;
        }

        public String getDir() {
            return dir;
        }

        public String getLanguageName() {
            return languageName;
        }
    }

    /** The word diff of one field between the live version and the submitted one. */
    public static class DiffField implements Serializable {
        private final String label;
        private final boolean unchanged;
        private final List<DiffPart> parts;
        private final String lang;
        private final String dir;

        DiffField(String label, String before, String after, LocaleDefinition locale) {
            WordDiff d = WordDiff.between(before, after, locale.uLocale());
            this.label = label;
            this.unchanged = d.unchanged();
            this.parts = d.changes().stream()
                    .map(c -> new DiffPart(c.kind().name().toLowerCase(Locale.ROOT), c.text()))
                    .toList();
            this.lang = locale.tag();
            this.dir = locale.direction().html();
        }

        public String getLabel() {
            return label;
        }

        public boolean isUnchanged() {
            return unchanged;
        }

        public List<DiffPart> getParts() {
            return parts;
        }

        public String getLang() {
            return lang;
        }

        public String getDir() {
            return dir;
        }
    }

    /** A stretch of a diff: {@code equal}, {@code inserted} or {@code deleted}. */
    public static class DiffPart implements Serializable {
        private final String kind;
        private final String text;

        DiffPart(String kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        public String getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public boolean isInserted() {
            return "inserted".equals(kind);
        }

        public boolean isDeleted() {
            return "deleted".equals(kind);
        }
    }

    public boolean isFound() {
        return found;
    }

    public String getStatus() {
        return status;
    }

    public boolean isInReview() {
        return inReview;
    }

    public Side getSource() {
        return source;
    }

    public Side getTranslation() {
        return translation;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    /** The submitted version on its own site, as readers will see it. */
    public PreviewOffer getPreviewOffer() {
        return previewOffer;
    }

    public List<DiffField> getDiff() {
        return diff;
    }

    public boolean isLive() {
        return live;
    }

    public String getPublishAtShown() {
        return publishAtShown;
    }

    public String getZone() {
        return backOffice.ownerZone().getId();
    }

    public int getMaxComment() {
        return Workflow.MAX_COMMENT;
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

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }
}
