package org.glossa.content.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.glossa.content.entity.TranslationStatus.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TranslationWorkflowTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private static Translation germanDraft() {
        Post post = new Post("en", null, T0);
        return Translation.of(post, "de", new TranslatableText("Hallo Welt", "hallo-welt", "Kurz", "Text", null), T0);
    }

    private static TranslatableText text(String title) {
        return new TranslatableText(title, "hallo-welt", "Kurz", "Neuer Text", null);
    }

    @Test
    void aTranslationGoesFromDraftThroughReviewToPublished() {
        Translation t = germanDraft();
        assertThat(t.submit(T0).to()).isEqualTo(TranslationStatus.IN_REVIEW);
        Translation.WentLive live = t.approve("<p>Text</p>", T0, T0.plusSeconds(60));
        assertThat(t.status()).isEqualTo(TranslationStatus.PUBLISHED);
        assertThat(live.transition())
                .isEqualTo(new Translation.Transition(
                        TranslationStatus.IN_REVIEW, TranslationStatus.PUBLISHED, Action.APPROVE));
        assertThat(live.publication().title()).isEqualTo("Hallo Welt");
        assertThat(live.publication().revisionNumber()).isEqualTo(1);
        assertThat(live.publication().live()).isTrue();
    }

    @Test
    void aPublicationKeepsTheLinksOfItsBodyForThePermalinkCheck() {
        Translation t = germanDraft();
        t.submit(T0);
        Publication live = t.approve(
                        "<p><a href=\"/blog/erster\">eins</a> und <a href=\"/blog/erster\">noch einmal</a></p>", T0, T0)
                .publication();
        assertThat(live.links()).containsExactly("/blog/erster");
    }

    @Test
    void aRejectionNeedsACommentAndReturnsTheTextToItsTranslator() {
        Translation t = germanDraft();
        t.submit(T0);
        assertThatThrownBy(() -> t.reject("  ", T0)).hasMessageStartingWith("comment");
        assertThat(t.status()).isEqualTo(TranslationStatus.IN_REVIEW);
        t.reject("Bitte den zweiten Absatz prüfen", T0);
        assertThat(t.status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(t.reviewComment()).isEqualTo("Bitte den zweiten Absatz prüfen");
    }

    @Test
    void editingAPublishedTranslationMakesANewDraftRevisionWhileTheSnapshotStaysAsItWas() {
        Translation t = germanDraft();
        t.submit(T0);
        Publication live = t.approve("<p>Text</p>", T0, T0).publication();
        Translation.Revised revised = t.revise(text("Hallo, neue Welt"), 1, "anna", T0.plusSeconds(5));
        assertThat(t.status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(revised.revision().number()).isEqualTo(2);
        assertThat(revised.revision().author()).isEqualTo("anna");
        assertThat(live.title()).isEqualTo("Hallo Welt");
        assertThat(live.live()).isTrue();
    }

    @Test
    void approvingTheNewVersionReplacesTheLiveOne() {
        Translation t = germanDraft();
        t.submit(T0);
        Publication first = t.approve("<p>1</p>", T0, T0).publication();
        t.revise(text("Zweite Fassung"), 1, "anna", T0.plusSeconds(1));
        t.submit(T0.plusSeconds(2));
        Publication second = t.approve("<p>2</p>", first.firstPublishedAt(), T0.plusSeconds(3))
                .publication();
        first.withdraw(T0.plusSeconds(3));
        assertThat(first.live()).isFalse();
        assertThat(second.title()).isEqualTo("Zweite Fassung");
        assertThat(second.revisionNumber()).isEqualTo(2);
        assertThat(second.firstPublishedAt()).isEqualTo(T0);
    }

    @Test
    void aScheduledVersionMovesToAnotherFutureTimeOnly() {
        Translation t = germanDraft();
        t.submit(T0);
        t.schedule(T0.plusSeconds(3600), T0);
        assertThatThrownBy(() -> t.reschedule(T0.minusSeconds(1), T0)).hasMessageContaining("publishAt");
        assertThat(t.publishAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(t.reschedule(T0.plusSeconds(7200), T0.plusSeconds(10)))
                .isEqualTo(new Translation.Transition(
                        TranslationStatus.SCHEDULED, TranslationStatus.SCHEDULED, Action.RESCHEDULE));
        assertThat(t.publishAt()).isEqualTo(T0.plusSeconds(7200));
    }

    @Test
    void aCancelledScheduleReturnsTheVersionToReviewWithoutATime() {
        Translation t = germanDraft();
        t.submit(T0);
        assertThatThrownBy(() -> t.unschedule(T0)).isInstanceOf(IllegalTransitionException.class);
        t.schedule(T0.plusSeconds(3600), T0);
        assertThat(t.unschedule(T0.plusSeconds(5)))
                .isEqualTo(new Translation.Transition(
                        TranslationStatus.SCHEDULED, TranslationStatus.IN_REVIEW, Action.UNSCHEDULE));
        assertThat(t.publishAt()).isNull();
        assertThat(t.status()).isEqualTo(TranslationStatus.IN_REVIEW);
        assertThatThrownBy(() -> t.reschedule(T0.plusSeconds(7200), T0)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aScheduledVersionThatCannotGoLiveReturnsToReviewWithTheReason() {
        Translation t = germanDraft();
        t.submit(T0);
        t.schedule(T0.plusSeconds(3600), T0);
        Translation.Transition failed =
                t.publicationFailed("slug: 'hallo-welt' is already used in de", T0.plusSeconds(3600));
        assertThat(failed)
                .isEqualTo(new Translation.Transition(
                        TranslationStatus.SCHEDULED, TranslationStatus.IN_REVIEW, Action.PUBLISH_FAILED));
        assertThat(t.publishAt()).isNull();
        assertThat(t.reviewComment())
                .isEqualTo(
                        "Scheduled publication at 2026-11-24T11:00:00Z failed: slug: 'hallo-welt' is already used in de");
        assertThatThrownBy(() -> t.publicationFailed("again", T0)).isInstanceOf(IllegalTransitionException.class);
        Translation other = germanDraft();
        other.submit(T0);
        other.schedule(T0.plusSeconds(60), T0);
        other.publicationFailed("x".repeat(5000), T0.plusSeconds(60));
        assertThat(other.reviewComment()).hasSize(2000).endsWith("…");
    }

    @Test
    void schedulingNeedsAFutureTimeAndPublishesOnlyWhenDue() {
        Translation t = germanDraft();
        t.submit(T0);
        assertThatThrownBy(() -> t.schedule(T0, T0)).hasMessageStartingWith("publishAt");
        t.schedule(T0.plusSeconds(3600), T0);
        assertThat(t.status()).isEqualTo(TranslationStatus.SCHEDULED);
        assertThatThrownBy(() -> t.publishDue("<p/>", T0, T0.plusSeconds(10)))
                .isInstanceOf(IllegalStateException.class);
        t.publishDue("<p/>", T0.plusSeconds(3600), T0.plusSeconds(3600));
        assertThat(t.status()).isEqualTo(TranslationStatus.PUBLISHED);
        assertThat(t.publishAt()).isNull();
    }

    @Test
    void aTranslationIsOutdatedOnceANewerSourceRevisionIsLive() {
        Translation t = germanDraft();
        assertThat(t.outdatedBy(1)).as("no recorded basis").isTrue();
        t.revise(text("Hallo Welt"), 2, "anna", T0);
        assertThat(t.outdatedBy(2)).isFalse();
        assertThat(t.outdatedBy(3)).isTrue();
    }

    @Test
    void unpublishingRequiresALiveVersion() {
        Translation t = germanDraft();
        assertThatThrownBy(() -> t.unpublish(false, T0)).isInstanceOf(IllegalTransitionException.class);
        t.submit(T0);
        t.approve("<p/>", T0, T0);
        assertThat(t.unpublish(true, T0).to()).isEqualTo(TranslationStatus.DRAFT);
    }

    @Test
    void anIllegalMoveNamesTheCurrentState() {
        Translation t = germanDraft();
        assertThatThrownBy(() -> t.approve("<p/>", T0, T0))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Cannot approve a translation that is draft")
                .satisfies(e ->
                        assertThat(((IllegalTransitionException) e).current()).isEqualTo(TranslationStatus.DRAFT));
        t.submit(T0);
        assertThatThrownBy(() -> t.revise(text("x"), 1, "anna", T0))
                .hasMessage("Cannot save a translation that is in review");
    }

    @ParameterizedTest
    @EnumSource(TranslationStatus.class)
    void onlyTheListedMovesAreAllowed(TranslationStatus from) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action a : Action.values()) {
            from.after(a).ifPresent(to -> allowed.add(a));
        }
        Set<Action> expected = switch (from) {
            case DRAFT ->
                EnumSet.of(Action.SAVE, Action.SUBMIT, Action.PUBLISH_DIRECT, Action.UNPUBLISH, Action.ARCHIVE);
            case IN_REVIEW ->
                EnumSet.of(Action.APPROVE, Action.SCHEDULE, Action.REJECT, Action.UNPUBLISH, Action.ARCHIVE);
            case SCHEDULED ->
                EnumSet.of(
                        Action.PUBLISH_DUE,
                        Action.PUBLISH_FAILED,
                        Action.RESCHEDULE,
                        Action.UNSCHEDULE,
                        Action.REJECT,
                        Action.UNPUBLISH,
                        Action.ARCHIVE);
            case PUBLISHED -> EnumSet.of(Action.SAVE, Action.UNPUBLISH, Action.ARCHIVE);
            case ARCHIVED -> EnumSet.of(Action.SAVE);
        };
        assertThat(allowed).isEqualTo(expected);
    }

    @Test
    void aDraftCannotSkipReviewUnlessPublishedDirectly() {
        assertThat(TranslationStatus.DRAFT.after(Action.APPROVE)).isEmpty();
        assertThat(TranslationStatus.DRAFT.after(Action.PUBLISH_DUE)).isEmpty();
        assertThat(TranslationStatus.DRAFT.require(Action.PUBLISH_DIRECT)).isEqualTo(TranslationStatus.PUBLISHED);
    }
}
